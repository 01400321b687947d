/**
 * Search as a reader sees it, on a phone (390×844) and a desktop (1280×800),
 * in both languages: what is on screen (innerText, visibility, positions),
 * not what is in the DOM: results first, filters, more results, did you
 * mean, typing fast, the keyboard, highlighting. On the fixture site
 * (tests/fixtures/site), whose words the queries name.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { openSearch, search, type Watched } from './site.ts';
import { url, watchedPage } from './fixtureSite.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const screens = [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const;

let browser: Browser;
let w: Watched | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});
afterEach(async () => {
  if (!w) return;
  expect(w.offOrigin, 'requests that left the site').toEqual([]);
  expect(w.errors, 'errors in the browser').toEqual([]);
  await w.context.close();
  w = undefined;
});
afterAll(() => browser.close());

async function pageAt(
  viewport: { width: number; height: number },
  path: string,
  serviceWorkers: 'allow' | 'block' = 'allow',
): Promise<Page> {
  w = await watchedPage(browser, { viewport, serviceWorkers });
  await w.page.goto(url(path));
  return w.page;
}

/** Waits until the search opened from the URL has rendered. */
const ready = (page: Page) =>
  page.waitForFunction(() => document.querySelector<HTMLElement>('dialog[data-search-dialog]')?.dataset.searchReady);

const status = (page: Page) => page.locator('[data-search-status]').innerText();

describe('results come first on a phone', () => {
  it.each([
    ['fr/', '长武'],
    ['fr/', 'Changwu'],
    ['zh-cn/', '长武'],
    ['zh-cn/', 'Changwu'],
  ])('from %s, the first result for "%s" is on the screen', async (path, query) => {
    const page = await pageAt(PHONE, path);
    await openSearch(page);
    await search(page, query);
    const first = page.locator('.search-result .result-link').first();
    expect(await first.isVisible()).toBe(true);
    const box = (await first.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThan(PHONE.height);
    // The filters wait behind their toggle.
    expect(await page.locator('[data-search-filters]').isVisible()).toBe(false);
  });
});

describe('filters', () => {
  it.each([
    ['fr/', '对口协作', 'Filtres', 'Filtres (1)'],
    ['zh-cn/', '对口协作', '筛选', '筛选（1）'],
  ])('on a phone (%s), sit behind a toggle that counts the active ones', async (path, query, closed, withOne) => {
    const page = await pageAt(PHONE, path);
    await openSearch(page);
    await search(page, query);
    const toggle = page.getByRole('button', { name: closed, exact: true });
    expect(await toggle.innerText()).toBe(closed);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const panel = page.locator(`#${await toggle.getAttribute('aria-controls')}`);
    expect(await panel.isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await panel.isVisible()).toBe(true);
    const before = await page.getAttribute('dialog[data-search-dialog]', 'data-search-ready');
    await panel.locator('input[name="kind"][value="case"]').check();
    await page.waitForFunction(
      (prev) => (document.querySelector('dialog[data-search-dialog]') as HTMLElement).dataset.searchReady !== prev,
      before,
    );
    expect(await page.locator('[data-search-filters-toggle]').innerText()).toBe(withOne);
    // Every value shown has results, or is chosen.
    const counts = await panel
      .locator('label')
      .evaluateAll((labels) =>
        labels.map((l) => [(l.querySelector('input') as HTMLInputElement).checked, l.querySelector('.count')!.textContent]),
      );
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.filter(([checked, count]) => !checked && count === '0')).toEqual([]);
  });

  it('on a desktop, stay beside the results without a toggle', async () => {
    const page = await pageAt(DESKTOP, 'fr/');
    await openSearch(page);
    await search(page, 'Changwu');
    expect(await page.locator('[data-search-filters-toggle]').isVisible()).toBe(false);
    const filters = (await page.locator('[data-search-filters]').boundingBox())!;
    const results = (await page.locator('[data-search-results]').boundingBox())!;
    expect(filters.x + filters.width).toBeLessThanOrEqual(results.x);
    expect(Math.abs(filters.y - results.y)).toBeLessThan(120);
  });

  it.each(screens)('from the URL that match nothing are shown and removable (%s)', async (_, viewport) => {
    for (const [path, chip, unmatched] of [
      ['fr/?kind=bogus', 'Type d’entrée\u202f: bogus', 'Aucune entrée ne correspond au filtre «\u202fType d’entrée\u202f: bogus\u202f»'],
      ['zh-cn/?kind=bogus', '条目类型：bogus', '没有条目符合筛选条件“条目类型：bogus”'],
    ] as const) {
      const page = await pageAt(viewport, path);
      await ready(page);
      const chips = page.locator('[data-search-chips]');
      expect(await chips.isVisible(), path).toBe(true);
      expect(await chips.innerText()).toContain(chip);
      expect(await status(page)).toContain(unmatched);
      const remove = chips.getByRole('button', { name: chip });
      expect(await remove.isVisible()).toBe(true);
      await remove.click();
      // With no filter left, search is empty again: the starting points come back.
      await page.locator('[data-search-start]').waitFor({ state: 'visible' });
      expect(await chips.isVisible()).toBe(false);
      expect(new URL(page.url()).searchParams.has('kind')).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
      await w!.context.close();
      w = undefined;
    }
  });

  it('with a real value that has no result for the query, say so next to a removable chip', async () => {
    // Meiling is named by a case and a model, not by the definition.
    const page = await pageAt(PHONE, 'fr/?q=Meiling&kind=definition');
    await ready(page);
    expect(await page.locator('.search-result').count()).toBe(0);
    expect(await page.locator('[data-search-chips]').innerText()).toContain('Type d’entrée\u202f: Définition');
    expect(await page.locator('[data-search-notice]').innerText()).toBe(
      'Aucun résultat de cette recherche avec le filtre «\u202fType d’entrée\u202f: Définition\u202f». Retirez-le pour voir des résultats.',
    );
    await page.getByRole('button', { name: 'Retirer le filtre «\u202fType d’entrée\u202f: Définition\u202f»' }).click();
    await page.waitForSelector('.search-result');
    expect(await status(page)).toMatch(/^\d+ résultats?$/);
  });
});

