/**
 * Small things a reader notices, checked as the reader sees them (rendered
 * text, sizes and positions, Tab order), in both languages, at phone and
 * desktop sizes: case cards and facts boxes say what their values are,
 * section pages exist where the breadcrumb points, the glossary can be
 * jumped through, the search button is as large as its neighbours, and Tab
 * reaches search results and « On this page » without crossing everything else.
 * On the fixture site (tests/fixtures/site).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { openSearch, search, type Watched } from './site.ts';
import { fixtureEntries, url, watchedPage } from './fixtureSite.ts';
import fr from '../../src/i18n/fr.json';
import zhCN from '../../src/i18n/zh-CN.json';

const entries = fixtureEntries();
/** Rendered French text carries narrow no-break spaces where the entries have plain ones. */
const norm = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');
const locales = ['fr', 'zh-cn'] as const;
const sizes = [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 800 }],
] as const;
const both = sizes.flatMap(([size]) => locales.map((l) => [size, l] as const));
/** The interface's own words, from the i18n resources. */
const strings = { fr: fr as Record<string, string>, 'zh-cn': zhCN as Record<string, string> };
const words = Object.fromEntries(
  locales.map((l) => {
    const s = strings[l];
    const other = l === 'fr' ? 'zh-cn' : 'fr';
    return [
      l,
      {
        year: s['card.year']!,
        date: s['card.date']!,
        actor: s['card.actor']!,
        who: s['facts.who']!,
        notStated: s['facts.notStated']!,
        langs: [s[`search.langName.${l}`]!, s[`search.langName.${other}`]!],
      },
    ];
  }),
) as Record<(typeof locales)[number], { year: string; date: string; actor: string; who: string; notStated: string; langs: string[] }>;

let browser: Browser;
const pages: Record<'phone' | 'desktop', Watched> = {} as never;
beforeAll(async () => {
  browser = await launchChromium();
  for (const [name, viewport] of sizes) pages[name] = await watchedPage(browser, { viewport, serviceWorkers: 'block' });
});
afterAll(async () => {
  for (const w of Object.values(pages)) expect(w.errors.filter((e) => !/Service Worker registration blocked/.test(e))).toEqual([]);
  await browser.close();
});

/** The rows of each card on the page: title → { label: value }. */
const cardRows = (page: Page) =>
  page.$$eval('.card', (cards) =>
    cards.map((card) => ({
      title: (card.querySelector('.card-title') as HTMLElement).innerText.replace(/[\u202f\u00a0]/g, ' '),
      rows: Object.fromEntries(
        [...card.querySelectorAll('dl > div')].map((row) => [
          (row.querySelector('dt') as HTMLElement).innerText,
          (row.querySelector('dd') as HTMLElement).innerText,
        ]),
      ),
    })),
  );

describe('case cards', () => {
  it.each(both)('%s %s: a full date is labelled as a date, a year as a year; the actor is labelled as such', async (size, locale) => {
    const { page } = pages[size];
    const w = words[locale];
    for (const path of [`${locale}/`, `${locale}/cases/`]) {
      await page.goto(url(path));
      const cards = await cardRows(page);
      const cases = entries.filter((e) => e.locale === locale && e.data.kind === 'case');
      expect(cards.map((c) => c.title).sort()).toEqual(cases.map((c) => c.data.title).sort());
      for (const card of cards) {
        const entry = cases.find((c) => c.data.title === card.title)!;
        const date = entry.data.events[0]?.date;
        if (date === undefined) expect(Object.keys(card.rows)).not.toContain(w.year);
        else expect(Object.keys(card.rows)).toContain(date.length === 4 ? w.year : w.date);
        expect(Object.keys(card.rows)).not.toContain('Institution');
        expect(Object.keys(card.rows)).not.toContain('帮扶单位');
        if (entry.data.actors.length) expect(Object.keys(card.rows)).toContain(w.actor);
      }
    }
  });
});

