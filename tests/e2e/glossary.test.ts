/** The glossary page and the term links of every entry, with their tooltips. On the fixture site (tests/fixtures/site). */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixtureEntries, fixtureTerms, sharedPage, url, watchedPage } from './fixtureSite.ts';
import { findEntry } from '../helpers/siteEntries.ts';
import { FIXTURE_CONTENT } from '../helpers/fixtureSite.ts';
import { termPinyin } from '../../src/content-model/termbase/pinyin.ts';
import { frenchSpacing } from '../../src/i18n/frenchSpacing.ts';
import { otherLocale, type LocaleKey } from '../../src/i18n/locales.ts';

/** A case: its body links glossary terms like every case's. */
const aCase = findEntry('case', undefined, FIXTURE_CONTENT);

const terms = fixtureTerms();
const entries = fixtureEntries();
const locales: LocaleKey[] = ['fr', 'zh-cn'];
const session = sharedPage();

/** Presses Tab until a term link has the focus; returns its href. */
async function tabToTermLink(page: Page, skip = 0): Promise<string> {
  let seen = 0;
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => {
      const a = document.activeElement;
      return a?.classList.contains('term-link') ? a.getAttribute('href') : null;
    });
    if (href && seen++ === skip) return href;
  }
  throw new Error('no term link reached with Tab');
}

/** The tooltip of the focused term link, as the user sees it. */
function focusedTooltip(page: Page) {
  return page.evaluate(() => {
    const link = document.activeElement as HTMLElement;
    const tip = document.getElementById(link.getAttribute('aria-describedby') ?? '');
    if (!tip) return null;
    const box = tip.getBoundingClientRect();
    return {
      visible: getComputedStyle(tip).display !== 'none' && box.width > 0,
      role: tip.getAttribute('role'),
      text: tip.textContent ?? '',
      names: [...tip.querySelectorAll('[lang]')].map((el) => [el.getAttribute('lang'), el.textContent]),
      inViewport: box.left >= 0 && box.top >= 0 && box.right <= document.documentElement.clientWidth && box.bottom <= innerHeight,
      termId: link.getAttribute('href')!.split('#')[1],
    };
  });
}

