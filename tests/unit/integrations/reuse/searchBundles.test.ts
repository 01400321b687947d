import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bundleRecipe,
  pagesDigest,
  readBundleRecords,
  recordOf,
  reuseBundle,
  writeBundleRecords,
} from '../../../../src/integrations/reuse/searchBundles.ts';

function lastBuild() {
  const root = mkdtempSync(join(tmpdir(), 'bundle-reuse-'));
  const previous = join(root, 'previous', 'pagefind-zh-cn');
  mkdirSync(join(previous, 'fragment'), { recursive: true });
  writeFileSync(join(previous, 'pagefind-entry.json'), '{"version":"1.6.0"}');
  writeFileSync(join(previous, 'fragment', 'zh_1.pf_fragment'), 'fragment');
  mkdirSync(join(root, 'dist', 'zh-cn', 'cases', 'a'), { recursive: true });
  writeFileSync(join(root, 'dist', 'zh-cn', 'cases', 'a', 'index.html'), '<p>府谷</p>');
  return { root, previous, dist: join(root, 'dist'), next: join(root, 'dist', 'pagefind-zh-cn') };
}

describe('reusing a search bundle', () => {
  it('copies the last build’s bundle made the same way from the same pages', async () => {
    const { previous, dist, next } = lastBuild();
    const pages = await pagesDigest(dist, ['zh-cn/cases/a/index.html']);
    const record = await recordOf(previous, pages, 1);
    expect(await reuseBundle(previous, next, record, pages)).toBe(true);
    expect(readFileSync(join(next, 'fragment', 'zh_1.pf_fragment'), 'utf8')).toBe('fragment');
  });

  it('indexes again when a page, the code or the bundle on disk is not what was recorded', async () => {
    const { previous, dist, next } = lastBuild();
    const pages = await pagesDigest(dist, ['zh-cn/cases/a/index.html']);
    const record = await recordOf(previous, pages, 1);
    writeFileSync(join(dist, 'zh-cn', 'cases', 'a', 'index.html'), '<p>府谷县</p>');
    expect(await pagesDigest(dist, ['zh-cn/cases/a/index.html'])).not.toBe(pages);
    expect(await reuseBundle(previous, next, record, await pagesDigest(dist, ['zh-cn/cases/a/index.html']))).toBe(false);
    expect(await reuseBundle(previous, next, { ...record, recipe: 'other code' }, pages)).toBe(false);
    expect(await reuseBundle(previous, next, undefined, pages)).toBe(false);
    expect(await reuseBundle(undefined, next, record, pages)).toBe(false);
    writeFileSync(join(previous, 'pagefind-entry.json'), '{"version":"1.7.0"}');
    expect(await reuseBundle(previous, next, record, pages)).toBe(false);
    expect(existsSync(next)).toBe(false);
    expect(record.recipe).toBe(bundleRecipe());
  });

  it('keeps its records in the cache folder, and ignores a missing or broken one', async () => {
    const { root } = lastBuild();
    const cache = join(root, 'cache');
    mkdirSync(cache);
    expect(await readBundleRecords(cache)).toEqual({});
    const records = { 'pagefind-fr': { recipe: 'r', pages: 'p', pageCount: 3, entry: 'e' } };
    await writeBundleRecords(cache, records);
    expect(await readBundleRecords(cache)).toEqual(records);
    writeFileSync(join(cache, 'search-bundles.json'), '{broken');
    expect(await readBundleRecords(cache)).toEqual({});
    expect(await readBundleRecords(undefined)).toEqual({});
  });
});
