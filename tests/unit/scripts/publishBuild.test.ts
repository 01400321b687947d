/**
 * The atomic swap under load: while builds are swapped in over and over,
 * a server on the `dist` symlink answers every request 200 with a complete
 * build, and older builds are cleaned up. (A real rebuild is tested in
 * tests/build/atomicBuilds.test.ts.)
 */
import { mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildsDir, newBuildDir, publishBuild } from '../../../scripts/build/publishBuild.ts';
import { startServer } from '../../../scripts/serve/staticServer.ts';

const dir = mkdtempSync(join(tmpdir(), 'publish-'));
const target = join(dir, 'dist');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fakeBuild(n: number): string {
  const build = newBuildDir(target, `b${n}`);
  for (const page of ['fr', 'zh-cn', 'fr/cases/x']) {
    mkdirSync(join(build, page), { recursive: true });
    writeFileSync(join(build, page, 'index.html'), `<!doctype html><p>build ${n} ${page}</p>`.padEnd(20_000, ' '));
  }
  return build;
}

describe('publishBuild', () => {
  it('replaces a plain folder, then swaps symlinks; readers never see a gap; old builds are removed', async () => {
    mkdirSync(join(target, 'fr'), { recursive: true });
    writeFileSync(join(target, 'fr/index.html'), 'legacy');
    publishBuild(fakeBuild(0), target);
    expect(readlinkSync(target)).toBe('.dist-builds/b0');

    const { server, url } = await startServer({ root: target, port: 0 });
    const statuses: number[] = [];
    let done = false;
    const reader = (async () => {
      while (!done) {
        for (const path of ['fr/', 'zh-cn/', 'fr/cases/x/']) {
          const response = await fetch(new URL(path, url));
          const body = await response.text();
          statuses.push(body.includes(path.replace(/\/$/, '')) && body.length === 20_000 ? response.status : -1);
        }
      }
    })();
    // Swaps as fast as readers go, but never two within one request: a build is removed two
    // swaps after it was replaced (real builds are seconds apart).
    for (let n = 1; n <= 20; n++) {
      publishBuild(fakeBuild(n), target);
      const mark = statuses.length;
      while (statuses.length < mark + 2) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    done = true;
    await reader;
    server.close();
    expect(statuses.length).toBeGreaterThan(20);
    expect(new Set(statuses)).toEqual(new Set([200]));
    expect(readlinkSync(target)).toBe('.dist-builds/b20');
    expect(readdirSync(buildsDir(target)).sort()).toEqual(['b19', 'b20']);
  });
});

describe('after a swap', () => {
  it('hashed files of the previous build are still served, for pages opened before it; pages are not', async () => {
    const old = fakeBuild(100);
    mkdirSync(join(old, '_astro'), { recursive: true });
    writeFileSync(join(old, '_astro/search.Old1.js'), 'old chunk');
    mkdirSync(join(old, 'fr/gone'), { recursive: true });
    writeFileSync(join(old, 'fr/gone/index.html'), 'gone');
    publishBuild(old, target);
    const { server, url } = await startServer({ root: target, port: 0 });
    expect((await fetch(new URL('_astro/search.Old1.js', url))).status).toBe(200);
    publishBuild(fakeBuild(101), target);
    const chunk = await fetch(new URL('_astro/search.Old1.js', url));
    expect(chunk.status).toBe(200);
    expect(await chunk.text()).toBe('old chunk');
    expect((await fetch(new URL('fr/gone/', url))).status).toBe(404);
    expect(await (await fetch(new URL('fr/', url))).text()).toContain('build 101');
    server.close();
  });
});
