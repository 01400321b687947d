/**
 * Aligned reading: the language switch carries the reader to the same section
 * and paragraph of the twin; the parallel view pairs every block of an entry
 * with its counterpart. On the fixture site (tests/fixtures/site).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import type { Watched } from './site.ts';
import { fixtureEntries, url, watchedPage } from './fixtureSite.ts';

let browser: Browser;
let w: Watched;

beforeAll(async () => {
  browser = await launchChromium();
});
afterEach(async () => {
  expect(w.errors, 'errors in the browser').toEqual([]);
  await w.context.close();
});
afterAll(() => browser.close());

/** A reader's click where the switch is on screen (Playwright's own click would first scroll the page to it). */
async function clickInPlace(page: Page, selector: string) {
  const box = (await page.locator(selector).boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

const scrollTo = (page: Page, id: string) =>
  page.evaluate((target) => document.getElementById(target)!.scrollIntoView({ block: 'start' }), id);
/** Where a block sits below the sticky header (0 = right under it). */
const belowHeader = (page: Page, id: string) =>
  page.evaluate(
    (target) =>
      document.getElementById(target)!.getBoundingClientRect().top - document.querySelector('.site-header')!.getBoundingClientRect().bottom,
    id,
  );

describe('aligned language switch', () => {
  it('from the third section of a French entry lands on the third section of its Chinese twin', async () => {
    w = await watchedPage(browser, { viewport: { width: 1200, height: 700 } });
    await w.page.goto(url('fr/cases/meiling-bridges/'));
    await scrollTo(w.page, 's3');
    await clickInPlace(w.page, '.language-switch');
    await w.page.waitForURL(/\/zh-cn\/cases\/meiling-bridges\/#s3$/);
    expect(await w.page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await belowHeader(w.page, 's3')).toBeGreaterThanOrEqual(0);
    expect(await belowHeader(w.page, 's3')).toBeLessThan(40);
    expect(await w.page.textContent('#s3')).toMatch(/[\u4e00-\u9fff]/);
    await clickInPlace(w.page, '.language-switch');
    await w.page.waitForURL(/\/fr\/cases\/meiling-bridges\/#s3$/); // and back to the same place
  });

  it('keeps the paragraph, not only the section, and works by keyboard from Chinese to French', async () => {
    w = await watchedPage(browser, { viewport: { width: 1200, height: 700 } });
    await w.page.goto(url('zh-cn/models/farm-development/'));
    await scrollTo(w.page, 's2-2');
    await w.page.evaluate(() => document.querySelector<HTMLElement>('.language-switch')!.focus()); // as Tab would
    await Promise.all([w.page.waitForEvent('load'), w.page.keyboard.press('Enter')]);
    expect(w.page.url()).toMatch(/\/fr\/models\/farm-development\/#s2-2$/);
    expect(await belowHeader(w.page, 's2-2')).toBeGreaterThanOrEqual(0);
    expect(await belowHeader(w.page, 's2-2')).toBeLessThan(40);
  });

  it('goes to the top of the twin when the reader has not started the text', async () => {
    w = await watchedPage(browser, { viewport: { width: 1200, height: 700 } });
    await w.page.goto(url('fr/cases/changwu-2468/'));
    await w.page.click('.language-switch');
    await w.page.waitForURL(/\/zh-cn\/cases\/changwu-2468\/$/);
  });
});

interface DOMRectLike {
  top: number;
  bottom: number;
  left: number;
}

/** Each aligned block of an entry page: its id and text. */
const blocksOf = (page: Page) =>
  page.$$eval('[data-aligned-blocks] > [id]', (blocks) => blocks.map((b) => ({ id: b.id, text: b.textContent.trim() })));

describe('parallel view', () => {
  it.each(fixtureEntries().map((e) => [e.locale, e.slug]))(
    '%s/%s pairs every block with its twin, each side in its language',
    async (locale, slug) => {
      const twinLocale = locale === 'fr' ? 'zh-cn' : 'fr';
      w = await watchedPage(browser);
      await w.page.goto(url(`${twinLocale}/${slug}/`));
      const twinBlocks = await blocksOf(w.page);
      await w.page.goto(url(`${locale}/${slug}/`));
      const ownBlocks = await blocksOf(w.page);
      await w.page.click('.parallel-link a');
      await w.page.waitForURL(url(`${locale}/parallel/${slug}/`));

      const rows = await w.page.$$eval('.parallel > .pair', (pairs) =>
        pairs.map((p) => ({ id: p.id, sides: [...p.children].map((s) => ({ lang: s.getAttribute('lang'), text: s.textContent.trim() })) })),
      );
      expect(rows.map((r) => r.id)).toEqual(ownBlocks.map((b) => b.id));
      const langs = locale === 'fr' ? ['fr', 'zh-CN'] : ['zh-CN', 'fr'];
      rows.forEach((row, i) => {
        expect(row.sides.map((s) => s.lang)).toEqual(langs);
        expect(row.sides.map((s) => s.text)).toEqual([ownBlocks[i]!.text, twinBlocks[i]!.text]);
      });
    },
  );

  it('highlights the counterpart on hover and on keyboard focus, and keeps the mode across the language switch', async () => {
    w = await watchedPage(browser, { viewport: { width: 1200, height: 800 } });
    await w.page.goto(url('fr/parallel/cases/water-office/'));
    const background = (selector: string) => w.page.$eval(selector, (el) => getComputedStyle(el).backgroundColor);
    const resting = await background('#s2-1');
    await w.page.hover('#s2-1 > [lang="fr"]');
    expect(await background('#s2-1')).not.toBe(resting);

    await w.page.mouse.move(0, 0);
    await w.page.focus('#s1-1');
    let focused: string | undefined;
    for (let i = 0; i < 5 && !focused; i++) {
      await w.page.keyboard.press('Tab'); // past the links inside #s1-1, to the next passage
      focused = await w.page.evaluate(() => (document.activeElement!.classList.contains('pair') ? document.activeElement!.id : undefined));
    }
    expect(focused).toBe('s1-2');
    expect(await background('#s1-2')).not.toBe(resting);

    await w.page.evaluate(() => document.getElementById('s2-1')!.scrollIntoView({ block: 'start' }));
    const box = (await w.page.locator('.language-switch').boundingBox())!;
    await w.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await w.page.waitForURL(/\/zh-cn\/parallel\/cases\/water-office\/#s2-1$/);
  });

  it('interleaves the versions on a phone: each block is followed by its counterpart', async () => {
    w = await watchedPage(browser, { viewport: { width: 390, height: 800 } });
    await w.page.goto(url('zh-cn/parallel/models/project-aid/'));
    const sides = await w.page.$$eval('#s1-1 > .side', (sides) =>
      sides.map((s) => {
        const { top, bottom, left } = s.getBoundingClientRect();
        return { top, bottom, left };
      }),
    );
    expect(sides).toHaveLength(2);
    const [first, second] = sides as [DOMRectLike, DOMRectLike];
    expect(second.top).toBeGreaterThanOrEqual(first.bottom);
    expect(Math.abs(second.left - first.left)).toBeLessThan(2);
  });
});