describe('an empty search', () => {
  it.each([
    ['fr/', 'Pour commencer', ['Définition', 'Les quatre modèles', 'Études de cas', 'Changwu et le plan «\u202f2468\u202f»']],
    ['zh-cn/', '从这里开始', ['定义', '四种模式', '案例']],
  ])('shows starting points in the page’s language (%s)', async (path, title, texts) => {
    for (const [, viewport] of screens) {
      const page = await pageAt(viewport, path);
      await openSearch(page);
      // Loaded: the filters are drawn.
      await page.waitForSelector('[data-search-filters] fieldset', { state: 'attached' });
      const start = page.locator('[data-search-start]');
      expect(await start.isVisible()).toBe(true);
      const text = await start.innerText();
      expect(text).toContain(title);
      for (const t of texts) expect(text).toContain(t);
      // The definition, the four models, the four cases (and any other entry kind).
      const links = start.getByRole('link');
      expect(await links.count()).toBeGreaterThanOrEqual(9);
      const prefix = new URL(url(path)).pathname;
      for (const href of await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))
        expect(href.startsWith(prefix)).toBe(true);
      // Typing replaces them with results.
      await search(page, 'Changwu');
      expect(await start.isVisible()).toBe(false);
      await w!.context.close();
      w = undefined;
    }
  });
});

describe('more results', () => {
  it.each(screens)(
    'shows five, then five more on each click, the first new one focused on screen, up to the announced count (%s)',
    async (_, viewport) => {
      for (const [path, query, label] of [
        ['fr/', 'jumelage', 'Afficher plus de résultats'],
        ['zh-cn/', '对口协作', '显示更多结果'],
      ] as const) {
        const page = await pageAt(viewport, path);
        await openSearch(page);
        await search(page, query);
        const announced = Number(/\d+/.exec(await status(page))![0]);
        // More than two pages of results: "more" is clicked at least twice.
        expect(announced, query).toBeGreaterThan(10);
        const more = page.locator('[data-search-more]');
        const results = page.locator('.search-result');
        expect(await results.count()).toBe(5);
        expect(await more.isVisible()).toBe(true);
        expect(await more.innerText()).toBe(label);
        let shown = 5;
        while (shown < announced) {
          await more.click();
          await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, shown);
          expect(await results.count(), query).toBe(Math.min(shown + 5, announced));
          const first = page.locator('.search-result .result-link').nth(shown);
          expect(await first.evaluate((a) => a === document.activeElement), `${query}: result ${shown + 1} has the focus`).toBe(true);
          const box = (await first.boundingBox())!;
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
          shown = await results.count();
        }
        expect(await more.isVisible()).toBe(false);
        const hrefs = await page.locator('.search-result .result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(new Set(hrefs).size, `${query}: each result once`).toBe(announced);
        await w!.context.close();
        w = undefined;
      }
    },
  );
});

