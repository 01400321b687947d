import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { url, watchedPage } from './site.ts';
import { findEntry } from '../helpers/siteEntries.ts';

const aCase = findEntry('case');
const aModel = findEntry('model');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

describe('the root page', () => {
  it('sends a first-time reader to the browser’s language', async () => {
    for (const [locale, expected] of [
      ['zh-CN', 'zh-cn'],
      ['fr-FR', 'fr'],
      ['en-US', 'fr'],
    ] as const) {
      const { page, context } = await watchedPage(browser, { locale });
      await page.goto(url(''));
      await page.waitForURL(url(`${expected}/`));
      await context.close();
    }
  });

  it('afterwards follows the language the reader last chose, and never redirects deep links', async () => {
    const { page, context, offOrigin } = await watchedPage(browser, { locale: 'fr-FR' });
    await page.goto(url(`fr/${aModel.slug}/`));
    await Promise.all([page.waitForURL(url(`zh-cn/${aModel.slug}/`)), page.click('a.language-switch')]);
    await page.goto(url(''));
    await page.waitForURL(url('zh-cn/'));
    // A deep link in the other language stays where it is.
    await page.goto(url(`fr/${aCase.slug}/`));
    await page.waitForTimeout(300);
    expect(page.url()).toBe(url(`fr/${aCase.slug}/`));
    // Choosing French again is remembered too.
    await page.click('a.language-switch');
    await page.waitForURL(url(`zh-cn/${aCase.slug}/`));
    await page.click('a.language-switch');
    await page.waitForURL(url(`fr/${aCase.slug}/`));
    await page.goto(url(''));
    await page.waitForURL(url('fr/'));
    expect(offOrigin).toEqual([]);
    await context.close();
  });

  it('is a plain bilingual chooser without JavaScript', async () => {
    const { page, context } = await watchedPage(browser, { javaScriptEnabled: false, locale: 'zh-CN' });
    await page.goto(url(''));
    expect(page.url()).toBe(url(''));
    const links = await page.$$eval('.chooser a', (as) =>
      as.map((a) => [a.getAttribute('href'), a.closest('[lang]')!.getAttribute('lang')]),
    );
    expect(links).toEqual([
      [new URL(url('fr/')).pathname, 'fr'],
      [new URL(url('zh-cn/')).pathname, 'zh-CN'],
    ]);
    await context.close();
  });
});
