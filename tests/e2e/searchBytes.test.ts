/**
 * What a first search costs the reader, counted in the browser: every byte
 * received (as sent, compressed) from opening search on an entry page to the
 * results on screen, in both languages and from each kind of entry page; and
 * the result data it loads: only that of the results shown. Bytes do not vary
 * from run to run as times do, so the first-search budget is checked here.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Request } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { distDir } from '../../src/deploy/config.ts';
import { siteEntries } from '../helpers/siteEntries.ts';
import { openSearch, search, url, watchedPage, type Watched } from './site.ts';

/** The first search from an entry page, everything included (docs/performance.md). */
const FIRST_SEARCH_BUDGET = 125_000;
/** An entry page, everything it loads, as sent; and the JavaScript it runs before search opens (files as sent, inline as written). */
const ENTRY_PAGE_BUDGET = 20_000;
const ENTRY_SCRIPT_BUDGET = 5_000;
/**
 * Entry pages loaded per language: the definition, model and case pages whose HTML is heaviest as sent (the
 * rest of what a page loads is shared). Reference pages are left out: the source's page lists every passage
 * of both versions and is over the budget (docs/performance.md gives their weights).
 */
const HEAVIEST = 3;
const BUDGETED_KINDS = new Set(['definition', 'model', 'case']);
/** Results listed (and loaded) at first: PAGE_SIZE in src/components/search/client.ts. */
const FIRST_PAGE = 5;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

interface Received {
  path: string;
  bytes: number;
}

/** Opens search on `path`, types `query` at once, and returns what was received meanwhile. */
async function firstSearch(path: string, query: string): Promise<{ w: Watched; received: Received[] }> {
  // Without the offline worker: its precache (the whole site, after load) is not what a search costs.
  const w = await watchedPage(browser, { serviceWorkers: 'block' });
  await w.page.goto(url(path));
  await w.page.waitForLoadState('networkidle');
  const finished: Promise<Received>[] = [];
  w.page.on('requestfinished', (r: Request) =>
    finished.push(r.sizes().then((s) => ({ path: new URL(r.url()).pathname, bytes: s.responseBodySize }))),
  );
  await openSearch(w.page);
  await search(w.page, query);
  await w.page.waitForLoadState('networkidle');
  const received = await Promise.all(finished);
  expect(w.offOrigin).toEqual([]);
  expect(w.errors).toEqual([]);
  return { w, received };
}

const fragments = (received: Received[]) => received.filter((r) => r.path.endsWith('.pf_fragment'));
const total = (received: Received[]) => received.reduce((sum, r) => sum + r.bytes, 0);

describe('an entry page', () => {
  const sentSize = (file: string) =>
    statSync(join(distDir, `${file}.br`), { throwIfNoEntry: false })?.size ?? statSync(join(distDir, file)).size;
  const heaviest = ['fr', 'zh-cn'].flatMap((locale) =>
    siteEntries()
      .filter((e) => e.locale === locale && BUDGETED_KINDS.has(e.data.kind))
      .map((e) => `${locale}/${e.slug}/`)
      .sort((a, b) => sentSize(`${b}index.html`) - sentSize(`${a}index.html`))
      .slice(0, HEAVIEST),
  );

  it.each(heaviest)(`%s loads at most ${ENTRY_PAGE_BUDGET / 1000} kB, ${ENTRY_SCRIPT_BUDGET / 1000} kB of it JavaScript`, async (path) => {
    const w = await watchedPage(browser, { serviceWorkers: 'block' });
    const finished: Promise<Received>[] = [];
    w.page.on('requestfinished', (r: Request) =>
      finished.push(r.sizes().then((s) => ({ path: new URL(r.url()).pathname, bytes: s.responseBodySize }))),
    );
    await w.page.goto(url(path));
    await w.page.waitForLoadState('networkidle');
    const received = await Promise.all(finished);
    const inline = await w.page.evaluate(() =>
      [...document.querySelectorAll('script:not([src]):not([type="application/json"]):not([type="application/ld+json"])')].reduce(
        (sum, s) => sum + new TextEncoder().encode(s.textContent).length,
        0,
      ),
    );
    const scripts = received.filter((r) => r.path.endsWith('.js'));
    const list = received.map((r) => `${r.bytes}\t${r.path}`).join('\n');
    expect(total(received), list).toBeLessThanOrEqual(ENTRY_PAGE_BUDGET);
    expect(total(scripts) + inline, list).toBeLessThanOrEqual(ENTRY_SCRIPT_BUDGET);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});

describe('the first search', () => {
  it.each([
    ['fr/', 'Fugu'],
    ['fr/models/paired-assistance/', 'hydraulique'],
    ['fr/cases/fugu-3331/', 'Fugu'],
    ['zh-cn/', '水利部'],
    ['zh-cn/models/paired-assistance/', 'Taiqian'],
    ['zh-cn/cases/fugu-3331/', '扶贫'],
  ])(`from %s ("%s") stays within ${FIRST_SEARCH_BUDGET / 1000} kB and loads the data of the results shown only`, async (path, query) => {
    const { w, received } = await firstSearch(path, query);
    const shown = await w.page.locator('.search-result').count();
    const announced = Number(/\d+/.exec(await w.page.locator('[data-search-status]').innerText())![0]);
    expect(shown).toBe(Math.min(announced, FIRST_PAGE));
    // One fragment per result on screen: none for results further down the list.
    expect(fragments(received).length).toBe(shown);
    const bytes = total(received);
    expect(bytes, received.map((r) => `${r.bytes}\t${r.path}`).join('\n')).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
    await w.context.close();
  });

  it('loads the next results’ data only when the reader asks for more', async () => {
    const { w, received } = await firstSearch('zh-cn/', '扶贫');
    const before = fragments(received).length;
    const more = w.page.locator('[data-search-more]');
    expect(await more.isVisible()).toBe(true);
    const requested: string[] = [];
    w.page.on('request', (r) => {
      if (r.url().endsWith('.pf_fragment')) requested.push(r.url());
    });
    await more.click();
    await w.page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, before);
    expect(requested.length).toBe((await w.page.locator('.search-result').count()) - before);
    expect(requested.length).toBeLessThanOrEqual(FIRST_PAGE);
    await w.context.close();
  });
});

describe('did you mean', () => {
  it('fetches the vocabulary only once the reader stops typing, not for each half-typed word', async () => {
    const w = await watchedPage(browser, { serviceWorkers: 'block' });
    await w.page.goto(url('fr/'));
    await openSearch(w.page);
    const vocabulary: number[] = [];
    const started = Date.now();
    w.page.on('request', (r) => {
      if (r.url().includes('/search-extras/vocabulary.json')) vocabulary.push(Date.now() - started);
    });
    // Typed as the benchmark types (60 ms a key): some half-typed prefixes of the word find nothing.
    await w.page.locator('#search-input').pressSequentially('hydraulique', { delay: 60 });
    await w.page.waitForFunction(() => /^\d+ résultats?$/.test(document.querySelector('[data-search-status]')!.textContent));
    await w.page.waitForTimeout(500);
    expect(vocabulary).toEqual([]);
    // A typo, then a pause: the vocabulary is fetched once, and the suggestion shown.
    await search(w.page, 'hydrolique');
    expect(await w.page.locator('[data-search-suggestion]').isVisible()).toBe(true);
    expect(vocabulary.length).toBe(1);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});