describe('did you mean', () => {
  /** Rendered French text carries narrow no-break spaces. */
  const spaced = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

  it.each(screens)('shows the nearest word’s results under a notice, and searches the typed word on request (%s)', async (_, viewport) => {
    for (const [path, typed, notice, found, typo] of [
      ['fr/', 'Meilling', 'Résultats pour « Meiling ». Rechercher quand même « Meilling »', '/fr/cases/meiling-bridges/', 'entreprize'],
      ['zh-cn/', 'Changwo', '显示“Changwu”的结果。 仍按“Changwo”搜索', '/zh-cn/cases/changwu-2468/', 'Meilling'],
    ] as const) {
      const page = await pageAt(viewport, path);
      await openSearch(page);
      await search(page, typed);
      const suggestion = page.locator('[data-search-suggestion]');
      expect(await suggestion.isVisible()).toBe(true);
      expect(spaced(await suggestion.innerText())).toBe(notice);
      // Above the results, the first of which is on screen and is the page the word names.
      const first = page.locator('.search-result .result-link').first();
      expect(await first.getAttribute('href')).toContain(found);
      const noticeBox = (await suggestion.boundingBox())!;
      const firstBox = (await first.boundingBox())!;
      expect(noticeBox.y + noticeBox.height).toBeLessThanOrEqual(firstBox.y);
      expect(firstBox.y + firstBox.height).toBeLessThanOrEqual(viewport.height);

      // « Search anyway »: the typed word, which finds nothing, kept in the URL.
      const before = await page.getAttribute('dialog[data-search-dialog]', 'data-search-ready');
      await suggestion.getByRole('link').click();
      await page.waitForFunction(
        (prev) => (document.querySelector('dialog[data-search-dialog]') as HTMLElement).dataset.searchReady !== prev,
        before,
      );
      expect(await page.locator('.search-result').count()).toBe(0);
      expect(spaced(await status(page))).toContain(path === 'fr/' ? `Aucun résultat pour « ${typed} »` : `没有找到与“${typed}”相关的结果`);
      expect(await suggestion.isVisible()).toBe(false);
      expect(new URL(page.url()).searchParams.has('exact')).toBe(true);
      // The next query is read forgivingly again.
      await search(page, typo);
      expect(new URL(page.url()).searchParams.has('exact')).toBe(false);
      expect(await suggestion.isVisible()).toBe(true);
      expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
      await w!.context.close();
      w = undefined;
    }
  });
});

describe('typing fast', () => {
  it('never shows an older query’s results: the list always matches the announced count', async () => {
    // No offline worker, so that the test can slow the network down.
    const page = await pageAt(DESKTOP, 'fr/', 'block');
    // A slow network: each result's data arrives 300 ms after it is asked for, so that the
    // answer to a query typed before a short hesitation lands after the next query started.
    await page.route(/\/pagefind-[^/]+\/fragment\//, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    await openSearch(page);
    // Loaded: the filters are drawn.
    await page.waitForSelector('[data-search-filters] fieldset', { state: 'attached' });
    const word = 'hydraulique';
    // 20 ms per key, with one hesitation of 100 ms at a different place in each run.
    for (const pause of [3, 5, 6, 8, 10]) {
      await page.fill('#search-input', '');
      await page.waitForFunction(() => document.querySelector('[data-search-status]')!.textContent === '');
      await page.locator('#search-input').pressSequentially(word.slice(0, pause), { delay: 20 });
      await page.waitForTimeout(100);
      await page.locator('#search-input').pressSequentially(word.slice(pause), { delay: 20 });
      await page.waitForFunction(() => /^\d+ résultats?$/.test(document.querySelector('[data-search-status]')!.textContent));
      // Give any stale response time to land.
      await page.waitForTimeout(1000);
      const more = page.locator('[data-search-more]');
      while (await more.isVisible()) {
        const n = await page.locator('.search-result').count();
        await more.click();
        await page.waitForFunction((before) => document.querySelectorAll('.search-result').length > before, n);
      }
      const announced = Number(/\d+/.exec(await status(page))![0]);
      const hrefs = await page.locator('.search-result .result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs.length, `pause after ${pause} letters`).toBe(announced);
      expect(new Set(hrefs).size, `pause after ${pause} letters: duplicates`).toBe(hrefs.length);
    }
  });
});

describe('keyboard and highlighting', () => {
  it('moves through results with arrows and closes with Escape on a phone, in Chinese', async () => {
    const page = await pageAt(PHONE, 'zh-cn/');
    await openSearch(page);
    await search(page, '对口协作');
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(first).toBe(await page.locator('.result-link').first().getAttribute('href'));
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    // Escape from a result closes search (in the filled search box, Chromium's first Escape clears it).
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[data-search-dialog]:not([open])', { state: 'attached' });
    // Focus goes back to the search button when the dialog's close event has run (it fires after the attribute goes).
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-search-open'), undefined, { timeout: 5000 });
  });

  it('marks the query’s words, not characters across two words (陕西省长武县: not 省长)', async () => {
    const page = await pageAt(DESKTOP, 'zh-cn/');
    await openSearch(page);
    await search(page, '长武');
    const excerptMarks = await page.locator('.result-excerpt mark').allInnerTexts();
    expect(excerptMarks.length).toBeGreaterThan(0);
    expect(excerptMarks.filter((m) => m.includes('省'))).toEqual([]);
    expect(await page.locator('.result-excerpt').allInnerTexts()).toContainEqual(expect.stringContaining('陕西省长武县'));

    await page.goto(url('zh-cn/cases/changwu-2468/?highlight=长武'));
    await page.waitForSelector('article mark');
    expect(new Set(await page.locator('article mark').allInnerTexts())).toEqual(new Set(['长武']));
    await page.goto(url('zh-cn/cases/changwu-2468/?highlight=省长'));
    await page.waitForTimeout(300);
    expect(await page.locator('article mark').count()).toBe(0);
  });
});
