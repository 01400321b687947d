/**
 * What the reader sees, at phone (390 × 844) and desktop (1280 × 800) sizes,
 * in both languages: rendered text (innerText), visibility and positions in
 * the viewport, not the DOM. On the fixture site (tests/fixtures/site).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import type { Watched } from './site.ts';
import { fixtureDir, fixtureEntries, fixtureTerms, url, watchedPage } from './fixtureSite.ts';
import { builtHtmlFiles } from './builtPages.ts';
import { termPinyin } from '../../src/content-model/termbase/pinyin.ts';

const entries = fixtureEntries();
const terms = fixtureTerms();
const locales = ['fr', 'zh-cn'] as const;
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };
const sizes = [
  ['phone', phone],
  ['desktop', desktop],
] as const;

let browser: Browser;
const pages: Record<'phone' | 'desktop', Watched> = {} as never;
beforeAll(async () => {
  browser = await launchChromium();
  for (const [name, viewport] of sizes) pages[name] = await watchedPage(browser, { viewport, serviceWorkers: 'block' });
});
afterAll(async () => {
  for (const w of Object.values(pages)) {
    expect(w.offOrigin, 'requests that left the site').toEqual([]);
    expect(
      w.errors.filter((e) => !/Service Worker registration blocked/.test(e)),
      'errors in the browser',
    ).toEqual([]);
  }
  await browser.close();
});

const entryPath = (e: { locale: string; slug: string }) => `${e.locale}/${e.slug}/`;
const pathOf = (href: string) => new URL(href).pathname.replace(/^\//, '');

/** Bottom of the sticky header, in viewport pixels. */
const headerBottom = (page: Page) => page.$eval('.site-header', (h) => h.getBoundingClientRect().bottom);

