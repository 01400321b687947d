/**
 * Builds are atomic and reproducible. The site is built, served, and built
 * again into the same output while readers keep requesting pages: every
 * request is answered 200 and the server stays up. The two builds of one
 * commit are then compared file by file: byte-identical. A third build with
 * one entry edited changes the revisions of only a few files, so offline
 * readers download those, not the site.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCommand, buildEnv } from '../helpers/buildEnv.ts';
import { startServer } from '../../scripts/serve/staticServer.ts';
import { findEntry } from '../helpers/siteEntries.ts';

const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
const out = join(dir, 'dist');
const cache = join(dir, 'cache');
let server: Server | undefined;

afterAll(() => {
  server?.closeAllConnections();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

function build(env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(...buildCommand, { env: buildEnv({ OUT_DIR: out, ASTRO_CACHE_DIR: cache, ...env }) });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`build failed:\n${output}`))));
  });
}

function filesOf(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => relative(root, join(f.parentPath, f.name)))
    .sort();
}

const aCase = findEntry('case');
const PATHS = [
  'fr/',
  `zh-cn/${aCase.slug}/`,
  `fr/${findEntry('model').slug}/`,
  'zh-cn/404/',
  'precache.json',
  'sw.js',
  'pagefind-fr/pagefind-entry.json',
];

describe('deployment settings', () => {
  it('a production build without SITE_URL is refused before anything is built; a test build only warns', () => {
    const refused = spawnSync(...buildCommand, {
      env: buildEnv({ OUT_DIR: join(dir, 'refused'), PRODUCTION: '1', SITE_URL: '' }),
      encoding: 'utf8',
    });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('PRODUCTION build without SITE_URL');
    expect(existsSync(join(dir, 'refused'))).toBe(false);
  });
});

describe('atomic, reproducible builds', () => {
  let first = '';
  let second = '';

  it('a rebuild into the served folder is invisible to readers', async () => {
    await build();
    first = realpathSync(out);
    expect(readFileSync(join(out, 'fr/index.html'), 'utf8'), 'the test build warned, and built').toContain('<html');
    const started = await startServer({ root: out, port: 0 });
    server = started.server;
    const statuses = new Map<number, number>();
    let done = false;
    let requests = 0;
    const readers = Array.from({ length: 3 }, async () => {
      while (!done) {
        for (const path of PATHS) {
          const response = await fetch(new URL(path, started.url), { headers: { 'accept-encoding': 'br, gzip' } });
          await response.arrayBuffer();
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          requests++;
        }
      }
    });
    await build();
    done = true;
    await Promise.all(readers);
    second = realpathSync(out);
    expect(second, 'the new build was swapped in').not.toBe(first);
    expect(requests).toBeGreaterThan(50);
    expect([...statuses.keys()], 'every request answered 200 during the rebuild').toEqual([200]);
    const after = await fetch(new URL('fr/', started.url));
    expect(after.status).toBe(200);
  }, 400_000);

  it('two builds of one commit are byte-identical', () => {
    const a = filesOf(first);
    expect(filesOf(second)).toEqual(a);
    const differ = a.filter((f) => !readFileSync(join(first, f)).equals(readFileSync(join(second, f))));
    expect(differ).toEqual([]);
  });

  it('editing one entry changes the revisions of a few files, not the site', async () => {
    const content = join(dir, 'content');
    cpSync('content', content, { recursive: true });
    const entry = join(content, `fr/${aCase.slug}.mdx`);
    // Before the last paragraph's basis tag, which ends its line.
    writeFileSync(
      entry,
      readFileSync(entry, 'utf8')
        .trimEnd()
        .replace(/( <(?:Source|Reading|Outside)\b[^>]*\/>)?$/, ' Une phrase ajoutée pour ce test.$1\n'),
    );
    await build({ CONTENT_DIR: content });
    const revisions = (root: string) =>
      (JSON.parse(readFileSync(join(root, 'precache.json'), 'utf8')) as { files: Record<string, string> }).files;
    const before = revisions(second);
    const after = revisions(realpathSync(out));
    const changed = Object.keys(after).filter((url) => before[url] !== after[url]);
    expect(changed).toEqual(expect.arrayContaining([`/fr/${aCase.slug}/`]));
    expect(changed.filter((u) => !u.includes('pagefind')).length, changed.join('\n')).toBeLessThanOrEqual(6);
    expect(changed.length, changed.join('\n')).toBeLessThan(Object.keys(after).length / 4);
  }, 400_000);
});
