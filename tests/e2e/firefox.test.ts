/**
 * Firefox ESR as the second engine (tests/helpers/firefox.ts): the portable
 * edition from disk (every page and the root page's choice, on the real
 * build's edition; search in both languages and the language switch, on the
 * fixture site's), and the served fixture site's main reader flows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefox, watchedFirefoxPage } from '../helpers/firefox.ts';
import { fixtureDir, fixtureUrl, url } from './fixtureSite.ts';
import { unzipEdition, type UnzippedEdition } from './portableEdition.ts';

let browser: Browser;
/** The real build's edition. */
let edition: UnzippedEdition;
/** The fixture site's edition. */
let fixture: UnzippedEdition;

beforeAll(async () => {
  edition = await unzipEdition('tests/.tmp/离线 site firefox');
  fixture = await unzipEdition('tests/.tmp/离线 fixture firefox', fixtureDir());
  browser = await launchFirefox({ languages: 'zh-CN,zh' });
});
afterAll(() => browser?.close());

const at = (path: string) => edition.root + path;
const inFixture = (path: string) => fixture.root + path;

async function openSearch(page: Page): Promise<void> {
  await page.waitForSelector('[data-search-open][data-ready]');
  await page.click('[data-search-open]');
  await page.waitForSelector('dialog[data-search-dialog][data-search-ready]');
}

/** Types a query and returns the result links once the results of that query are shown. */
async function searchFor(page: Page, query: string): Promise<string[]> {
  const before = await page.$eval('dialog[data-search-dialog]', (d) => (d as HTMLElement).dataset.searchReady);
  await page.$eval('#search-input', (input) => ((input as HTMLInputElement).value = ''));
  await page.type('#search-input', query);
  await page.waitForFunction(
    (prev) => {
      const d = document.querySelector<HTMLElement>('dialog[data-search-dialog]')!;
      const start = d.querySelector<HTMLElement>('[data-search-start]');
      return d.dataset.searchReady && d.dataset.searchReady !== prev && !(start && !start.hidden);
    },
    {},
    before,
  );
  return page.$$eval('[data-search-results] .result-link', (as) => as.map((a) => (a as HTMLAnchorElement).href));
}

describe('the portable edition from disk, in Firefox', () => {
  it('opens every page with no error and no request outside the folder', async () => {
    const w = await watchedFirefoxPage(browser);
    for (const file of edition.pages.filter((p) => p !== 'index.html')) {
      await w.page.goto(at(file), { waitUntil: 'load' });
      expect(w.page.url(), file).toBe(at(file));
    }
    expect(w.errors).toEqual([]);
    // Firefox's WebDriver BiDi reports network requests (http, https, data), not loads of file: URLs: this
    // catches a request to any server; files outside the folder are caught by the Chromium test (portable.test.ts).
    expect(w.requests.filter((r) => !r.startsWith(edition.root) && !r.startsWith('data:'))).toEqual([]);
    await w.page.close();
  }, 180_000);

  it('sends the reader from the root page to their language (zh-CN here)', async () => {
    const w = await watchedFirefoxPage(browser);
    await w.page.goto(at('index.html'));
    await w.page.waitForFunction((target) => location.href === target, {}, at('zh-cn/index.html'));
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('searches both languages, and a result opens its page', async () => {
    const w = await watchedFirefoxPage(browser);
    await w.page.goto(inFixture('fr/index.html'));
    await openSearch(w.page);
    expect((await searchFor(w.page, '对口协作')).length).toBeGreaterThan(0);
    expect((await searchFor(w.page, 'duikou')).length).toBeGreaterThan(0);
    const french = await searchFor(w.page, 'irrigation');
    expect(french.length).toBeGreaterThan(0);
    expect(french.every((h) => h.startsWith(fixture.root) && /index\.html(\?|$)/.test(h))).toBe(true);
    await Promise.all([w.page.waitForNavigation(), w.page.click('[data-search-results] .result-link')]);
    expect(w.page.url()).toMatch(/\/index\.html\?highlight=/);
    await w.page.waitForSelector('[data-pagefind-body] mark');
    expect(w.errors).toEqual([]);
    expect(w.requests.filter((r) => !r.startsWith(fixture.root) && !r.startsWith('data:'))).toEqual([]);
    await w.page.close();
  });

  it('switches language onto the same section of the twin', async () => {
    const w = await watchedFirefoxPage(browser, { width: 1200, height: 700 });
    await w.page.goto(inFixture('fr/cases/meiling-bridges/index.html'));
    await w.page.evaluate(() => document.getElementById('s3')!.scrollIntoView({ block: 'start' }));
    await Promise.all([w.page.waitForNavigation(), w.page.click('.language-switch')]);
    expect(w.page.url()).toBe(inFixture('zh-cn/cases/meiling-bridges/index.html#s3'));
    expect(w.errors).toEqual([]);
    await w.page.close();
  });
});

describe('the served fixture site, in Firefox', () => {
  const offSite = (requests: string[]) => requests.filter((r) => !r.startsWith(new URL(fixtureUrl()).origin) && !r.startsWith('data:'));

  it('loads pages of both languages without errors, and the navigation and language switch work', async () => {
    const w = await watchedFirefoxPage(browser);
    for (const path of [
      'fr/',
      'zh-cn/',
      'fr/cases/changwu-2468/',
      'zh-cn/glossary/',
      'fr/places/',
      'zh-cn/timeline/',
      'fr/parallel/cases/meiling-bridges/',
    ])
      expect((await w.page.goto(url(path)))?.status(), path).toBe(200);
    await w.page.goto(url('fr/'));
    const href = await w.page.$eval('main a[href^="/fr/cases/"], main a[href^="/fr/models/"]', (a) => a.href);
    await Promise.all([w.page.waitForNavigation(), w.page.click(`main a[href="${new URL(href).pathname}"]`)]);
    expect(w.page.url()).toBe(href);
    await Promise.all([w.page.waitForNavigation(), w.page.click('.language-switch')]);
    expect(w.page.url()).toMatch(/\/zh-cn\//);
    expect(await w.page.$eval('html', (h) => h.lang)).toBe('zh-CN');
    expect(w.errors).toEqual([]);
    expect(offSite(w.requests)).toEqual([]);
    await w.page.close();
  });

  it('search returns results in both languages', async () => {
    const w = await watchedFirefoxPage(browser);
    await w.page.goto(url('zh-cn/'));
    await openSearch(w.page);
    expect((await searchFor(w.page, '对口协作')).length).toBeGreaterThan(0);
    expect((await searchFor(w.page, 'entreprises')).length).toBeGreaterThan(0);
    expect(w.errors).toEqual([]);
    expect(offSite(w.requests)).toEqual([]);
    await w.page.close();
  });
});
