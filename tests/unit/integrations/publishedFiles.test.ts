/**
 * What the build may publish: the rules on public/ and on the output folder,
 * on folders made for each case. The fixture builds of
 * tests/build/publishedFiles.test.ts show them stopping a real build.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isHiddenPath } from '../../../src/integrations/hiddenPaths.ts';
import { checkPublicFiles, outputRecorder } from '../../../src/integrations/publishedFiles.ts';

const made: string[] = [];
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'published-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('isHiddenPath', () => {
  it.each([
    ['.env', true],
    ['.git/config', true],
    ['fr/.hidden', true],
    ['.well-known/.secret', true],
    ['fr/.well-known/x', true],
    ['.well-known/security.txt', false],
    ['fr/index.html', false],
    ['a..b/c', false],
  ])('%s → %s', (path, hidden) => expect(isHiddenPath(path)).toBe(hidden));
});

describe('checkPublicFiles', () => {
  it('accepts plain files and .well-known/', () => {
    const dir = folder({ 'favicon.svg': '<svg/>', 'icons/a.png': 'png', '.well-known/security.txt': 'Contact: x' });
    expect(checkPublicFiles(dir)).toEqual([]);
  });

  it('names each link, hidden file and hidden folder (once), and what is not a plain file', () => {
    const dir = folder({ 'favicon.svg': '<svg/>', '.env': 'T=1', '.DS_Store': '', 'icons/.cache/x': '', '.well-known/.y': '' });
    symlinkSync('../package.json', join(dir, 'leak.json'));
    symlinkSync('/etc', join(dir, 'icons/etc'));
    spawnSync('mkfifo', [join(dir, 'pipe')]);
    const problems = checkPublicFiles(dir);
    expect(problems.map((p) => p.slice(0, p.indexOf(':')))).toEqual([
      'public/.DS_Store',
      'public/.env',
      'public/.well-known/.y',
      'public/icons/.cache',
      'public/icons/etc',
      'public/leak.json',
      'public/pipe',
    ]);
    expect(problems).toContain(
      'public/leak.json: a symbolic link (to ../package.json): the build would publish what it points to; put a copy of the file itself there, or remove the link',
    );
    expect(problems.find((p) => p.startsWith('public/.env'))).toMatch(
      /hidden files are not published .*; remove it, or move it out of public\//,
    );
    expect(problems.find((p) => p.startsWith('public/pipe'))).toMatch(/not a plain file/);
  });

  it('a missing public/ is no problem', () => {
    expect(checkPublicFiles(join(tmpdir(), 'no-such-public-folder'))).toEqual([]);
  });
});

describe('the output check', () => {
  /** A build as Astro leaves it: two pages, a bundled script, a copy of public/, the sitemap. */
  function astroBuild() {
    const publicDir = folder({ 'favicon.svg': '<svg/>', '.well-known/security.txt': 'Contact: x' });
    const outDir = folder({
      'index.html': '<p>root',
      'fr/index.html': '<p>fr',
      '_astro/app.Ab12.js': 'js',
      'favicon.svg': '<svg/>',
      '.well-known/security.txt': 'Contact: x',
      'sitemap-index.xml': '<x/>',
      'sitemap-0.xml': '<x/>',
    });
    const recorder = outputRecorder();
    // What the bundler reports through the plugin's writeBundle hook.
    const writeBundle = recorder.plugin.writeBundle as unknown as (options: unknown, bundle: Record<string, unknown>) => void;
    writeBundle({}, { '_astro/app.Ab12.js': {} });
    const pages = [join(outDir, 'index.html'), join(outDir, 'fr/index.html')];
    return { publicDir, outDir, recorder, pages };
  }

  it('accepts what Astro, the bundler, the sitemap and public/ produced, then what our steps write', () => {
    const { publicDir, outDir, recorder, pages } = astroBuild();
    expect(recorder.checkAstroOutput(outDir, pages, publicDir)).toEqual([]);
    for (const name of [
      'index.html.br',
      'fr/index.html.gz',
      'pagefind-fr/pagefind.js',
      'search-extras/trad.json',
      'sw.js',
      'precache.json',
      '_headers',
    ]) {
      mkdirSync(dirname(join(outDir, name)), { recursive: true });
      writeFileSync(join(outDir, name), 'x');
    }
    expect(recorder.checkFinalOutput(outDir, ['pagefind-fr'])).toEqual([]);
  });

  it('refuses a file nobody reported, a link, and a public/ file whose bytes changed', () => {
    const { publicDir, outDir, recorder, pages } = astroBuild();
    writeFileSync(join(outDir, 'package.json'), '{}');
    writeFileSync(join(outDir, 'favicon.svg'), '<svg>changed</svg>');
    symlinkSync('/etc/hostname', join(outDir, 'fr/host'));
    writeFileSync(join(outDir, '_astro/other.Cd34.js'), 'js');
    const problems = recorder.checkAstroOutput(outDir, pages, publicDir);
    expect(problems.map((p) => p.slice(0, p.indexOf(':')))).toEqual(['_astro/other.Cd34.js', 'favicon.svg', 'fr/host', 'package.json']);
    expect(problems.find((p) => p.startsWith('fr/host'))).toMatch(/a symbolic link \(to \/etc\/hostname\)/);
    expect(problems.find((p) => p.startsWith('favicon.svg'))).toMatch(/differs from public\/favicon\.svg/);
    expect(problems.at(-1)).toMatch(
      /not produced by this build .*; find what puts it in the output, or declare it in src\/integrations\/publishedFiles\.ts/,
    );
  });

  it('refuses a hidden file even when public/ has it (public/ is refused earlier; this is the second line)', () => {
    const { publicDir, outDir, recorder, pages } = astroBuild();
    writeFileSync(join(publicDir, '.env'), 'T=1');
    writeFileSync(join(outDir, '.env'), 'T=1');
    expect(recorder.checkAstroOutput(outDir, pages, publicDir).map((p) => p.slice(0, p.indexOf(':')))).toEqual(['.env']);
  });

  it('refuses what our steps add beyond their declared outputs', () => {
    const { publicDir, outDir, recorder, pages } = astroBuild();
    expect(recorder.checkAstroOutput(outDir, pages, publicDir)).toEqual([]);
    writeFileSync(join(outDir, 'debug.log'), 'x');
    writeFileSync(join(outDir, 'missing.js.br'), 'x');
    symlinkSync('/etc/hostname', join(outDir, 'sw.js'));
    expect(recorder.checkFinalOutput(outDir, []).map((p) => p.slice(0, p.indexOf(':')))).toEqual(['debug.log', 'missing.js.br', 'sw.js']);
  });
});
