/**
 * Every entry page in both languages, reached as a reader reaches it: the
 * French page opened, its switch followed to the Chinese twin and back. Each
 * page is checked where it is loaded, so each is loaded about once.
 */
import { describe, expect, it } from 'vitest';
import type { Page, Response } from 'playwright-core';
import { sharedPage, url, watchedPage } from './site.ts';
import { siteEntries, type SiteEntry } from '../helpers/siteEntries.ts';
import { frenchSpacing } from '../../src/i18n/frenchSpacing.ts';
import { getLocale, otherLocale, type LocaleKey } from '../../src/i18n/locales.ts';
import { siteSource } from '../../src/page-data/source.ts';

const entries = siteEntries();
const french = entries.filter((e) => e.locale === 'fr');
const twinOf = (entry: SiteEntry) => entries.find((e) => e.locale !== entry.locale && e.slug === entry.slug)!;
const session = sharedPage();

/** What every entry page shows, and what its kind adds, checked on the page as loaded. */
async function checkEntry(page: Page, response: Response | null, entry: SiteEntry): Promise<void> {
  expect(response?.status(), entry.id).toBe(200);
  expect(page.url()).toBe(url(`${entry.locale}/${entry.slug}/`));
  expect(await page.getAttribute('html', 'lang')).toBe(getLocale(entry.locale).lang);
  const title = entry.locale === 'fr' ? frenchSpacing(entry.data.title) : entry.data.title;
  expect((await page.textContent('h1'))?.trim(), entry.id).toBe(title);
  // Breadcrumb, table of contents and source are there.
  expect(await page.locator('nav.breadcrumb a').count(), entry.id).toBe(2);
  expect(await page.locator('nav.toc a').count(), entry.id).toBeGreaterThanOrEqual(3);
  expect(await page.textContent('.entry-source'), entry.id).toContain(entry.data.source.site);
  // hreflang alternates for both languages and x-default.
  const alternates = await page.$$eval('link[rel="alternate"]', (ls) => ls.map((l) => l.getAttribute('hreflang')));
  expect(alternates.sort(), entry.id).toEqual(['fr', 'x-default', 'zh-CN']);
  // Every mixed-language run carries a lang attribute: no Han character in a French element without one.
  if (entry.locale === 'fr') {
    // Script contents (the JSON-LD data block) are not text a reader sees.
    const untagged = await page.$$eval('main *:not(script, style)', (els) =>
      els
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && /\p{Script=Han}/u.test(n.textContent ?? '')))
        .filter((el) => !el.closest('[lang="zh-CN"]'))
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(untagged, entry.id).toEqual([]);
  }
  // A case states its model and who / where / when in a facts box.
  if (entry.data.kind === 'case') {
    const facts = page.locator('aside.facts');
    expect(await facts.locator('dt').count(), entry.id).toBeGreaterThanOrEqual(4);
    const modelHref = await facts.locator('dd a').last().getAttribute('href');
    expect(modelHref, entry.id).toMatch(new RegExp(`/${entry.locale}/models/${entry.data.model}/$`));
  }
  // A model links its cases.
  if (entry.data.kind === 'model') {
    const cases = entries.filter((c) => c.locale === entry.locale && c.data.kind === 'case' && c.data.model === entry.slug.split('/')[1]);
    expect(cases.length, entry.id).toBeGreaterThan(0);
    const hrefs = await page.$$eval('.model-cases a', (as) => as.map((a) => a.getAttribute('href')));
    for (const c of cases)
      expect(
        hrefs.some((h) => h?.endsWith(`/${c.locale}/${c.slug}/`)),
        `${entry.id} → ${c.id}`,
      ).toBe(true);
  }
}

/** Follows the page's language switch; returns the response of the page it leads to. */
async function followSwitch(page: Page, to: SiteEntry): Promise<Response | null> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url() === url(`${to.locale}/${to.slug}/`) && r.request().isNavigationRequest()),
    page.waitForURL(url(`${to.locale}/${to.slug}/`)),
    page.click('a.language-switch'),
  ]);
  return response;
}

describe('every entry page, in both languages', () => {
  it('has a twin for every French entry, and no Chinese entry without one', () => {
    expect(french.length).toBeGreaterThan(0);
    expect(entries.length).toBe(2 * french.length);
    for (const entry of french) expect(twinOf(entry), entry.id).toBeDefined();
  });

  it.each(french.map((e) => [e.slug, e] as const))(
    '%s renders in both languages with its lang, title, source and facts, and switches to its twin and back',
    async (_slug, entry) => {
      const { page } = session.w;
      const twin = twinOf(entry);
      await checkEntry(page, await page.goto(url(`${entry.locale}/${entry.slug}/`)), entry);
      await checkEntry(page, await followSwitch(page, twin), twin);
      await followSwitch(page, entry);
      expect(await page.getAttribute('html', 'lang')).toBe(otherLocale(twin.locale as LocaleKey).lang);
    },
  );
});

describe('home pages', () => {
  /** Entries of a kind the home page lists inline: up to 12 (tests/build/listings.test.ts covers the cut). */
  const listed = (kind: string) => Math.min(12, french.filter((e) => e.data.kind === kind).length);
  it.each([
    ['fr', 'fr'],
    ['zh-cn', 'zh-CN'],
  ] as const)('/%s/ shows the intro, every model and a card for every case', async (key, lang) => {
    await session.w.page.goto(url(`${key}/`));
    expect(await session.w.page.getAttribute('html', 'lang')).toBe(lang);
    expect(await session.w.page.locator('#model ol > li').count()).toBe(listed('model'));
    expect(await session.w.page.locator('#case article.card').count()).toBe(listed('case'));
    // Each card shows at least its institution and model; a field the source does not state is left out.
    expect(await session.w.page.locator('#case article.card dt').count()).toBeGreaterThanOrEqual(2 * listed('case'));
    // The source, cited once: in the footer.
    expect(await session.w.page.textContent('.site-footer')).toContain(siteSource.site);
  });
});

describe('not found', () => {
  it('answers in the language of the path', async () => {
    // Its own context: the browser rightly logs the 404 status as an error.
    const { page, context } = await watchedPage(session.browser);
    const fr = await page.goto(url('fr/nulle-part/'));
    expect(fr?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.textContent('h1')).toBe('Page introuvable');
    await page.goto(url('zh-cn/nowhere/'));
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.textContent('h1')).toBe('页面不存在');
    await context.close();
  });
});
