/**
 * The load-time compiler (src/markdown/compileMdx.ts) imitates @astrojs/mdx:
 * this test holds it to that. The real entries and generated ones
 * (scripts/bench/synthetic.ts, the benchmark's entries) are built twice: once
 * as the site builds them, once with LOAD_TIME_MDX=off, which hands every
 * entry to @astrojs/mdx. Every built page must be byte for byte the same.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../../scripts/bench/synthetic.ts';
import { HTML_DIR } from '../../src/content-loader/compiledHtml.ts';
import { buildCommand, buildEnv } from '../helpers/buildEnv.ts';

/** Generated entry pairs added to the real ones. */
const SYNTHETIC_PAIRS = 12;

const dir = mkdtempSync(join(tmpdir(), 'mdx-pipelines-'));
const content = writeSyntheticContent(SYNTHETIC_PAIRS, { dir: join(dir, 'content') });
const entryCount = (readdirSync(content, { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx')).length;

function build(name: string, extra: Record<string, string>) {
  const out = join(dir, name);
  const cache = join(dir, `${name}-cache`);
  const result = spawnSync(...buildCommand, {
    env: buildEnv({ CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: cache, SITE_URL: 'https://example.org', ...extra }),
    encoding: 'utf8',
    timeout: 240_000,
  });
  expect(result.status, stripVTControlCharacters(`${result.stdout}\n${result.stderr}`)).toBe(0);
  return { out, cache };
}

const pagesOf = (out: string) =>
  (readdirSync(out, { recursive: true }) as string[])
    .map((f) => f.replaceAll('\\', '/'))
    .filter((f) => /^(fr|zh-cn)\/.*\.html$/.test(f))
    .sort();
const htmlFilesIn = (cache: string) => (existsSync(join(cache, HTML_DIR)) ? readdirSync(join(cache, HTML_DIR)).length : 0);

let loadTime: ReturnType<typeof build>;
let astroMdx: ReturnType<typeof build>;
beforeAll(() => {
  loadTime = build('load-time', {});
  astroMdx = build('astro-mdx', { LOAD_TIME_MDX: 'off' });
}, 480_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the load-time compiler and @astrojs/mdx', () => {
  it('each compiled the entries: the first build every entry at load time, the second none', () => {
    expect(entryCount).toBeGreaterThan(2 * SYNTHETIC_PAIRS);
    expect(htmlFilesIn(loadTime.cache)).toBe(entryCount);
    expect(htmlFilesIn(astroMdx.cache)).toBe(0);
  });

  it('give the same pages, byte for byte, for the real and the generated entries', () => {
    const pages = pagesOf(loadTime.out);
    expect(pagesOf(astroMdx.out)).toEqual(pages);
    expect(pages.filter((p) => p.includes('/synthetic-')).length).toBeGreaterThanOrEqual(4 * SYNTHETIC_PAIRS);
    const differ = pages.filter((p) => !readFileSync(join(loadTime.out, p)).equals(readFileSync(join(astroMdx.out, p))));
    expect(differ).toEqual([]);
  });
});
