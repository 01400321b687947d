/** Shared helpers of the end-to-end tests: a browser context that records what leaves the site. */
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

export const siteUrl = () => inject('siteUrl');
export const url = (path: string) => new URL(path.replace(/^\//, ''), siteUrl()).href;

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Requests to any other origin than the site's. */
  offOrigin: string[];
  /** Uncaught errors, console errors and Content-Security-Policy violations. */
  errors: string[];
}

/** A page in a fresh context that records errors and requests leaving `site` (the real build's address unless told). */
export async function watchedPage(browser: Browser, options: BrowserContextOptions = {}, site = siteUrl()): Promise<Watched> {
  const context = await browser.newContext(options);
  const origin = new URL(site).origin;
  const offOrigin: string[] = [];
  const errors: string[] = [];
  context.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) offOrigin.push(u);
  });
  // Content-Security-Policy violations, reported from inside every page of the context.
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => errors.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation(
        `CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || '(unknown)'} in ${e.sourceFile || e.documentURI}`,
      );
    });
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { context, page, offOrigin, errors };
}

/** Opens search on the current page and waits until the launcher is ready. */
export async function openSearch(page: Page): Promise<void> {
  await page.waitForSelector('[data-search-open][data-ready]', { state: 'attached' });
  await page.keyboard.press('/');
  await page.waitForSelector('dialog[data-search-dialog][open]');
  // The search code's first render (empty box) must not be taken for the results of a query typed next.
  await page.waitForSelector('dialog[data-search-dialog][data-search-ready]', { state: 'attached' });
}

/** Types a query and waits for the results of that very query. */
export async function search(page: Page, query: string): Promise<void> {
  const before = await page.getAttribute('dialog[data-search-dialog]', 'data-search-ready');
  await page.fill('#search-input', query);
  await page.waitForFunction((prev) => {
    const d = document.querySelector('dialog[data-search-dialog]') as HTMLElement;
    return d.dataset.searchReady && d.dataset.searchReady !== prev;
  }, before);
}

export async function resultTitles(page: Page): Promise<{ title: string; lang: string; href: string }[]> {
  return page.$$eval('.search-result .result-link', (links) =>
    links.map((a) => ({ title: a.textContent.trim(), lang: a.getAttribute('lang')!, href: a.getAttribute('href')! })),
  );
}

/** Every result of the current search: the list shows five, then five more on each "more results". */
export async function allResults(page: Page): Promise<{ title: string; lang: string; href: string }[]> {
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const n = await page.locator('.search-result').count();
    await more.click();
    await page.waitForFunction((before) => document.querySelectorAll('.search-result').length > before, n);
  }
  return resultTitles(page);
}

/**
 * One browser and one watched page shared by a whole test file (launched
 * before its tests); the file fails at the end if anything left the site or
 * any error reached the browser. `site`: the address of the site it reads.
 */
export function sharedPage(site: () => string = siteUrl): { browser: Browser; w: Watched } {
  const session = {} as { browser: Browser; w: Watched };
  beforeAll(async () => {
    session.browser = await launchChromium();
    session.w = await watchedPage(session.browser, {}, site());
  });
  afterAll(async () => {
    expect(session.w.offOrigin, 'requests that left the site').toEqual([]);
    expect(session.w.errors, 'errors in the browser').toEqual([]);
    await session.browser.close();
  });
  return session;
}
