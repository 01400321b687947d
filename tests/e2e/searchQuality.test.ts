/**
 * Search quality as a gate: the queries of tests/search/queries.json typed
 * into the built site's search box (the real UI), from French and Chinese
 * pages. Same measure as `npm run search:quality` and `npm run bench`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { evaluateSearchQuality, formatQualityReport, QUALITY_GATES, type QualityReport } from '../../scripts/search-quality/evaluate.ts';
import { openSearch, search, siteUrl, url, watchedPage } from './site.ts';

let browser: Browser;
let report: QualityReport;

beforeAll(async () => {
  browser = await launchChromium();
  report = await evaluateSearchQuality(browser, siteUrl());
  console.log(formatQualityReport(report));
}, 240_000);
afterAll(() => browser.close());

it('puts a right page in the first five results for at least 97 % of the queries', () => {
  expect(report.queries.length).toBeGreaterThanOrEqual(60);
  expect(report.hitAt5).toBeGreaterThanOrEqual(QUALITY_GATES.hitAt5);
});

it('ranks a right page first almost always (MRR ≥ 0.9)', () => {
  expect(report.mrr).toBeGreaterThanOrEqual(QUALITY_GATES.mrr);
});

it('finds something for every query', () => {
  expect(report.zeroResults.map((q) => `${q.from}: ${q.query}`)).toEqual([]);
});

it('types queries from both languages’ pages', () => {
  expect(new Set(report.queries.map((q) => q.from))).toEqual(new Set(['fr', 'zh-cn']));
});

/** Opens search on `path` at a size, types `query`, and returns the page (its context closed by the caller). */
async function searchOn(path: string, query: string, viewport = { width: 1280, height: 800 }) {
  const w = await watchedPage(browser, { viewport });
  /** The extras fetched because of the query; and those every opening of search fetches (the labels, the Chinese word breaks). */
  const extras: string[] = [];
  const onOpen: string[] = [];
  w.page.on('request', (r) => {
    if (!r.url().includes('/search-extras/')) return;
    const file = new URL(r.url()).pathname.split('/').pop()!;
    (/^(labels-[\w-]+|han-words)\.json$/.test(file) ? onOpen : extras).push(file);
  });
  await w.page.goto(url(path));
  await openSearch(w.page);
  await search(w.page, query);
  expect(onOpen.sort()).toEqual(['han-words.json', `labels-${path.split('/')[0]}.json`]);
  return { ...w, extras };
}
const excerpts = (page: Page) => page.locator('.result-excerpt').allInnerTexts();
/** French spacing puts narrow no-break spaces inside « »: compare with plain spaces. */
const spaced = (text: string) => text.replace(/[\u202F\u00A0]/g, ' ');
/** Text of the index's own data that a reader must never see: group marks, filter keys, twin paths. */
const INDEX_DATA = /[¦⇄]|frmodel|cnmodel|(fr|zh-cn)\/(models|cases|overview|reference)\/|paired-assistance|local-government/;

