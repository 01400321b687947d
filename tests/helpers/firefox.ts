/**
 * Firefox as the second engine: Debian's Firefox ESR driven by puppeteer-core
 * over WebDriver BiDi (Playwright cannot drive a stock Firefox). A page that
 * records what the end-to-end tests check: uncaught errors, console errors,
 * Content-Security-Policy violations, and every request made.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const firefoxPath = () => process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** `languages`: the reader's languages, as the browser sends them (`intl.accept_languages`). */
export function launchFirefox(options: { languages?: string } = {}): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    ...(options.languages ? { extraPrefsFirefox: { 'intl.accept_languages': options.languages } } : {}),
  });
}

export interface WatchedFirefoxPage {
  page: Page;
  /** Uncaught errors, console errors and CSP violations. */
  errors: string[];
  /** Every URL requested. */
  requests: string[];
}

export async function watchedFirefoxPage(browser: Browser, viewport = { width: 1280, height: 800 }): Promise<WatchedFirefoxPage> {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('request', (r) => void requests.push(r.url()));
  // A CSP violation reaches the console as an error through this listener, in every document of the page.
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || '(unknown)'} in ${e.sourceFile || e.documentURI}`);
    });
  });
  return { page, errors, requests };
}
