/**
 * axe-core on every built page, both languages, light and dark colour
 * schemes, and on the search dialog open with results: zero violations
 * of the WCAG 2.x A/AA rules and axe's best practices. The dark pass runs
 * the rules that read colours only: the theme changes colours, not the
 * document's structure, names or roles, which the light pass checks.
 *
 * Each page is loaded once: axe is put into it once, runs every rule in the
 * light scheme, then the page is switched to the dark scheme (the site's
 * colours follow `prefers-color-scheme` through CSS alone, with no reload)
 * and axe runs the colour rules again on the same document. Every page is
 * loaded under the server's headers (Content-Security-Policy included) and
 * fails on a CSP violation, an error or a request off the site.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchChromium } from '../../scripts/chromium.ts';
import { builtHtmlFiles, pagePath } from './builtPages.ts';
import { openSearch, search, url, watchedPage, type Watched } from './site.ts';
import { findEntry } from '../helpers/siteEntries.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
/** The axe rules whose result depends on computed colours, so on the colour scheme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const paths = builtHtmlFiles().map(pagePath);

/**
 * axe-core as @axe-core/playwright would inject it (its own copy, minified). AxeBuilder injects
 * it twice on every analyze(); here it goes into each document once and AxeBuilder is handed a
 * no-op script instead.
 */
const axeSource = readFileSync(
  createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** One line per violation and element, so a failure says what and where. */
async function violations(page: Page, colorScheme: 'light' | 'dark'): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Legacy mode injects axe into every frame; the site's pages have none, and one added must not go unchecked.
    expect(page.frames(), `${page.url()} has frames`).toHaveLength(1);
    await page.evaluate(axeSource);
  }
  // resultTypes: axe still runs every rule on every element but details (selectors) only the violations,
  // which saves about a third of a full run; passes and incomplete results are not read here.
  const builder = new AxeBuilder({ page, axeSource: ';' }).setLegacyMode(true);
  if (colorScheme === 'dark') builder.options({ resultTypes: ['violations'] }).withRules(COLOUR_RULES);
  else
    builder
      // axe leaves this WCAG 2.1 A rule off by default; it is the one the Starlight reference fails on every page.
      .options({ rules: { 'label-content-name-mismatch': { enabled: true } }, resultTypes: ['violations'] })
      .withTags(TAGS);
  const { violations } = await builder.analyze();
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`),
  );
}

/**
 * Every rule on the page as it is (light), then the colour rules after switching the same
 * document to the dark scheme; the page is left light again for the next one.
 */
async function bothSchemes(page: Page): Promise<{ light: string[]; dark: string[] }> {
  const light = await violations(page, 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  try {
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    return { light, dark: await violations(page, 'dark') };
  } finally {
    await page.emulateMedia({ colorScheme: 'light' });
  }
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

describe('the axe check', () => {
  it('catches violations when there are some (a run that cannot fail proves nothing)', async () => {
    const w = await watchedPage(browser, { colorScheme: 'light' });
    await w.page.goto(url('fr/'));
    await w.page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'pâle';
      p.setAttribute('class', 'injected');
      document.querySelector('main')!.append(p);
      p.style.color = '#eeeeee';
      // The mistake the Starlight reference site makes on every page: a visible label that its accessible name does not contain.
      const button = document.createElement('button');
      button.textContent = 'Rechercher';
      button.setAttribute('aria-label', 'Ouvrir la boîte');
      document.querySelector('main')!.append(button);
    });
    const found = (await bothSchemes(w.page)).light.join('\n');
    expect(found).toMatch(/^color-contrast .*\.injected/m);
    expect(found).toMatch(/^label-content-name-mismatch /m);
    await w.context.close();
  });

  it('catches a colour violation in the dark scheme the page is switched to, where only the colour rules run', async () => {
    const w = await watchedPage(browser, { colorScheme: 'light' });
    await w.page.goto(url('fr/'));
    const background = () => w.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const lightBackground = await background();
    await w.page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'sombre';
      p.setAttribute('class', 'injected');
      document.querySelector('main')!.append(p);
      // Readable on the light background, not on the dark one.
      p.style.color = '#333333';
    });
    const { light, dark } = await bothSchemes(w.page);
    expect(light.join('\n')).not.toMatch(/\.injected/);
    expect(dark.join('\n')).toMatch(/^color-contrast .*\.injected/m);
    // Only the colour rules ran in the dark scheme, and the page is light again afterwards.
    expect(dark.every((v) => COLOUR_RULES.some((rule) => v.startsWith(`${rule} `)))).toBe(true);
    expect(await background()).toBe(lightBackground);
    await w.context.close();
  });
});

describe('axe, light and dark colour schemes', () => {
  it('finds every built page, root chooser and not-found pages included', () => {
    expect(paths).toContain('');
    expect(paths).toContain('404.html');
    expect(paths).toContain(`fr/${findEntry('case').slug}/`);
    expect(paths).toContain('zh-cn/404/');
  });

  let w: Watched;
  beforeAll(async () => {
    w = await watchedPage(browser, { colorScheme: 'light' });
  });
  afterAll(() => w.context.close());

  it.each(paths.filter((p) => p !== ''))(
    'reports no violation on %s, which loads under the header policy and raises no error',
    async (path) => {
      const response = await w.page.goto(url(path));
      expect(response?.ok(), path).toBe(true);
      // The server's policy, as tests/e2e/server.test.ts checks it: no page is left out of the browser's CSP check.
      expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(await bothSchemes(w.page)).toEqual({ light: [], dark: [] });
      expect(w.errors.splice(0)).toEqual([]);
      expect(w.offOrigin.splice(0)).toEqual([]);
    },
  );

  it('reports no violation on the root chooser (served without its redirect script, which would leave at once)', async () => {
    const w = await watchedPage(browser, { colorScheme: 'light' });
    await w.page.route(url(''), async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      expect(html).toMatch(/<script type="module"[^>]*><\/script>/);
      await route.fulfill({ response, body: html.replace(/<script type="module"[^>]*><\/script>/g, '') });
    });
    await w.page.goto(url(''));
    expect(w.page.url()).toBe(url(''));
    expect(await w.page.locator('.chooser a').count()).toBe(2);
    expect(await bothSchemes(w.page)).toEqual({ light: [], dark: [] });
    await w.context.close();
  }, 120_000);

  it.each([
    ['fr/', 'Fugu'],
    [`zh-cn/${findEntry('case').slug}/`, '扶贫'],
  ])(
    'reports no violation with search open on %s and results for "%s"',
    async (path, query) => {
      const w = await watchedPage(browser, { colorScheme: 'light' });
      await w.page.goto(url(path));
      await openSearch(w.page);
      await search(w.page, query);
      expect(await w.page.locator('.search-result').count()).toBeGreaterThan(0);
      expect(await bothSchemes(w.page)).toEqual({ light: [], dark: [] });
      expect(w.errors).toEqual([]);
      await w.context.close();
    },
    120_000,
  );
});