describe('facts box of a case', () => {
  it.each(both)('%s %s: no row repeats the summary; who is always answered', async (size, locale) => {
    const { page } = pages[size];
    const w = words[locale];
    for (const entry of entries.filter((e) => e.locale === locale && e.data.kind === 'case')) {
      await page.goto(url(`${locale}/${entry.slug}/`));
      const box = norm(await page.locator('.facts').innerText());
      expect(box).not.toContain(norm(entry.data.summary));
      const who = await page.locator('.facts dt', { hasText: w.who }).locator('xpath=following-sibling::dd[1]').innerText();
      expect(who.trim().length).toBeGreaterThan(0);
      if (!entry.data.actors.length) expect(who).toContain(w.notStated);
    }
  });
});

describe('section pages', () => {
  const sections = [...new Set(entries.map((e) => e.slug.split('/')[0]!))];
  it.each(both)('%s %s: every section a breadcrumb names is a page listing its entries', async (size, locale) => {
    const { page } = pages[size];
    for (const section of sections) {
      const response = await page.goto(url(`${locale}/${section}/`));
      expect(response?.status(), `${locale}/${section}/`).toBe(200);
      const inSection = entries.filter((e) => e.locale === locale && e.slug.startsWith(`${section}/`));
      const text = norm(await page.locator('main').innerText());
      for (const e of inSection) expect(text).toContain(norm(e.data.title));
    }
    const entry = entries.find((e) => e.locale === locale && e.data.kind === 'case')!;
    await page.goto(url(`${locale}/${entry.slug}/`));
    const crumb = page.locator('.breadcrumb li:nth-child(2) a');
    const crumbText = await crumb.innerText();
    await crumb.click();
    await page.waitForURL(url(`${locale}/${entry.slug.split('/')[0]}/`));
    expect(await page.locator('h1').innerText()).toBe(crumbText);
  });

  it('are listed in the sitemap', async () => {
    const { page } = pages.desktop;
    const sitemap = await (await page.request.get(url('sitemap-0.xml'))).text();
    for (const locale of locales) for (const section of sections) expect(sitemap).toContain(`/${locale}/${section}/</loc>`);
  });
});

describe('glossary', () => {
  it.each(both)('%s %s: a list of categories at the top jumps to each one', async (size, locale) => {
    const { page } = pages[size];
    await page.goto(url(`${locale}/glossary/`));
    const links = page.locator('nav.jump a');
    const count = await links.count();
    const headings = await page.$$eval('main h2', (hs) => hs.map((h) => (h as HTMLElement).innerText));
    expect(count).toBe(headings.length);
    const first = await links.first().boundingBox();
    expect(first!.y + first!.height).toBeLessThan(844);
    const last = links.nth(count - 1);
    expect(await last.innerText()).toContain(headings.at(-1)!);
    await last.click();
    const target = page.locator('main h2').last();
    await expect.poll(async () => (await target.boundingBox())!.y).toBeLessThan(300);
    expect((await target.boundingBox())!.y).toBeGreaterThan(0);
  });
});

describe('header search button', () => {
  it.each(both)('%s %s: at least 40 × 40 px, as tall as the theme button', async (size, locale) => {
    const { page } = pages[size];
    await page.goto(url(`${locale}/`));
    const button = (await page.locator('[data-search-open]').boundingBox())!;
    const theme = (await page.locator('.theme-toggle').boundingBox())!;
    expect(button.width).toBeGreaterThanOrEqual(40);
    expect(button.height).toBeGreaterThanOrEqual(40);
    expect(Math.abs(button.height - theme.height)).toBeLessThanOrEqual(1);
  });
});

/** How many Tab presses from the focused element until `selector` holds focus (or `limit`). */
async function tabsUntil(page: Page, selector: string, limit = 60): Promise<number> {
  for (let n = 1; n <= limit; n++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return n;
  }
  return Infinity;
}

