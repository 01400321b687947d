/** The language switch carries the reader to the same section and paragraph of the twin. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { url, watchedPage, type Watched } from './site.ts';

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
    await w.page.goto(url('fr/cases/cnpc-taiqian/'));
    await scrollTo(w.page, 's3');
    await clickInPlace(w.page, '.language-switch');
    await w.page.waitForURL(/\/zh-cn\/cases\/cnpc-taiqian\/#s3$/);
    expect(await w.page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await belowHeader(w.page, 's3')).toBeGreaterThanOrEqual(0);
    expect(await belowHeader(w.page, 's3')).toBeLessThan(40);
    expect(await w.page.textContent('#s3')).toMatch(/[\u4e00-\u9fff]/);
    await clickInPlace(w.page, '.language-switch');
    await w.page.waitForURL(/\/fr\/cases\/cnpc-taiqian\/#s3$/); // and back to the same place
  });

  it('keeps the paragraph, not only the section, and works by keyboard from Chinese to French', async () => {
    w = await watchedPage(browser, { viewport: { width: 1200, height: 700 } });
    await w.page.goto(url('zh-cn/models/industrial-development/'));
    await scrollTo(w.page, 's2-2');
    await w.page.evaluate(() => document.querySelector<HTMLElement>('.language-switch')!.focus()); // as Tab would
    await Promise.all([w.page.waitForEvent('load'), w.page.keyboard.press('Enter')]);
    expect(w.page.url()).toMatch(/\/fr\/models\/industrial-development\/#s2-2$/);
    expect(await belowHeader(w.page, 's2-2')).toBeGreaterThanOrEqual(0);
    expect(await belowHeader(w.page, 's2-2')).toBeLessThan(40);
  });

  it('goes to the top of the twin when the reader has not started the text', async () => {
    w = await watchedPage(browser, { viewport: { width: 1200, height: 700 } });
    await w.page.goto(url('fr/cases/fugu-3331/'));
    await w.page.click('.language-switch');
    await w.page.waitForURL(/\/zh-cn\/cases\/fugu-3331\/$/);
  });
});
