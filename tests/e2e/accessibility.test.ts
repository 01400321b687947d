/**
 * axe-core on every built page, both languages, light and dark colour
 * schemes, and on the search dialog open with results: zero violations
 * of the WCAG 2.x A/AA rules and axe's best practices. The dark pass runs
 * the rules that read colours only: the theme changes colours, not the
 * document's structure, names or roles, which the light pass checks.
 */
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
const schemes = ['light', 'dark'] as const;
type Scheme = (typeof schemes)[number];
const paths = builtHtmlFiles().map(pagePath);

/**
 * One line per violation and element, so a failure says what and where.
 * Every rule in the light scheme; the colour rules only in the dark one.
 */
async function violations(page: Page, colorScheme: Scheme = 'light'): Promise<string[]> {
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  if (colorScheme === 'dark') builder.withRules(COLOUR_RULES);
  else
    builder
      // axe leaves this WCAG 2.1 A rule off by default; it is the one the Starlight reference fails on every page.
      .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
      .withTags(TAGS);
  const { violations } = await builder.analyze();
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`),
  );
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

describe('the axe check', () => {
  it('catches violations when there are some (a run that cannot fail proves nothing)', async () => {
    const w = await watchedPage(browser);
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
    const found = (await violations(w.page)).join('\n');
    expect(found).toMatch(/^color-contrast .*\.injected/m);
    expect(found).toMatch(/^label-content-name-mismatch /m);
    await w.context.close();
  });

  it('catches a colour violation in the dark scheme, where only the colour rules run', async () => {
    const w = await watchedPage(browser, { colorScheme: 'dark' });
    await w.page.goto(url('fr/'));
    await w.page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'sombre';
      p.setAttribute('class', 'injected');
      document.querySelector('main')!.append(p);
      // Readable on the light background, not on the dark one.
      p.style.color = '#333333';
    });
    expect((await violations(w.page, 'dark')).join('\n')).toMatch(/^color-contrast .*\.injected/m);
    await w.context.close();
  });
});

describe.each(schemes)('axe, %s colour scheme', (colorScheme) => {
  it('finds every built page, root chooser and not-found pages included', () => {
    expect(paths).toContain('');
    expect(paths).toContain('404.html');
    expect(paths).toContain(`fr/${findEntry('case').slug}/`);
    expect(paths).toContain('zh-cn/404/');
  });

  let w: Watched;
  beforeAll(async () => {
    w = await watchedPage(browser, { colorScheme });
  });
  afterAll(() => w.context.close());

  it.each(paths.filter((p) => p !== ''))('reports no violation on %s, which raises no error', async (path) => {
    const response = await w.page.goto(url(path));
    expect(response?.ok(), path).toBe(true);
    expect(await violations(w.page, colorScheme)).toEqual([]);
    expect(w.errors.splice(0)).toEqual([]);
    expect(w.offOrigin.splice(0)).toEqual([]);
  });

  it('reports no violation on the root chooser (served without its redirect script, which would leave at once)', async () => {
    const w = await watchedPage(browser, { colorScheme });
    await w.page.route(url(''), async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      expect(html).toMatch(/<script type="module"[^>]*><\/script>/);
      await route.fulfill({ response, body: html.replace(/<script type="module"[^>]*><\/script>/g, '') });
    });
    await w.page.goto(url(''));
    expect(w.page.url()).toBe(url(''));
    expect(await w.page.locator('.chooser a').count()).toBe(2);
    expect(await violations(w.page, colorScheme)).toEqual([]);
    await w.context.close();
  }, 120_000);

  it.each([
    ['fr/', 'Fugu'],
    [`zh-cn/${findEntry('case').slug}/`, '扶贫'],
  ])(
    'reports no violation with search open on %s and results for "%s"',
    async (path, query) => {
      const w = await watchedPage(browser, { colorScheme });
      await w.page.goto(url(path));
      await openSearch(w.page);
      await search(w.page, query);
      expect(await w.page.locator('.search-result').count()).toBeGreaterThan(0);
      expect(await violations(w.page, colorScheme)).toEqual([]);
      expect(w.errors).toEqual([]);
      await w.context.close();
    },
    120_000,
  );
});
