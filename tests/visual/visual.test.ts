/**
 * Visual regression: one viewport-sized screenshot per page type × language ×
 * phone/desktop × light/dark of the fixture site (tests/fixtures/site, so that
 * an editor's change to content/ moves no pixel here), compared with
 * tests/visual/baselines/*.png.
 *
 *   npm run test:visual          compare (diffs and actual shots go to tests/visual/.output/)
 *   npm run test:visual:update   rewrite the baselines, and the README screenshots (docs/screenshots/) from the real build
 *
 * Tolerance: see compare.ts (pixelmatch threshold 0.1, at most 0.2 % of pixels).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { url as realUrl } from '../e2e/site.ts';
import { url } from '../e2e/fixtureSite.ts';
import { findEntry } from '../helpers/siteEntries.ts';
import { compare, maxDiffRatio, read, write } from './compare.ts';

const update = process.env.UPDATE_BASELINES === '1';
const here = new URL('.', import.meta.url).pathname;
const baselinePath = (name: string) => `${here}baselines/${name}.png`;
const outputPath = (name: string, what: string) => `${here}.output/${name}.${what}.png`;

/** The README shows three pages of the real build (desktop, light): a case in each language and its parallel view. */
const readmeShots = () => {
  const slug = findEntry('case').slug;
  return [
    { path: `fr/${slug}/`, file: 'docs/screenshots/entry-fr.png' },
    { path: `zh-cn/${slug}/`, file: 'docs/screenshots/entry-zh-cn.png' },
    { path: `fr/parallel/${slug}/`, file: 'docs/screenshots/parallel-fr.png' },
  ];
};

type Lang = 'fr' | 'zh-cn';
interface PageType {
  name: string;
  path: (lang: Lang) => string;
  /** Brings the page to the state to photograph, after load. */
  prepare?: (page: Page) => Promise<void>;
}

async function openSearchWithResults(page: Page): Promise<void> {
  // Its button, once the page's scripts have run (no dependence on the search code's own markers).
  await page.waitForLoadState('networkidle');
  await page.click('[data-search-open]');
  await page.waitForSelector('dialog[open] input[type="search"]');
  await page.fill('dialog[open] input[type="search"]', '长武');
  // A result, not the starting points (which also link to the Changwu case).
  await page.waitForSelector('dialog[open] .search-result a[href*="changwu-2468"]', { state: 'visible' });
  await page.waitForLoadState('networkidle');
}

/** « Sources » on and the first marker's note open; the choice is not left in storage for the next shots. */
async function showSources(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.click('[data-sources-toggle]');
  await page.evaluate(() => localStorage.removeItem('sources'));
  await page.locator('.prose .basis').first().click();
  await page.waitForSelector('.basis-note:popover-open');
}

/**
 * The footer's offline and download controls fetch their sizes once seen: when one is on screen
 * (the 404 page on a desktop), the shot waits for its size, which would otherwise be there or not.
 */
const footerSizesShown = (page: Page) =>
  page.waitForFunction(() =>
    [
      ['[data-offline-save]', '[data-offline-size]'],
      ['[data-portable-download]', '[data-portable-size]'],
    ].every(([control, size]) => {
      const box = document.querySelector<HTMLElement>(control!);
      if (!box || box.hidden) return true;
      const { top, bottom, height } = box.getBoundingClientRect();
      if (height === 0 || top >= innerHeight || bottom <= 0) return true;
      return /\d/.test(box.querySelector(size!)?.textContent ?? '');
    }),
  );

const pageTypes: PageType[] = [
  { name: 'home', path: (l) => `${l}/` },
  { name: 'model', path: (l) => `${l}/models/village-pairing/` },
  { name: 'model-sources', path: (l) => `${l}/models/village-pairing/`, prepare: showSources },
  { name: 'case', path: (l) => `${l}/cases/changwu-2468/` },
  { name: 'parallel', path: (l) => `${l}/parallel/cases/changwu-2468/` },
  { name: 'glossary', path: (l) => `${l}/glossary/` },
  { name: 'places', path: (l) => `${l}/places/` },
  { name: 'timeline', path: (l) => `${l}/timeline/` },
  { name: '404', path: (l) => `${l}/no-such-page/` },
  { name: 'search', path: (l) => `${l}/`, prepare: openSearchWithResults },
];

const devices = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;
const schemes = ['light', 'dark'] as const;
const langs: Lang[] = ['fr', 'zh-cn'];
const shotOptions = { animations: 'disabled', caret: 'hide', scale: 'css' } as const;

let browser: Browser;
/** Differing pixels per shot, written to .output/summary.json: the data to judge the tolerance by. */
const summary: Record<string, number> = {};
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  if (!update) write(`${here}.output/summary.json`, Buffer.from(JSON.stringify(summary, null, 2)));
});

for (const [device, viewport] of Object.entries(devices))
  for (const colorScheme of schemes)
    describe(`${device} ${colorScheme}`, () => {
      let context: BrowserContext;
      let page: Page;
      beforeAll(async () => {
        // No service worker: its "saved for offline reading" notice would appear at a random moment.
        context = await browser.newContext({
          viewport,
          colorScheme,
          reducedMotion: 'reduce',
          serviceWorkers: 'block',
          deviceScaleFactor: 1,
        });
        page = await context.newPage();
      });
      afterAll(async () => {
        await context?.close();
      });

      for (const lang of langs)
        for (const type of pageTypes) {
          const name = `${type.name}-${lang}-${device}-${colorScheme}`;
          test(name, async () => {
            await page.goto(url(type.path(lang)), { waitUntil: 'load' });
            await type.prepare?.(page);
            await page.evaluate(() => document.fonts.ready.then(() => undefined));
            await footerSizesShown(page);
            const shot = await page.screenshot(shotOptions);
            if (update) {
              write(baselinePath(name), shot);
              return;
            }
            const baseline = read(baselinePath(name));
            if (!baseline) {
              write(outputPath(name, 'actual'), shot);
              expect.fail(`no baseline ${baselinePath(name)}: run "npm run test:visual:update" and commit it`);
            }
            const result = compare(shot, baseline, outputPath(name, 'diff'));
            summary[name] = result.diffPixels;
            if (!result.pass) write(outputPath(name, 'actual'), shot);
            expect(
              result.ratio,
              result.diffPixels < 0
                ? `${name}: size differs from the baseline`
                : `${name}: ${result.diffPixels} pixels differ (see tests/visual/.output/${name}.diff.png)`,
            ).toBeLessThanOrEqual(maxDiffRatio);
          });
        }
    });

if (update)
  describe('README screenshots', () => {
    test('are taken from the real build', async () => {
      const context = await browser.newContext({
        viewport: devices.desktop,
        colorScheme: 'light',
        reducedMotion: 'reduce',
        serviceWorkers: 'block',
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      for (const { path, file } of readmeShots()) {
        await page.goto(realUrl(path), { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        write(new URL(`../../${file}`, import.meta.url).pathname, await page.screenshot(shotOptions));
      }
      await context.close();
    });
  });
