/**
 * Light and dark themes follow the system, the toggle overrides it and is
 * remembered across pages and languages; print shows the entry and its source
 * only. Screenshots land in tests/.tmp/screenshots/ for a human to look at.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { url, watchedPage, type Watched } from './site.ts';
import { findEntry } from '../helpers/siteEntries.ts';

const aCase = findEntry('case');
const aModel = findEntry('model');

const SHOTS = 'tests/.tmp/screenshots';
let browser: Browser;
let w: Watched;

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterEach(async () => {
  expect(w.offOrigin).toEqual([]);
  expect(w.errors, 'errors in the browser').toEqual([]);
  await w.context.close();
});
afterAll(() => browser.close());

const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const pressed = (page: Page) => page.getAttribute('[data-theme-toggle]', 'aria-pressed');

describe('themes', () => {
  it('follows a dark system, and the toggle switches to light for every page, in both languages', async () => {
    w = await watchedPage(browser, { colorScheme: 'dark' });
    await w.page.goto(url(`fr/${aCase.slug}/`));
    expect(await pageBackground(w.page)).toBe('rgb(22, 24, 28)');
    expect(await pressed(w.page)).toBe('true');
    await w.page.screenshot({ path: `${SHOTS}/dark-fr-case.png`, fullPage: true });

    await w.page.click('[data-theme-toggle]');
    expect(await pageBackground(w.page)).toBe('rgb(255, 255, 255)');
    expect(await pressed(w.page)).toBe('false');

    await w.page.goto(url(`zh-cn/${aModel.slug}/`));
    expect(await pageBackground(w.page)).toBe('rgb(255, 255, 255)');
    expect(await pressed(w.page)).toBe('false');
    expect(await w.page.getAttribute('[data-theme-toggle]', 'title')).toBe('深色模式');
  });

  it('is operated by keyboard from a light system, and the pick is applied before the page paints', async () => {
    w = await watchedPage(browser, { colorScheme: 'light' });
    await w.page.goto(url(`zh-cn/${aCase.slug}/`));
    expect(await pressed(w.page)).toBe('false');
    await w.page.focus('[data-theme-toggle]');
    await w.page.keyboard.press('Space');
    expect(await pressed(w.page)).toBe('true');
    expect(await pageBackground(w.page)).toBe('rgb(22, 24, 28)');
    await w.page.screenshot({ path: `${SHOTS}/dark-zh-case.png`, fullPage: true });

    // The theme is on <html> before any module script runs.
    await w.page.route('**/_astro/*.js', (route) => route.abort());
    await w.page.goto(url('fr/'));
    expect(await w.page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await pageBackground(w.page)).toBe('rgb(22, 24, 28)');
    w.errors.length = 0; // the scripts this test blocked on purpose
  });
});

describe('print', () => {
  it('prints an entry with its source, without navigation, search or notices, in light colours', async () => {
    for (const path of [`fr/${aCase.slug}/`, `zh-cn/${aCase.slug}/`]) {
      w = await watchedPage(browser, { colorScheme: 'dark' });
      await w.page.goto(url(path));
      await w.page.emulateMedia({ media: 'print' });
      const visible = (selector: string) => w.page.isVisible(selector);
      expect(await visible('.site-header')).toBe(false);
      expect(await visible('.sidebar')).toBe(false);
      expect(await visible('.prev-next')).toBe(false);
      expect(await visible('h1')).toBe(true);
      expect(await visible('.entry-source')).toBe(true);
      expect(await w.page.textContent('.entry-source')).toContain(aCase.data.source.site);
      expect(await pageBackground(w.page)).toBe('rgb(255, 255, 255)');
      await w.page.screenshot({ path: `${SHOTS}/print-${path.split('/')[0]}.png`, fullPage: true });
      await w.context.close();
    }
    w = await watchedPage(browser);
  });
});