describe.each(locales)('glossary in %s', (locale) => {
  const other = otherLocale(locale);

  it('lists every termbase term with both names, pinyin and both definitions, each with its lang', async () => {
    const { page } = session.w;
    expect((await page.goto(url(`${locale}/glossary/`)))?.status()).toBe(200);
    expect(await page.textContent('h1')).toBe(locale === 'fr' ? 'Glossaire' : '术语表');
    const alternates = await page.$$eval('link[rel="alternate"]', (ls) =>
      ls.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
    );
    expect(alternates.filter(([lang]) => lang !== 'x-default').map(([, href]) => new URL(href!).pathname)).toEqual([
      expect.stringMatching(/\/fr\/glossary\/$/),
      expect.stringMatching(/\/zh-cn\/glossary\/$/),
    ]);
    const shown = await page.$$eval('.glossary-term', (els) =>
      els.map((el) => ({
        id: el.id,
        zh: el.querySelector('dt [lang="zh-CN"]')?.textContent,
        pinyin: el.querySelector('dt [lang="zh-Latn-pinyin"]')?.textContent,
        frName: (el.querySelector('dt [lang="fr"]') ?? el.closest('[lang="fr"]'))?.textContent,
        definitions: [...el.querySelectorAll('dd p[lang]')].map((p) => [p.getAttribute('lang'), p.textContent]),
      })),
    );
    expect(shown.map((s) => s.id).sort()).toEqual([...terms.keys()].sort());
    for (const s of shown) {
      const term = terms.get(s.id)!;
      expect(s.zh, s.id).toBe(term.zh.name);
      expect(s.pinyin, s.id).toBe(termPinyin(term));
      expect(s.definitions.sort(), s.id).toEqual([
        ['fr', frenchSpacing(term.fr.definition)],
        ['zh-CN', term.zh.definition],
      ]);
    }
    if (locale === 'zh-cn') for (const s of shown) expect(s.frName, s.id).toBe(frenchSpacing(terms.get(s.id)!.fr.name));
    // The language switch leads to the other glossary.
    await Promise.all([page.waitForURL(url(`${other.key}/glossary/`)), page.click('a.language-switch')]);
  });

  it('is reachable from the header of every page, and marked there as the current page', async () => {
    await session.w.page.goto(url(`${locale}/`));
    await Promise.all([
      session.w.page.waitForURL(url(`${locale}/glossary/`)),
      session.w.page.click(`.site-header nav.sections a[href$="/${locale}/glossary/"]`),
    ]);
    expect(await session.w.page.getAttribute(`.site-header nav.sections a[href$="/${locale}/glossary/"]`, 'aria-current')).toBe('page');
  });

  it('every term link on every entry page goes to an anchor of this language’s glossary and has its tooltip', async () => {
    const { page } = session.w;
    await page.goto(url(`${locale}/glossary/`));
    const anchors = new Set(await page.$$eval('.glossary-term', (els) => els.map((el) => el.id)));
    let total = 0;
    for (const entry of entries.filter((e) => e.locale === locale)) {
      await page.goto(url(`${locale}/${entry.slug}/`));
      const links = await page.$$eval('a.term-link', (as) =>
        as.map((a) => ({
          path: new URL((a as HTMLAnchorElement).href).pathname,
          hash: new URL((a as HTMLAnchorElement).href).hash.slice(1),
          tip: document.getElementById(a.getAttribute('aria-describedby') ?? '')?.getAttribute('role'),
        })),
      );
      expect(links.length, entry.id).toBeGreaterThan(0);
      for (const link of links) {
        expect(link.path, entry.id).toBe(new URL(url(`${locale}/glossary/`)).pathname);
        expect(anchors.has(link.hash), `${entry.id} → #${link.hash}`).toBe(true);
        expect(link.tip, `${entry.id} → #${link.hash}`).toBe('tooltip');
      }
      // First occurrence only: no term is linked twice on a page.
      expect(new Set(links.map((l) => l.hash)).size, entry.id).toBe(links.length);
      total += links.length;
    }
    expect(total).toBeGreaterThan(20);
  });

  it('Tab to a term link shows its tooltip with the definition and the other language’s name; Esc hides it, focus stays', async () => {
    const { page } = session.w;
    await page.goto(url(`${locale}/${aCase.slug}/`));
    const href = await tabToTermLink(page);
    const before = await focusedTooltip(page);
    expect(before).not.toBeNull();
    const term = terms.get(before!.termId!)!;
    expect(before).toMatchObject({ visible: true, role: 'tooltip', inViewport: true });
    if (locale === 'fr') {
      expect(before!.text).toContain(frenchSpacing(term.fr.definition));
      expect(before!.names).toEqual([
        ['zh-CN', term.zh.name],
        ['zh-Latn-pinyin', termPinyin(term)],
      ]);
    } else {
      expect(before!.text).toContain(term.zh.definition);
      expect(before!.names).toEqual([['fr', frenchSpacing(term.fr.name)]]);
    }
    // Screen readers get the same text as the description of the link.
    const description = await page.evaluate(() => {
      const id = document.activeElement!.getAttribute('aria-describedby')!;
      return document.getElementById(id)!.textContent;
    });
    expect(description).toBe(before!.text);

    await page.keyboard.press('Escape');
    const after = await focusedTooltip(page);
    expect(after!.visible).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
    // Leaving and coming back shows it again.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect((await focusedTooltip(page))!.visible).toBe(true);
  });

  it('every tooltip stays inside a narrow viewport', async () => {
    const { page, context } = await watchedPage(session.browser, { viewport: { width: 360, height: 640 } });
    await page.goto(url(`${locale}/overview/definition/`));
    const count = await page.locator('a.term-link').count();
    for (let i = 0; i < count; i++) {
      await tabToTermLink(page, 0);
      const tip = await focusedTooltip(page);
      expect(tip, `link ${i}`).toMatchObject({ visible: true, inViewport: true });
    }
    await context.close();
  });

  it('shows the tooltip on hover, keeps it while the pointer moves onto it, and does not print it', async () => {
    const { page } = session.w;
    await page.goto(url(`${locale}/${aCase.slug}/`));
    const link = page.locator('a.term-link').first();
    const tipId = await link.getAttribute('aria-describedby');
    const tip = page.locator(`#${tipId}`);
    expect(await tip.isVisible()).toBe(false);
    await link.hover();
    expect(await tip.isVisible()).toBe(true);
    const box = (await tip.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    expect(await tip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    await page.mouse.move(0, 0);
    await link.focus();
    await page.emulateMedia({ media: 'print' });
    expect(await tip.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });
});