describe('keyboard', () => {
  it.each(locales)('desktop %s: Tab from the search box reaches the first result before any filter', async (locale) => {
    const { page } = pages.desktop;
    await page.goto(url(`${locale}/`));
    await openSearch(page);
    await search(page, locale === 'fr' ? 'district' : '县');
    await page.focus('#search-input');
    const toResult = await tabsUntil(page, '.search-results a');
    await page.focus('#search-input');
    const toFilter = await tabsUntil(page, '.search-filters input');
    expect(toResult).toBeLessThan(toFilter);
    expect(toResult).toBeLessThanOrEqual(3);
    // Filters still sit on the left of the results.
    const filters = (await page.locator('.search-filters').boundingBox())!;
    const results = (await page.locator('.search-results').boundingBox())!;
    expect(filters.x + filters.width).toBeLessThanOrEqual(results.x);
  });

  it.each(locales)('phone %s: the filters toggle stays above the results', async (locale) => {
    const { page } = pages.phone;
    await page.goto(url(`${locale}/`));
    await openSearch(page);
    await search(page, locale === 'fr' ? 'district' : '县');
    const toggle = (await page.locator('.search-filters-toggle').boundingBox())!;
    const results = (await page.locator('.search-results').boundingBox())!;
    expect(toggle.y + toggle.height).toBeLessThanOrEqual(results.y);
  });

  it.each(locales)('wide desktop %s: « On this page » is within a few Tab stops of the top of the entry', async (locale) => {
    const { page } = pages.desktop;
    await page.setViewportSize({ width: 1440, height: 900 });
    const entry = entries.find((e) => e.locale === locale && e.data.kind === 'case')!;
    await page.goto(url(`${locale}/${entry.slug}/`));
    const main = await page.locator('main').boundingBox();
    const toc = (await page.locator('.sidebar .toc a').first().boundingBox())!;
    expect(toc.x).toBeGreaterThan(main!.x + main!.width / 2);
    // The reader skips the header, as the first Tab stop offers.
    await page.locator('.skip-link').focus();
    await page.keyboard.press('Enter');
    const stops = await tabsUntil(page, '.sidebar .toc a');
    const sideNavLinks = await page.locator('.nav-sidebar a').count();
    expect(stops).toBeLessThanOrEqual(sideNavLinks + 3);
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});

describe('search results', () => {
  it.each(locales)('%s: excerpts do not repeat the title and keep the language’s punctuation', async (locale) => {
    const { page } = pages.desktop;
    await page.goto(url(`${locale}/`));
    await openSearch(page);
    await search(page, locale === 'fr' ? 'hydrauliques' : '长武');
    const results = await page.$$eval('.search-results > li', (lis) =>
      lis.map((li) => ({
        title: (li.querySelector('a') as HTMLElement).innerText,
        excerpt: (li.querySelector('.result-excerpt') as HTMLElement).innerText,
      })),
    );
    expect(results.length).toBeGreaterThan(1);
    for (const r of results) {
      expect(r.excerpt.startsWith(r.title), r.excerpt).toBe(false);
      if (locale === 'zh-cn') {
        expect(r.excerpt, 'ASCII full stop between Chinese blocks').not.toMatch(/\p{Script=Han}\. /u);
        expect(r.excerpt, 'space after full-width punctuation').not.toMatch(/[。，；：！？]\s\p{Script=Han}/u);
      } else {
        expect(r.excerpt, 'French spacing before ; : ! ?').not.toMatch(/\p{L}[;:!?]/u);
      }
    }
  });

  it.each(locales)('%s: the language filter lists the page’s language first, and values are capitalised', async (locale) => {
    const { page } = pages.desktop;
    await page.goto(url(`${locale}/`));
    await openSearch(page);
    await search(page, locale === 'fr' ? 'district' : '县');
    const groups = await page.$$eval('.search-filters fieldset', (fs) =>
      fs.map((f) => [...f.querySelectorAll('label')].map((l) => (l as HTMLElement).innerText.replace(/\s*\d+$/, '').trim())),
    );
    const languageGroup = groups.find((g) => g.some((v) => words[locale].langs.includes(v)))!;
    expect(languageGroup[0]).toBe(words[locale].langs[0]);
    if (locale === 'fr') for (const v of groups.flat()) expect(v[0], v).toBe(v[0]!.toLocaleUpperCase('fr'));
  });
});
