/**
 * The build publishes only the site: links and hidden files in public/ stop
 * it, each named with its fix, while public/.well-known/ is published and
 * kept out of the offline copy. The rules themselves are unit-tested in
 * tests/unit/integrations/publishedFiles.test.ts.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../helpers/fixtureBuild.ts';

const CANARY = 'CANARY-NOT-PART-OF-THE-SITE';

describe('what public/ may hold', () => {
  it('a link to ../package.json and a .env stop the build, each named with its fix', () => {
    const { status, output } = buildFixture(() => undefined, {
      publicFiles: (publicDir) => {
        writeFileSync(join(publicDir, '../package.json'), `{"name": "${CANARY}"}`);
        symlinkSync('../package.json', join(publicDir, 'leak.json'));
        writeFileSync(join(publicDir, '.env'), `TOKEN=${CANARY}`);
        mkdirSync(join(publicDir, 'icons/.cache'));
        writeFileSync(join(publicDir, 'icons/.cache/x'), CANARY);
      },
    });
    expect(status).not.toBe(0);
    expect(output).toContain('Files in public/ refused');
    expect(output).toMatch(
      /public\/leak\.json: a symbolic link \(to \.\.\/package\.json\): the build would publish what it points to; put a copy of the file itself there, or remove the link/,
    );
    expect(output).toMatch(
      /public\/\.env: its name starts with a dot, and hidden files are not published .*; remove it, or move it out of \S*public\//,
    );
    expect(output).toMatch(/public\/icons\/\.cache: its name starts with a dot/);
  });

  it('public/.well-known/security.txt is published, and left out of the offline copy', () => {
    let checked = false;
    const { status, output } = buildFixture(() => undefined, {
      publicFiles: (publicDir) => {
        mkdirSync(join(publicDir, '.well-known'));
        writeFileSync(join(publicDir, '.well-known/security.txt'), 'Contact: mailto:security@example.org\n');
      },
      inspect: (outDir) => {
        expect(readFileSync(join(outDir, '.well-known/security.txt'), 'utf8')).toContain('Contact:');
        const precache = JSON.parse(readFileSync(join(outDir, 'precache.json'), 'utf8')) as { files: Record<string, string> };
        const urls = Object.keys(precache.files);
        expect(urls.length).toBeGreaterThan(10);
        expect(urls.filter((u) => u.split('/').some((s) => s.startsWith('.')))).toEqual([]);
        expect(existsSync(join(outDir, 'favicon.svg'))).toBe(true);
        expect(readdirSync(outDir)).toContain('.well-known');
        checked = true;
      },
    });
    expect(output).not.toContain('refused');
    expect(status).toBe(0);
    expect(checked).toBe(true);
  });
});