describe('what the reader sees of a forgiving search', () => {
  it('never shows index data in excerpts; a name matched in the other script shows the page’s own sentence', async () => {
    for (const [from, query, own] of [
      ['fr/', '府谷', /Fugu.*府谷|府谷.*Fugu/],
      ['zh-cn/', 'Fugu', /府谷/],
      ['zh-cn/', 'jumelage', /定点扶贫/],
      ['fr/', 'dingdian fupin', /jumelage/i],
    ] as const) {
      const w = await searchOn(from, query);
      const texts = await excerpts(w.page);
      expect(texts.length, query).toBeGreaterThan(0);
      for (const text of texts) expect(text, `${from} ${query}`).not.toMatch(INDEX_DATA);
      expect(texts[0], `${from} ${query}`).toMatch(own);
      await w.context.close();
    }
  });

  it('finds "eau" in « l’eau » and marks the word in the page’s sentence', async () => {
    const w = await searchOn('fr/', 'eau');
    const first = w.page.locator('.search-result').first();
    expect(await first.locator('.result-link').getAttribute('href')).toContain('/fr/cases/water-resources/');
    expect(await first.locator('.result-excerpt mark').first().innerText()).toMatch(/^eau$/i);
    expect(await first.locator('.result-excerpt').innerText()).toMatch(/l’eau/i);
    await w.context.close();
  });

  it('on a phone, says what it searched instead of a typo, above results on screen, and can search exactly what was typed', async () => {
    const w = await searchOn('fr/', 'hydrolique', { width: 390, height: 844 });
    const notice = w.page.locator('[data-search-suggestion]');
    expect(await notice.isVisible()).toBe(true);
    expect(spaced(await notice.innerText())).toBe('Résultats pour « hydraulique ». Rechercher quand même « hydrolique »');
    const first = await w.page.locator('.search-result').first().boundingBox();
    expect(first!.y + 40).toBeLessThan(844);
    expect(await w.page.locator('.result-link').first().getAttribute('href')).toContain('/fr/cases/water-resources/');
    expect(w.extras).toEqual(['vocabulary.json']);

    const before = await w.page.getAttribute('dialog[data-search-dialog]', 'data-search-ready');
    await notice.getByRole('link').click();
    await w.page.waitForFunction(
      (prev) => (document.querySelector('dialog[data-search-dialog]') as HTMLElement).dataset.searchReady !== prev,
      before,
    );
    expect(spaced(await w.page.locator('[data-search-status]').innerText())).toMatch(/^Aucun résultat pour « hydrolique »/);
    expect(await notice.isVisible()).toBe(false);
    expect(new URL(w.page.url()).searchParams.has('exact')).toBe(true);
    await search(w.page, 'jumlage');
    expect(new URL(w.page.url()).searchParams.has('exact')).toBe(false);
    expect(spaced(await notice.innerText())).toBe('Résultats pour « jumelage ». Rechercher quand même « jumlage »');
    await w.context.close();
  });

  it('says it in Chinese on a Chinese page', async () => {
    const w = await searchOn('zh-cn/', 'Taiqan');
    expect(await w.page.locator('[data-search-suggestion]').innerText()).toBe('显示“Taiqian”的结果。 仍按“Taiqan”搜索');
    expect(await w.page.locator('.result-link').first().getAttribute('href')).toContain('/zh-cn/cases/cnpc-taiqian/');
    await w.context.close();
  });

  it('lists pages that match all the words but one after the others, marked as partial, in both languages', async () => {
    for (const [from, query, label] of [
      ['fr/', 'Fugu irrigation', 'Correspondance partielle'],
      ['zh-cn/', '府谷 irrigation', '部分匹配'],
    ] as const) {
      const w = await searchOn(from, query);
      const items = await w.page
        .locator('.search-result')
        .evaluateAll((els) => els.map((el) => el.querySelector<HTMLElement>('.result-partial')?.innerText ?? ''));
      expect(items.filter(Boolean).length, query).toBeGreaterThan(0);
      expect(new Set(items.filter(Boolean)), query).toEqual(new Set([label]));
      // Full matches first: no unmarked result after a marked one.
      expect(items.slice(items.indexOf(label)).every(Boolean), query).toBe(true);
      await w.context.close();
    }
  });

  it('folds traditional characters, fetching only the small table, and only for Han queries', async () => {
    const w = await searchOn('zh-cn/', '結對幫扶');
    expect(await w.page.locator('.result-link').first().getAttribute('href')).toContain('/zh-cn/models/paired-assistance/');
    // The table, and the stop words (a query of several words once segmented), never the vocabulary.
    expect(w.extras.filter((f) => f !== 'stopwords.json')).toEqual(['trad.json']);
    await w.context.close();
    const latin = await searchOn('fr/', 'Fugu');
    expect(latin.extras).toEqual([]);
    await latin.context.close();
    // Simplified characters only (all in GB 2312): nothing to fold, nothing fetched.
    const simplified = await searchOn('zh-cn/', '结对帮扶');
    expect(await simplified.page.locator('.result-link').first().getAttribute('href')).toContain('/zh-cn/models/paired-assistance/');
    expect(simplified.extras.filter((f) => f !== 'stopwords.json')).toEqual([]);
    await simplified.context.close();
    // A traditional character that GB 2312 also holds (後 → 后) still fetches the table.
    const shared = await searchOn('zh-cn/', '脱贫之後');
    expect(shared.extras).toContain('trad.json');
    await shared.context.close();
  });
});