describe('glossary tooltips on the parallel view (defect 1)', () => {
  it.each(sizes.flatMap(([size]) => locales.map((l) => [size, l] as const)))(
    '%s %s: paragraphs read as text, the tooltip shows only on hover',
    async (size, locale) => {
      const { page } = pages[size];
      await page.goto(url(`${locale}/parallel/cases/changwu-2468/`));
      const texts = await page.$$eval('.parallel .side p', (ps) => ps.map((p) => (p as HTMLElement).innerText));
      const changwu = texts.find((t) => t.includes('district de Changwu'))!;
      expect(changwu).toBeDefined();
      // The tooltip of "district de Changwu" holds the pinyin and a definition: neither is part of the sentence.
      expect(changwu).not.toContain(termPinyin(terms.get('changwu')!));
      expect(changwu).not.toContain(terms.get('changwu')!.fr.definition.slice(0, 20));
      const shaanxi = texts.find((t) => t.includes('陕西省'))!;
      expect(shaanxi).toBeDefined();
      expect(shaanxi).not.toMatch(/陕西省\s*Shaanxi/);
      const tips = await page.$$eval('.parallel .term-tip', (els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);
      expect(tips).toBe(0);
      // Hover (or focus, on a phone) shows it.
      const term = page.locator('.parallel .term-link', { hasText: 'district de Changwu' }).first();
      if (size === 'desktop') await term.hover();
      else await term.focus();
      const tip = await term.getAttribute('aria-describedby');
      expect(await page.isVisible(`[id="${tip}"]`)).toBe(true);
    },
  );
});

describe('navigation between entries (defect 2)', () => {
  it.each(locales.map((l) => [l]))('desktop %s: every entry is one click away from every entry, in the sidebar', async (locale) => {
    const { page } = pages.desktop;
    const own = entries.filter((e) => e.locale === locale);
    for (const entry of own) {
      await page.goto(url(entryPath(entry)));
      const links = await page.$$eval('.nav-sidebar a', (as) =>
        as.map((a) => {
          const box = a.getBoundingClientRect();
          return {
            href: (a as HTMLAnchorElement).href,
            text: (a as HTMLElement).innerText,
            current: a.getAttribute('aria-current'),
            shown: box.width > 0 && box.height > 0,
          };
        }),
      );
      expect(
        links.every((l) => l.shown),
        `${entry.id}: every sidebar link is displayed`,
      ).toBe(true);
      expect(links.map((l) => pathOf(l.href)).sort(), entry.id).toEqual(own.map(entryPath).sort());
      expect(links.filter((l) => l.current === 'page').map((l) => pathOf(l.href))).toEqual([entryPath(entry)]);
      // Titles in the page's language.
      if (locale === 'zh-cn') expect(links.every((l) => /\p{Script=Han}/u.test(l.text))).toBe(true);
      // Group names come from the kinds, in the page's language.
      const groups = await page.$$eval('.nav-sidebar .group-label', (ps) => ps.map((p) => (p as HTMLElement).innerText.trim()));
      expect(groups.length).toBe(new Set(own.map((e) => e.data.kind)).size);
    }
    // A click in the sidebar leads there.
    const target = own.at(-1)!;
    await page.goto(url(entryPath(own[0]!)));
    await Promise.all([page.waitForURL(url(entryPath(target))), page.click(`.nav-sidebar a[href$="/${target.slug}/"]`)]);
  });

  it.each(locales.map((l) => [l]))('phone %s: the menu opens from the header, lists every entry, Esc closes it', async (locale) => {
    const { page } = pages.phone;
    const own = entries.filter((e) => e.locale === locale);
    const entry = own.find((e) => e.data.kind === 'case')!;
    await page.goto(url(entryPath(entry)));
    expect(await page.isVisible('.nav-sidebar')).toBe(false);
    const summary = page.locator('.site-menu summary');
    expect(await summary.isVisible()).toBe(true);
    expect(await page.isVisible('.menu-panel')).toBe(false);
    // Keyboard: focus the button, Enter opens.
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.isVisible('.menu-panel')).toBe(true);
    const links = await page.$$eval('.menu-panel a', (as) =>
      as
        .filter((a) => a.getBoundingClientRect().height > 0)
        .map((a) => ({ href: (a as HTMLAnchorElement).href, current: a.getAttribute('aria-current') })),
    );
    const hrefs = links.map((l) => pathOf(l.href));
    for (const e of own) expect(hrefs).toContain(entryPath(e));
    for (const page of ['glossary', 'places', 'timeline']) expect(hrefs).toContain(`${locale}/${page}/`);
    expect(links.filter((l) => l.current === 'page').map((l) => pathOf(l.href))).toEqual([entryPath(entry)]);
    // The first link is on screen, below the header.
    const first = await page.locator('.menu-panel a').first().boundingBox();
    expect(first!.y).toBeGreaterThanOrEqual(await headerBottom(page));
    expect(first!.y + first!.height).toBeLessThanOrEqual(phone.height);
    // Esc closes it and gives the focus back to the button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await page.isVisible('.menu-panel')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    // One tap on an entry of the menu.
    const target = own.find((e) => e.data.kind === 'model')!;
    await summary.click();
    await Promise.all([page.waitForURL(url(entryPath(target))), page.click(`.menu-panel a[href$="/${target.slug}/"]`)]);
  });
});

