import { describe, expect, it } from 'vitest';
import { sharedPage, url, watchedPage } from './site.ts';
import { siteEntries } from '../helpers/siteEntries.ts';
import { frenchSpacing } from '../../src/i18n/frenchSpacing.ts';
import { siteSource } from '../../src/page-data/source.ts';
import { LISTED_INLINE } from '../../src/page-data/listing.ts';
import { getLocale, otherLocale, type LocaleKey } from '../../src/i18n/locales.ts';

const entries = siteEntries();
const session = sharedPage();

describe('every entry page, in both languages', () => {
  it.each(entries.map((e) => [e.id, e] as const))('%s renders with its lang, title, source and twin switch', async (_id, entry) => {
    const { page } = session.w;
    const response = await page.goto(url(`${entry.locale}/${entry.slug}/`));
    expect(response?.status()).toBe(200);
    const lang = getLocale(entry.locale).lang;
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    const title = entry.locale === 'fr' ? frenchSpacing(entry.data.title) : entry.data.title;
    expect((await page.textContent('h1'))?.trim()).toBe(title);
    // Breadcrumb, table of contents and source are there.
    expect(await page.locator('nav.breadcrumb a').count()).toBe(2);
    expect(await page.locator('nav.toc a').count()).toBeGreaterThanOrEqual(3);
    expect(await page.textContent('.entry-source')).toContain(entry.data.source.site);
    // hreflang alternates for both languages and x-default.
    const alternates = await page.$$eval('link[rel="alternate"]', (ls) => ls.map((l) => l.getAttribute('hreflang')));
    expect(alternates.sort()).toEqual(['fr', 'x-default', 'zh-CN']);
    // Every mixed-language run carries a lang attribute: no Han character in a French element without one.
    if (entry.locale === 'fr') {
      // Script contents (the JSON-LD data block) are not text a reader sees.
      const untagged = await page.$$eval('main *:not(script, style)', (els) =>
        els
          .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && /\p{Script=Han}/u.test(n.textContent ?? '')))
          .filter((el) => !el.closest('[lang="zh-CN"]'))
          .map((el) => el.outerHTML.slice(0, 80)),
      );
      expect(untagged).toEqual([]);
    }
    // The switch goes to the twin.
    const other = otherLocale(entry.locale as LocaleKey);
    await Promise.all([page.waitForURL(url(`${other.key}/${entry.slug}/`)), page.click('a.language-switch')]);
    expect(await page.getAttribute('html', 'lang')).toBe(other.lang);
  });

  it('each case page states its model and who / where / when in a facts box', async () => {
    for (const entry of entries.filter((e) => e.data.kind === 'case')) {
      await session.w.page.goto(url(`${entry.locale}/${entry.slug}/`));
      const facts = session.w.page.locator('aside.facts');
      expect(await facts.locator('dt').count(), entry.id).toBeGreaterThanOrEqual(4);
      const modelHref = await facts.locator('dd a').last().getAttribute('href');
      expect(modelHref).toMatch(new RegExp(`/${entry.locale}/models/${entry.data.model}/$`));
    }
  });

  it('each model page links its case', async () => {
    for (const entry of entries.filter((e) => e.data.kind === 'model')) {
      await session.w.page.goto(url(`${entry.locale}/${entry.slug}/`));
      const caseEntry = entries.find((c) => c.locale === entry.locale && c.data.model === entry.slug.split('/')[1])!;
      const hrefs = await session.w.page.$$eval('.model-cases a', (as) => as.map((a) => a.getAttribute('href')));
      expect(
        hrefs.some((h) => h?.endsWith(`/${caseEntry.locale}/${caseEntry.slug}/`)),
        entry.id,
      ).toBe(true);
    }
  });
});

describe('home pages', () => {
  it.each([
    ['fr', 'fr'],
    ['zh-cn', 'zh-CN'],
  ] as const)('/%s/ shows the intro, every model and a card for every case', async (key, lang) => {
    // As many as the home page lists (the rest are a search away).
    const own = (kind: string) => Math.min(LISTED_INLINE, entries.filter((e) => e.locale === key && e.data.kind === kind).length);
    await session.w.page.goto(url(`${key}/`));
    expect(await session.w.page.getAttribute('html', 'lang')).toBe(lang);
    expect(await session.w.page.locator('#model ol > li').count()).toBe(own('model'));
    expect(await session.w.page.locator('#case article.card').count()).toBe(own('case'));
    // Each card shows at least its institution and model; a field the source does not state is left out.
    expect(await session.w.page.locator('#case article.card dt').count()).toBeGreaterThanOrEqual(2 * own('case'));
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
