/**
 * Search quality, as a reader meets it: each query of tests/search/queries.json
 * is typed into the built site's own search box (the real UI, in Chromium),
 * from a page in the query's language, and the result links are read in order.
 * Reports hit@5 (a right page among the first five), MRR (mean of 1 / rank of
 * the first right page) and the queries that found nothing.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

export interface QualityQuery {
  category: string;
  /** Locale of the page the query is typed on: `fr` or `zh-cn`. */
  from: string;
  query: string;
  /** Site paths (without base), any of which is a right answer. */
  expect: string[];
}

interface QueryOutcome extends QualityQuery {
  /** Result paths in order, without the base. */
  results: string[];
  /** 1-based rank of the first right page, 0 if none. */
  rank: number;
}

export interface QualityReport {
  queries: QueryOutcome[];
  hitAt5: number;
  mrr: number;
  zeroResults: QueryOutcome[];
  byCategory: { category: string; n: number; hitAt5: number; mrr: number }[];
}

/** What `npm test` and `npm run search:quality` require. */
export const QUALITY_GATES = { hitAt5: 0.97, mrr: 0.9, zeroResults: 0 } as const;

const QUERIES_FILE = 'tests/search/queries.json';

function readQueries(file = QUERIES_FILE): QualityQuery[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: QualityQuery[] }).queries;
}

async function typeQuery(page: Page, query: string): Promise<string[]> {
  const before = await page.getAttribute('dialog[data-search-dialog]', 'data-search-ready');
  await page.fill('#search-input', query);
  await page.waitForFunction((prev) => {
    const d = document.querySelector('dialog[data-search-dialog]') as HTMLElement;
    // The search code's first render (empty box, starting points shown) is not the results of a query.
    const start = d.querySelector<HTMLElement>('[data-search-start]');
    return d.dataset.searchReady && d.dataset.searchReady !== prev && !(start && !start.hidden);
  }, before);
  return page.$$eval('[data-search-results] .result-link', (links) => links.map((a) => (a as HTMLAnchorElement).href));
}

function scoreOutcomes(queries: QueryOutcome[]): QualityReport {
  const summary = (list: QueryOutcome[]) => ({
    hitAt5: list.filter((q) => q.rank >= 1 && q.rank <= 5).length / Math.max(1, list.length),
    mrr: list.reduce((sum, q) => sum + (q.rank ? 1 / q.rank : 0), 0) / Math.max(1, list.length),
  });
  const categories = [...new Set(queries.map((q) => q.category))];
  return {
    queries,
    ...summary(queries),
    zeroResults: queries.filter((q) => q.results.length === 0),
    byCategory: categories.map((category) => {
      const list = queries.filter((q) => q.category === category);
      return { category, n: list.length, ...summary(list) };
    }),
  };
}

/** Types every query on `siteUrl` (the site's root, ending with `/`) and scores the results. */
export async function evaluateSearchQuality(browser: Browser, siteUrl: string, queries = readQueries()): Promise<QualityReport> {
  const root = new URL(siteUrl);
  const outcomes: QueryOutcome[] = [];
  for (const from of [...new Set(queries.map((q) => q.from))]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(new URL(`${from}/`, root).href);
      await page.waitForSelector('[data-search-open][data-ready]', { state: 'attached' });
      await page.keyboard.press('/');
      await page.waitForSelector('dialog[data-search-dialog][open]');
      for (const q of queries.filter((x) => x.from === from)) {
        const hrefs = await typeQuery(page, q.query);
        const results = hrefs.map((h) => new URL(h).pathname.slice(root.pathname.length));
        const index = results.findIndex((r) => q.expect.includes(r));
        outcomes.push({ ...q, results, rank: index + 1 });
      }
    } finally {
      await context.close();
    }
  }
  return scoreOutcomes(outcomes);
}

export const passesGates = (r: QualityReport) =>
  r.hitAt5 >= QUALITY_GATES.hitAt5 && r.mrr >= QUALITY_GATES.mrr && r.zeroResults.length <= QUALITY_GATES.zeroResults;

/** The report as console tables: per category, then every query that missed the first place. */
export function formatQualityReport(r: QualityReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const lines = [
    `search quality: ${r.queries.length} queries typed into the search box — hit@5 ${pct(r.hitAt5)} (gate ≥ ${pct(QUALITY_GATES.hitAt5)}), MRR ${r.mrr.toFixed(3)} (gate ≥ ${QUALITY_GATES.mrr}), zero-result queries ${r.zeroResults.length}`,
    '',
    '| category | queries | hit@5 | MRR |',
    '| --- | --- | --- | --- |',
    ...r.byCategory.map((c) => `| ${c.category} | ${c.n} | ${pct(c.hitAt5)} | ${c.mrr.toFixed(3)} |`),
  ];
  const misses = r.queries.filter((q) => q.rank !== 1);
  if (misses.length) {
    lines.push('', '| from | query | rank | expected | first results |', '| --- | --- | --- | --- | --- |');
    for (const q of misses)
      lines.push(
        `| ${q.from} | ${q.query} | ${q.rank || '–'} | ${q.expect.join(', ')} | ${q.results.slice(0, 3).join(', ') || '(none)'} |`,
      );
  }
  return lines.join('\n');
}