describe('anchors land below the header (defect 3)', () => {
  const blocks = locales.flatMap((l) => [
    [l, `${l}/cases/changwu-2468/`, 's2-1'],
    [l, `${l}/models/village-pairing/`, 's3'],
    [l, `${l}/glossary/`, 'changwu'],
  ]);
  it('the phone header is one compact row', async () => {
    for (const locale of locales) {
      await pages.phone.page.goto(url(`${locale}/cases/changwu-2468/`));
      expect(await headerBottom(pages.phone.page)).toBeLessThanOrEqual(64);
    }
  });
  it.each(sizes.flatMap(([size]) => blocks.map(([l, path, id]) => [size, l, path, id] as const)))(
    '%s %s: %s#%s starts below the header',
    async (size, _locale, path, id) => {
      const { page } = pages[size];
      expect(builtHtmlFiles(fixtureDir()).some((f) => f === `${path}index.html`)).toBe(true);
      await page.goto(url(`${path}#${id}`));
      await page.evaluate(() => document.fonts.ready.then(() => new Promise(requestAnimationFrame)));
      const top = await page.$eval(`[id="${id}"]`, (el) => el.getBoundingClientRect().top);
      const bottom = await headerBottom(page);
      expect(top).toBeGreaterThanOrEqual(bottom);
      expect(top).toBeLessThan(bottom + 40);
    },
  );
  it.each(locales.map((l) => [l]))('phone %s: a table of contents link lands below the header', async (locale) => {
    const { page } = pages.phone;
    await page.goto(url(`${locale}/cases/changwu-2468/`));
    await page.click('.toc-details summary');
    const link = page.locator('.toc-details a').nth(1);
    const id = (await link.getAttribute('href'))!.slice(1);
    await link.click();
    await page.waitForFunction((h) => location.hash === `#${h}`, id);
    const top = await page.$eval(`[id="${id}"]`, (el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(await headerBottom(page));
  });
});

describe('phone reading order (defect 4)', () => {
  it.each(locales.map((l) => [l]))('%s: the title comes first, the contents collapsed below it', async (locale) => {
    const { page } = pages.phone;
    await page.goto(url(`${locale}/cases/changwu-2468/`));
    const h1 = (await page.locator('h1').boundingBox())!;
    expect(h1.y + h1.height).toBeLessThan(phone.height / 2);
    const toc = page.locator('.toc-details summary');
    expect(await toc.isVisible()).toBe(true);
    expect((await toc.boundingBox())!.y).toBeGreaterThan(h1.y + h1.height);
    // Collapsed: its links are not shown until asked for; the sidebar version is not shown on phones.
    expect(await page.locator('.toc-details a').first().isVisible()).toBe(false);
    expect(await page.locator('.sidebar .toc').isVisible()).toBe(false);
    await toc.click();
    expect(await page.locator('.toc-details a').first().isVisible()).toBe(true);
  });
});

describe('typography (defect 8)', () => {
  /** Height of each line box of the paragraphs holding a Chinese name inside French text. */
  const lineHeights = (page: Page) =>
    page.$$eval('main p:lang(fr)', (ps) =>
      ps
        .filter((p) => p.querySelector(':scope > span[lang="zh-CN"]') && (p as HTMLElement).offsetParent !== null)
        .map((p) => {
          const range = document.createRange();
          range.selectNodeContents(p);
          const rects = [...range.getClientRects()].filter((r) => r.height > 0 && r.width > 0);
          // Lines: rects grouped by the vertical band they share.
          const lines: { top: number; bottom: number }[] = [];
          for (const r of rects) {
            const mid = r.top + r.height / 2;
            const line = lines.find((l) => mid > l.top && mid < l.bottom);
            if (!line) lines.push({ top: r.top, bottom: r.bottom });
          }
          const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
          return {
            text: (p as HTMLElement).innerText.slice(0, 60),
            lines: lines.length,
            height: p.getBoundingClientRect().height,
            lineHeight,
          };
        }),
    );

  it.each(sizes.map(([s]) => [s]))('%s: lines with Han characters in French text are as high as the others', async (size) => {
    const { page } = pages[size];
    for (const path of ['fr/cases/changwu-2468/', 'fr/cases/seed-institute/', 'fr/overview/definition/']) {
      await page.goto(url(path));
      const paragraphs = await lineHeights(page);
      expect(paragraphs.length, path).toBeGreaterThan(0);
      for (const p of paragraphs) expect(Math.abs(p.height - p.lines * p.lineHeight), `${path}: ${p.text}`).toBeLessThan(1);
    }
  });

  it('phone: a short Chinese name inside French text never breaks', async () => {
    const { page } = pages.phone;
    for (const e of entries.filter((x) => x.locale === 'fr')) {
      await page.goto(url(entryPath(e)));
      const broken = await page.$$eval('main :is(p, li, dd) span[lang="zh-CN"]', (spans) =>
        spans
          .filter(
            (s) => (s as HTMLElement).offsetParent !== null && [...(s.textContent ?? '')].length <= 8 && s.getClientRects().length > 1,
          )
          .map((s) => s.textContent),
      );
      expect(broken, e.id).toEqual([]);
    }
  });

  it.each(locales.map((l) => [l]))('%s glossary: "mentioned in" lists have no space before their commas', async (locale) => {
    const { page } = pages.desktop;
    await page.goto(url(`${locale}/glossary/`));
    const lists = await page.$$eval('.mentions', (ps) => ps.map((p) => (p as HTMLElement).innerText));
    expect(lists.length).toBeGreaterThan(0);
    expect(lists.filter((t) => /\s[,、]/.test(t))).toEqual([]);
    expect(lists.some((t) => (locale === 'fr' ? /\S, \S/ : /\S、\S|\S和\S/).test(t))).toBe(true);
  });
});

describe('places map on a phone (defect 9)', () => {
  it.each(locales.map((l) => [l]))('%s: labels at least 12 px, links at least 24 × 24 px, list kept', async (locale) => {
    const { page } = pages.phone;
    await page.goto(url(`${locale}/places/`));
    const map = await page.$eval('svg.china-map', (svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return {
        fonts: [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale),
        targets: [...svg.querySelectorAll('a')].map((a) => {
          const r = a.getBoundingClientRect();
          return { w: r.width, h: r.height };
        }),
      };
    });
    expect(map.targets.length).toBeGreaterThan(0);
    expect(Math.min(...map.fonts)).toBeGreaterThanOrEqual(12);
    for (const t of map.targets) {
      expect(t.w).toBeGreaterThanOrEqual(24);
      expect(t.h).toBeGreaterThanOrEqual(24);
    }
    // The map opens on the named provinces: a link is on screen without scrolling sideways.
    const box = (await page.locator('svg.china-map a').first().boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(phone.width);
    expect(await page.locator('li[data-place] a').first().isVisible()).toBe(true);
  });
});

describe('consistency (defect 10)', () => {
  const visibleCitations = (page: Page) =>
    page.$$eval('p.source', (ps) => ps.filter((p) => (p as HTMLElement).offsetParent !== null).map((p) => (p as HTMLElement).innerText));

  it.each(locales.map((l) => [l]))('%s: the source is cited once per page', async (locale) => {
    const { page } = pages.desktop;
    for (const path of ['', 'cases/changwu-2468/', 'models/village-pairing/', 'parallel/cases/changwu-2468/', 'glossary/']) {
      await page.goto(url(`${locale}/${path}`));
      expect(await visibleCitations(page), `${locale}/${path}`).toHaveLength(1);
    }
  });

  it('Chinese pages: numbers without a thousands separator, dates spaced as in the texts', async () => {
    const { page } = pages.desktop;
    await page.goto(url('zh-cn/cases/changwu-2468/'));
    const facts = await page.$eval('.facts', (el) => (el as HTMLElement).innerText);
    expect(facts).toContain('3000');
    expect(facts).not.toContain('3,000');
    const citation = (await visibleCitations(page))[0]!;
    expect(citation).toContain('2020 年 3 月 15 日');
    await page.goto(url('zh-cn/timeline/'));
    const dates = await page.$$eval('time', (ts) => ts.map((t) => (t as HTMLElement).innerText));
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d).toMatch(/^\d{4} 年( \d{1,2} 月 \d{1,2} 日)?$/);
  });

  it.each(locales.map((l) => [l]))('%s home: the cards show only what is known', async (locale) => {
    const { page } = pages.desktop;
    await page.goto(url(`${locale}/`));
    const cards = await page.$$eval('.card', (cs) => cs.map((c) => (c as HTMLElement).innerText));
    expect(cards.length).toBe(entries.filter((e) => e.locale === locale && e.data.kind === 'case').length);
    for (const card of cards) expect(card).not.toMatch(/non précisé|未说明/);
  });
});

describe('no page wider than a phone', () => {
  it.each(locales.map((l) => [l]))('%s: every entry fits 390 px; a wide table scrolls inside its own box', async (locale) => {
    const { page } = pages.phone;
    const wide: string[] = [];
    for (const entry of entries.filter((e) => e.locale === locale)) {
      await page.goto(url(entryPath(entry)));
      if (await page.evaluate(() => document.documentElement.scrollWidth > innerWidth)) wide.push(entry.slug);
    }
    expect(wide).toEqual([]);
    await page.goto(url(`${locale}/reference/models-compared/`));
    const box = page.locator('.table-scroll');
    expect(await box.evaluate((b) => b.scrollWidth > b.clientWidth)).toBe(true);
    // Reachable by keyboard, so it can be scrolled without a pointer.
    expect(await box.getAttribute('tabindex')).toBe('0');
  });
});
