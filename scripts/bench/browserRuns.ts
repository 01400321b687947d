/**
 * What a reader's browser fetches and waits for: page weight on load, and
 * search (bytes of the first and of a later query, time from the last
 * keystroke to the results in the page). Each run uses a fresh browser
 * context, so nothing comes from the cache.
 */
import type { Browser, Page } from 'playwright-core';
import type { Category, CountingServer, Transfer } from './countingServer.ts';

export interface Weight {
  requests: number;
  bytes: number;
  byCategory: Partial<Record<Category, { requests: number; bytes: number }>>;
  /** Script files fetched and run on load, before search is opened. */
  jsOnLoad: { files: number; bytes: number; inlineScripts: number; inlineBytes: number };
  /** The largest transfers, to see what dominates. */
  largest: { path: string; bytes: number }[];
}

export function summarize(transfers: Transfer[]): Omit<Weight, 'jsOnLoad'> {
  const byCategory: Weight['byCategory'] = {};
  for (const t of transfers) {
    const c = (byCategory[t.category] ??= { requests: 0, bytes: 0 });
    c.requests += 1;
    c.bytes += t.bytes;
  }
  return {
    requests: transfers.length,
    bytes: transfers.reduce((sum, t) => sum + t.bytes, 0),
    byCategory,
    largest: [...transfers]
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 4)
      .map(({ path, bytes }) => ({ path, bytes })),
  };
}

/** Records input events and each change of the search dialog's `data-search-ready` (the e2e tests' signal). */
const PROBE = `
  window.__bench = { lastInput: 0, ready: [] };
  document.addEventListener('input', () => { window.__bench.lastInput = performance.now(); }, true);
  new MutationObserver((records) => {
    for (const r of records)
      if (r.attributeName === 'data-search-ready')
        window.__bench.ready.push({ t: performance.now(), q: new URLSearchParams(location.search).get('q') });
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-search-ready'] });
`;

async function freshPage(browser: Browser) {
  // Without the service worker: its offline precache (the whole build, in the background after
  // load) is not what a page or a search costs; the build prints its size.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  return { context, page };
}

/** Settles: no request in flight for `quietMs`. */
async function settle(page: Page, quietMs = 300) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(quietMs);
}

export async function pageWeight(browser: Browser, server: CountingServer, path: string): Promise<Weight> {
  const { context, page } = await freshPage(browser);
  const mark = server.log.length;
  await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
  await settle(page);
  const transfers = server.since(mark);
  const inline = await page.evaluate(() =>
    [...document.scripts]
      .filter((s) => !s.src && s.type !== 'application/json' && s.type !== 'application/ld+json')
      .map((s) => s.text.length),
  );
  await context.close();
  const js = transfers.filter((t) => t.category === 'js');
  return {
    ...summarize(transfers),
    jsOnLoad: {
      files: js.length,
      bytes: js.reduce((s, t) => s + t.bytes, 0),
      inlineScripts: inline.length,
      inlineBytes: inline.reduce((a, b) => a + b, 0),
    },
  };
}

export interface QueryRun {
  query: string;
  /** Bytes fetched from opening search to the first query's results. */
  bytes: number;
  transfers: Transfer[];
  latencyMs: number;
  results: number;
}

/** Types `query` like a reader (`delay` ms between keys) and measures until its results are in the page. */
async function typeAndMeasure(page: Page, server: CountingServer, query: string, mark: number, delay: number): Promise<QueryRun> {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(query, { delay });
  const handle = await page.waitForFunction(
    (q) => {
      const b = (window as unknown as { __bench: { lastInput: number; ready: { t: number; q: string }[] } }).__bench;
      const hit = b.ready.find((r) => r.q === q && r.t > b.lastInput);
      return hit ? hit.t - b.lastInput : false;
    },
    query,
    { timeout: 30_000 },
  );
  const latencyMs = (await handle.jsonValue()) as number;
  await page.waitForTimeout(150); // let the server log the last responses
  const results = await page.locator('.search-result').count();
  const transfers = server.since(mark);
  return { query, bytes: transfers.reduce((s, t) => s + t.bytes, 0), transfers, latencyMs, results };
}

/**
 * One session: open search on `path`, wait until the indexes are loaded, type
 * `first`, then `later`. Returns both measurements.
 */
export async function searchSession(browser: Browser, server: CountingServer, path: string, first: string, later: string, delay = 60) {
  const { context, page } = await freshPage(browser);
  await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
  await page.waitForSelector('[data-search-open][data-ready]', { state: 'attached' });
  await settle(page, 100);
  const openMark = server.log.length;
  await page.keyboard.press('/');
  await page.waitForSelector('dialog[data-search-dialog][open]');
  await settle(page, 200); // the search UI loads the engine and both indexes' metadata on opening
  const openBytes = server.since(openMark).reduce((s, t) => s + t.bytes, 0);
  const firstRun = await typeAndMeasure(page, server, first, openMark, delay);
  const laterRun = await typeAndMeasure(page, server, later, server.log.length, delay);
  await context.close();
  return { openBytes, first: firstRun, later: laterRun };
}

export const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
