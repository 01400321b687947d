/**
 * The places map and list, and the timeline: every link leads to the right
 * entry of the same language. On the fixture site (tests/fixtures/site).
 */
import { describe, expect, it } from 'vitest';
import { fixtureEntries, fixtureTerms, sharedPage, url } from './fixtureSite.ts';
import { termName } from '../../src/content-model/termbase/termbase.ts';
import { getLocale, localeKeys } from '../../src/i18n/locales.ts';

const entries = fixtureEntries();
const terms = fixtureTerms();
const session = sharedPage();

/** `/base/fr/cases/x/` → the entry `fr/cases/x`, checking the language segment. */
function entryOf(href: string, locale: string) {
  const path = new URL(href, url('/')).pathname.replace(new URL(url('/')).pathname, '').replace(/\/$/, '');
  const entry = entries.find((e) => e.id === path);
  expect(entry, `no entry at ${href}`).toBeDefined();
  expect(entry!.locale).toBe(locale);
  return entry!;
}

describe.each(localeKeys.map((k) => [k]))('places page (%s)', (locale) => {
  const lang = getLocale(locale).lang;

  it('links each place, on the map and in the list, to a case of the same language that names it', async () => {
    const { page } = session.w;
    expect((await page.goto(url(`${locale}/places/`)))?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    await page.screenshot({ path: `/tmp/places-${locale}.png`, fullPage: true });

    const mapLinks = await page.$$eval('svg.china-map a', (as) =>
      as.map((a) => ({
        href: a.getAttribute('href')!,
        place: a.dataset.place!,
        name: a.getAttribute('aria-label') ?? '',
        text: a.textContent.trim(),
      })),
    );
    const listLinks = await page.$$eval('.place-tree a', (as) =>
      as.map((a) => ({ href: a.getAttribute('href')!, place: a.closest('li[data-place]')!.getAttribute('data-place')! })),
    );
    // Every place a case names appears once per case on the map and in the list.
    const expected = entries
      .filter((e) => e.locale === locale && e.data.kind === 'case')
      .flatMap((e) => e.data.places.map((p) => `${p.county ?? p.prefecture ?? p.province} ${e.slug}`))
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const pairs = (links: { href: string; place: string }[]) => links.map((l) => `${l.place} ${entryOf(l.href, locale).slug}`).sort();
    expect(pairs(mapLinks)).toEqual(expected);
    expect(pairs(listLinks)).toEqual(expected);

    // On the French page, every Chinese run carries lang="zh-CN".
    if (locale === 'fr') {
      const untagged = await page.$$eval('main *', (els) =>
        els
          .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && /\p{Script=Han}/u.test(n.textContent ?? '')))
          .filter((el) => !el.closest('[lang="zh-CN"]'))
          .map((el) => el.outerHTML.slice(0, 80)),
      );
      expect(untagged).toEqual([]);
    }
    for (const link of mapLinks) {
      expect(link.text).toBe(termName(terms, link.place, lang));
      expect(link.name, 'accessible name names the place and the case').toContain(link.text);
      expect(link.name).toContain(entryOf(link.href, locale).data.title.slice(0, 8));
    }
    // Each target page exists, is in the same language and shows the place in its facts box.
    const targets = new Map([...mapLinks, ...listLinks].map((l) => [`${l.href} ${l.place}`, l]));
    for (const { href, place } of targets.values()) {
      expect((await page.goto(new URL(href, url('/')).href))?.status(), href).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.textContent('aside.facts'), `${href} names ${place}`).toContain(termName(terms, place, lang));
    }
  });

  it('is keyboard reachable: Tab reaches the map links', async () => {
    const { page } = session.w;
    await page.goto(url(`${locale}/places/`));
    const first = await page.$eval('svg.china-map a', (a) => a.getAttribute('aria-label'));
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((name) => document.activeElement?.getAttribute('aria-label') === name, first);
    }
    expect(reached).toBe(true);
  });
});

describe.each(localeKeys.map((k) => [k]))('timeline page (%s)', (locale) => {
  const lang = getLocale(locale).lang;

  it('lists dated facts in date order, each linking to entries that state that date', async () => {
    const { page } = session.w;
    expect((await page.goto(url(`${locale}/timeline/`)))?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    const items = await page.$$eval('ol.timeline > li', (lis) =>
      lis.map((li) => ({
        kind: li.getAttribute('data-kind'),
        date: li.querySelector('time')!.getAttribute('datetime')!,
        hrefs: [...li.querySelectorAll('a')].map((a) => a.getAttribute('href')!),
      })),
    );
    const dates = items.map((i) => i.date);
    expect(dates).toEqual([...dates].sort());
    // A year, days of events, the source's day.
    expect(dates).toEqual(expect.arrayContaining(['2009', '2016-04-12', '2018-09-03', '2020-03-15']));
    for (const item of items) {
      expect(item.hrefs.length).toBeGreaterThan(0);
      for (const href of item.hrefs) {
        const entry = entryOf(href, locale);
        const dated = item.kind === 'source' ? [entry.data.source.date.toISOString().slice(0, 10)] : entry.data.events.map((e) => e.date);
        expect(dated, `${href} states ${item.date}`).toContain(item.date);
      }
    }
    // The source's update links every entry of this language, once.
    const source = items.find((i) => i.kind === 'source')!;
    expect(source.hrefs).toHaveLength(entries.filter((e) => e.locale === locale).length);
    // The 2009 item leads to the Meiling case; the event two entries name alike is one item linking both.
    expect(items.find((i) => i.date === '2009')!.hrefs.map((h) => entryOf(h, locale).slug)).toEqual(['cases/meiling-bridges']);
    expect(
      items
        .find((i) => i.date === '2016-04-12')!
        .hrefs.map((h) => entryOf(h, locale).slug)
        .sort(),
    ).toEqual(['cases/water-office', 'overview/definition']);
  });
});

describe('navigation', () => {
  it('the header links to the glossary, places and timeline pages of the same language', async () => {
    for (const locale of localeKeys) {
      await session.w.page.goto(url(`${locale}/`));
      const hrefs = await session.w.page.$$eval('nav.sections a', (as) =>
        as.map((a) => new URL(a.getAttribute('href')!, location.href).pathname),
      );
      expect(hrefs.map((h) => h.split('/').slice(-3).join('/'))).toEqual([
        `${locale}/glossary/`,
        `${locale}/places/`,
        `${locale}/timeline/`,
      ]);
    }
  });
});
