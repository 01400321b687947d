/**
 * Search behaviour in both languages: what it finds from each language, its
 * filters and the URL that keeps them, the keyboard, odd input, a tab left
 * open across a deploy. On the fixture site (tests/fixtures/site), whose
 * entries, terms and words the queries name.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { allResults, openSearch, search, type Watched } from './site.ts';
import { url, watchedPage } from './fixtureSite.ts';

let browser: Browser;
let w: Watched;

beforeAll(async () => {
  browser = await launchChromium();
});
afterEach(async () => {
  expect(w.offOrigin, 'requests that left the site').toEqual([]);
  expect(w.errors, 'errors in the browser').toEqual([]);
  await w.context.close();
});
afterAll(() => browser.close());

async function searchFrom(path: string, query: string) {
  w = await watchedPage(browser);
  await w.page.goto(url(path));
  await openSearch(w.page);
  await search(w.page, query);
  return allResults(w.page);
}
const paths = (results: { href: string }[]) => results.map((r) => new URL(r.href, 'http://x').pathname);

describe('search in each language', () => {
  it('is not loaded until the reader opens it', async () => {
    w = await watchedPage(browser);
    const fetched: string[] = [];
    w.page.on('request', (r) => fetched.push(r.url()));
    await w.page.goto(url('fr/'));
    await w.page.waitForSelector('[data-search-open][data-ready]', { state: 'attached' });
    expect(fetched.filter((u) => /pagefind|searchUI/.test(u))).toEqual([]);
    await openSearch(w.page);
    await search(w.page, 'Changwu');
    expect(fetched.some((u) => u.includes('/pagefind-fr/pagefind.js'))).toBe(true);
  });

  it('finds a French page from a French page, with French stemming (hydraulique → hydrauliques)', async () => {
    const results = await searchFrom('fr/', 'hydraulique');
    expect(results[0]!.lang).toBe('fr');
    expect(paths(results)).toContain(new URL(url('fr/cases/water-office/')).pathname);
    expect(await w.page.textContent('[data-search-status]')).toMatch(/^\d+ résultats?$/);
  });

  it('finds a Chinese page from a Chinese page, with words segmented inside sentences', async () => {
    for (const query of ['水资源办公室', '对口协作', '协作', '长武']) {
      const results = await searchFrom('zh-cn/', query);
      expect(results.length, query).toBeGreaterThan(0);
      expect(results[0]!.lang, query).toBe('zh-CN');
      await w.context.close();
    }
    const results = await searchFrom('zh-cn/', '水资源办公室');
    expect(paths(results)).toContain(new URL(url('zh-cn/cases/water-office/')).pathname);
    expect(await w.page.textContent('[data-search-status]')).toMatch(/^共 \d+ 条结果$/);
  });
});

describe('search across languages', () => {
  const cases: [string, string, string][] = [
    ['fr/', '长武', 'fr/cases/changwu-2468/'],
    ['zh-cn/', 'Changwu', 'zh-cn/cases/changwu-2468/'],
    ['fr/', '梅岭', 'fr/cases/meiling-bridges/'],
    ['zh-cn/', 'Meiling', 'zh-cn/cases/meiling-bridges/'],
    ['zh-cn/', 'SPN', 'zh-cn/cases/meiling-bridges/'],
    ['fr/', '北方桥梁公司', 'fr/cases/meiling-bridges/'],
    ['fr/', '水资源办公室', 'fr/cases/water-office/'],
    ['zh-cn/', 'hydrauliques', 'zh-cn/cases/water-office/'],
    ['fr/', '对口协作', 'fr/overview/definition/'],
    ['zh-cn/', 'jumelage', 'zh-cn/overview/definition/'],
    ['fr/', '2468', 'zh-cn/cases/changwu-2468/'],
  ];
  it.each(cases)('from %s, "%s" finds %s', async (from, query, expected) => {
    const results = await searchFrom(from, query);
    expect(paths(results)).toContain(new URL(url(expected)).pathname);
  });

  it('lists the reader’s language first, labels each result and offers its twin', async () => {
    const results = await searchFrom('fr/', 'Changwu');
    const langs = results.map((r) => r.lang);
    expect(langs).toContain('fr');
    expect(langs).toContain('zh-CN');
    expect(langs.indexOf('zh-CN')).toBeGreaterThan(langs.lastIndexOf('fr'));
    const first = w.page.locator('.search-result').first();
    expect(await first.locator('.result-lang').textContent()).toBe('Français');
    const twin = first.locator('.result-twin');
    expect(await twin.textContent()).toBe('Version chinoise');
    expect(await twin.getAttribute('hreflang')).toBe('zh-CN');
    const chinese = w.page.locator('.search-result', { has: w.page.locator('.result-link[lang="zh-CN"]') }).first();
    expect(await chinese.locator('.result-lang').textContent()).toBe('Chinois');
    expect(await chinese.locator('.result-excerpt').getAttribute('lang')).toBe('zh-CN');
  });
});

describe('filters and URL state', () => {
  it('narrows by kind and province, shows counts in the reader’s language, and keeps it all in the URL', async () => {
    await searchFrom('zh-cn/', '对口协作');
    const all = (await allResults(w.page)).length;
    const caseBox = w.page.locator('input[name="kind"][value="case"]');
    const caseLabel = w.page.locator('label[for="filter-kind-case"]');
    expect(await caseLabel.textContent()).toMatch(/^案例\d+$/);
    await caseBox.check();
    await w.page.waitForFunction(() => location.search.includes('kind=case'));
    await w.page.waitForTimeout(300);
    const cases = await allResults(w.page);
    expect(cases.length).toBeGreaterThan(0);
    expect(cases.length).toBeLessThan(all);
    expect(cases.every((r) => /\/cases\//.test(r.href))).toBe(true);
    expect(await w.page.locator('label[for="filter-province-henan"]').textContent()).toMatch(/^河南省\d+$/);

    // Reloading the URL restores query, filters and results.
    const shared = w.page.url();
    expect(shared).toContain(`q=${encodeURIComponent('对口协作')}`);
    await w.page.goto(shared);
    await w.page.waitForSelector('dialog[data-search-dialog][open]');
    await w.page.waitForFunction(() => (document.querySelector('dialog[data-search-dialog]') as HTMLElement).dataset.searchReady);
    expect(await w.page.inputValue('#search-input')).toBe('对口协作');
    expect(await w.page.isChecked('input[name="kind"][value="case"]')).toBe(true);
    expect((await allResults(w.page)).length).toBe(cases.length);
  });

  it('filters by province alone, without a query', async () => {
    w = await watchedPage(browser);
    await w.page.goto(url('fr/?province=shaanxi'));
    await w.page.waitForFunction(() => (document.querySelector('dialog[data-search-dialog]') as HTMLElement)?.dataset.searchReady);
    const results = paths(await allResults(w.page));
    expect(results).toContain(new URL(url('fr/cases/changwu-2468/')).pathname);
    expect(results).toContain(new URL(url('zh-cn/cases/changwu-2468/')).pathname);
    expect(results).not.toContain(new URL(url('fr/cases/meiling-bridges/')).pathname);
  });
});

describe('keyboard', () => {
  it('opens with / and Ctrl+K, moves with arrows, opens with Enter, closes with Escape', async () => {
    w = await watchedPage(browser);
    const { page } = w;
    await page.goto(url('fr/'));
    await page.waitForSelector('[data-search-open][data-ready]', { state: 'attached' });
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog[data-search-dialog][open]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[data-search-dialog]:not([open])', { state: 'attached' });
    // Focus goes back to the search button when the dialog's close event has run (it fires after the attribute goes).
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-search-open'), undefined, { timeout: 5000 });

    await openSearch(page);
    await search(page, 'Meiling');
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(second).not.toBe(first);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
    await Promise.all([page.waitForURL((u) => u.pathname.endsWith('/cases/meiling-bridges/')), page.keyboard.press('Enter')]);
    // The opened page highlights what was searched.
    await page.waitForSelector('article mark');
    expect((await page.textContent('article mark'))?.toLowerCase()).toBe('meiling');
  });
});

describe('bad input', () => {
  it('survives empty, huge, hostile and odd queries, and says when nothing is found', async () => {
    await searchFrom('fr/', 'Changwu');
    const { page } = w;
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs++;
      await d.dismiss();
    });
    for (const query of [
      '<img src=x onerror=alert(1)>',
      '.*+?^${}()|[]\\',
      '🙂🏮',
      'Changwu 长武 zzz',
      'a'.repeat(2000),
      '"><script>alert(1)</script>',
    ]) {
      await search(page, query);
      expect(await page.locator('.search-results img, .search-results script').count(), query).toBe(0);
    }
    await search(page, 'xyzzyplugh');
    expect(await page.textContent('[data-search-status]')).toBe(
      'Aucun résultat pour «\u202fxyzzyplugh\u202f». Essayez un autre mot, en français ou en chinois, ou retirez des filtres.',
    );
    await search(page, '<qqzz>zzqxw</qqzz>');
    expect(await page.textContent('[data-search-status]')).toContain('<qqzz>zzqxw</qqzz>');
    await page.fill('#search-input', '   ');
    // A blank query clears results and message (and the URL) rather than searching.
    await page.waitForFunction(() => document.querySelector('[data-search-status]')!.textContent === '');
    expect(await page.locator('.search-result').count()).toBe(0);
    expect(new URL(page.url()).searchParams.has('q')).toBe(false);
    await page.waitForTimeout(200);
    expect(dialogs).toBe(0);
  });
});

describe('a page left open across a deploy', () => {
  it.each([
    ['fr', 'Changwu', 'le site a été mis à jour', 'Recharger la page'],
    ['zh-cn', '长武', '网站已更新', '重新加载本页'],
  ])(
    '%s: when the files it needs are gone, it says so and offers a reload, never an empty list under an old count',
    async (locale, query, said, button) => {
      await searchFrom(`${locale}/`, query);
      const { page } = w;
      expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
      // The new build no longer has this build's excerpts and index chunks.
      await page.route(/\/pagefind-[^/]+\/(fragment|index)\//, (route) => route.fulfill({ status: 404, body: '' }));
      await page.fill('#search-input', `${query} x`);
      await page.fill('#search-input', 'hydraulique 水资源办公室');
      await page.waitForFunction((text) => document.querySelector('[data-search-status]')!.textContent.includes(text), said);
      expect(await page.locator('.search-result').count()).toBe(0);
      const reload = page.getByRole('button', { name: button });
      expect(await reload.isVisible()).toBe(true);
      await Promise.all([page.waitForEvent('load'), reload.click()]);
      // What failed to load was the point of the test, not an error of the site.
      w.errors.splice(0, w.errors.length, ...w.errors.filter((e) => !/404|Failed to load|search:/.test(e)));
    },
  );
});
