import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtFiles } from '../../../../src/integrations/builtFiles.ts';
import { checkBuiltSite } from '../../../../src/integrations/checkBuiltSite.ts';
import { createInterner, pageFacts } from '../../../../src/integrations/linkCheck/index.ts';
import { FACTS_FORMAT, pageDigest, readFactsCache, writeFactsCache } from '../../../../src/integrations/reuse/linkFacts.ts';

const origin = 'https://site.example';
const head = (path: string) => `<head><link rel="canonical" href="${origin}${path}"></head>`;
const pages: Record<string, string> = {
  'fr/index.html': `<html>${head('/fr/')}<body><a href="/fr/cases/a/#s2">a</a><a href="/zh-cn/" hreflang="zh-CN">中文</a></body></html>`,
  'fr/cases/a/index.html': `<html>${head('/fr/cases/a/')}<body><h2 id="s2">x</h2><a href="../../">up</a><img src="/img/a.png" alt=""></body></html>`,
  'zh-cn/index.html': `<html>${head('/zh-cn/')}<body><a href="/fr/" hreflang="fr">Français</a></body></html>`,
};

let root: string;
let dist: string;
let cacheDir: string;
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), text);
};
const check = async () => checkBuiltSite(dist, await builtFiles(dist), { base: '/', origin, contentDir: join(root, 'content'), cacheDir });

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'link-facts-'));
  dist = join(root, 'dist');
  cacheDir = join(root, 'cache');
  for (const [file, html] of Object.entries(pages)) write(file, html);
  write('img/a.png', 'png');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the page facts cache of checkBuiltSite', () => {
  it('parses every page once, then none while their bytes are unchanged', async () => {
    expect(await check()).toMatch(/^3 pages \(3 parsed, 0 as in the last build\), every internal link/);
    expect(await check()).toMatch(/^3 pages \(0 parsed, 3 as in the last build\), every internal link/);
    expect(await check()).toMatch(/^3 pages \(0 parsed, 3 as in the last build\)/);
  });

  it('parses a changed page again, and the check still runs over every page', async () => {
    await check();
    write('fr/cases/a/index.html', pages['fr/cases/a/index.html']!.replace('id="s2"', 'id="s3"'));
    await expect(check()).rejects.toThrow(
      /Link check failed \(1\):\n {2}- .*fr\/index\.html: link "\/fr\/cases\/a\/#s2" points to a missing anchor #s2/,
    );
    // fr/index.html came from the cache, its link was checked against the new page all the same;
    // the cache keeps the last build's pages only, so the page as it was before is parsed again.
    write('fr/cases/a/index.html', pages['fr/cases/a/index.html']!);
    expect(await check()).toMatch(/^3 pages \(1 parsed, 2 as in the last build\)/);
  });

  it('still reports a broken link of an unchanged page read from the cache', async () => {
    write('fr/broken/index.html', `<html>${head('/fr/broken/')}<body><a href="/fr/nowhere/">x</a></body></html>`);
    const failure = /Link check failed \(1\):\n.*fr\/broken\/index\.html: link "\/fr\/nowhere\/" points to no page/;
    await expect(check()).rejects.toThrow(failure);
    expect(readFileSync(join(cacheDir, 'link-facts.json'), 'utf8')).toContain('/fr/nowhere/');
    await expect(check()).rejects.toThrow(failure);
  });

  it('reads a page larger than its first buffer whole, and the smaller pages after it', async () => {
    const big = `<html>${head('/fr/big/')}<body><p>${'定点扶贫 '.repeat(300_000)}</p><a href="/fr/cases/a/#s2">a</a><a href="/fr/gone/">x</a></body></html>`;
    write('fr/big/index.html', big);
    const failure = /Link check failed \(1\):\n.*fr\/big\/index\.html: link "\/fr\/gone\/" points to no page$/;
    await expect(check()).rejects.toThrow(failure);
    write('fr/big/index.html', big.replace('/fr/gone/', '/fr/'));
    expect(await check()).toMatch(/^4 pages \(1 parsed, 3 as in the last build\)/);
  });

  it('names the version of the parser in its format, so that another version reads every page again', () => {
    expect(FACTS_FORMAT).toMatch(/^dingdian-fupin link facts \d+, htmlparser2 \d+\.\d+\.\d+$/);
  });

  it('ignores a corrupt, truncated, foreign or older-format cache file and parses every page', async () => {
    await check();
    const file = join(cacheDir, 'link-facts.json');
    const good = readFileSync(file, 'utf8');
    for (const bad of [
      good.slice(0, good.length / 2),
      'not json',
      'null',
      '[]',
      good.replace(FACTS_FORMAT, 'dingdian-fupin link facts 0'),
      good.replace(/"strings":\[/, '"strings":[1,'),
    ]) {
      writeFileSync(file, bad);
      expect(await check()).toMatch(/^3 pages \(3 parsed, 0 as in the last build\)/);
    }
    // A page row naming strings or links that are not there is parsed again; the others come from the cache.
    const data = JSON.parse(good) as { pages: Record<string, number[][]> };
    const digest = pageDigest(readFileSync(join(dist, 'fr/index.html')));
    data.pages[digest] = [[], [999], []];
    writeFileSync(file, JSON.stringify(data));
    expect(await check()).toMatch(/^3 pages \(1 parsed, 2 as in the last build\)/);
  });

  it('builds without a cache folder, and never fails for want of one it cannot write', async () => {
    expect(await checkBuiltSite(dist, await builtFiles(dist), { base: '/', origin, contentDir: root })).toMatch(
      /^3 pages, every internal link/,
    );
    writeFileSync(join(root, 'a-file'), '');
    cacheDir = join(root, 'a-file', 'cache');
    expect(await check()).toMatch(/^3 pages \(3 parsed, 0 as in the last build\)/);
  });
});

describe('readFactsCache and writeFactsCache', () => {
  it('give back the facts as parsed, interned: links and ids shared with freshly parsed pages', () => {
    const file = join(root, 'facts.json');
    const html = [
      '<link rel="alternate" hreflang="zh-CN" href="/zh-cn/"><p id="a&amp;b"><a href="/fr/">x</a>',
      '<img src="/i.png" srcset="/i@2x.png 2x" alt=""><a href="/fr/">x</a>',
    ];
    const written = html.map((h) => pageFacts(h, createInterner()));
    writeFactsCache(
      file,
      html.map((h, i) => [pageDigest(Buffer.from(h)), written[i]!] as const),
    );
    const intern = createInterner();
    const cached = readFactsCache(file, intern);
    const read = html.map((h) => cached(pageDigest(Buffer.from(h))));
    expect(read).toEqual(written);
    expect(read[1]!.links[0]).toBe(read[0]!.links[1]);
    expect(pageFacts(html[0]!, intern).links[0]).toBe(read[0]!.links[0]);
    expect(cached(pageDigest(Buffer.from('<p>other</p>')))).toBeUndefined();
  });
});
