/**
 * Search quality as a gate: the queries of tests/search/queries.json typed
 * into the built site's search box (the real UI), from French and Chinese
 * pages. Same measure as `npm run search:quality` and `npm run bench`.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { evaluateSearchQuality, formatQualityReport, QUALITY_GATES, type QualityReport } from '../../scripts/search-quality/evaluate.ts';
import { siteUrl } from './site.ts';

let browser: Browser;
let report: QualityReport;

beforeAll(async () => {
  browser = await launchChromium();
  report = await evaluateSearchQuality(browser, siteUrl());
  console.log(formatQualityReport(report));
}, 240_000);
afterAll(() => browser.close());

it('puts a right page in the first five results for at least 97 % of the queries', () => {
  expect(report.queries.length).toBeGreaterThanOrEqual(60);
  expect(report.hitAt5).toBeGreaterThanOrEqual(QUALITY_GATES.hitAt5);
});

it('ranks a right page first almost always (MRR ≥ 0.9)', () => {
  expect(report.mrr).toBeGreaterThanOrEqual(QUALITY_GATES.mrr);
});

it('finds something for every query', () => {
  expect(report.zeroResults.map((q) => `${q.from}: ${q.query}`)).toEqual([]);
});

it('types queries from both languages’ pages', () => {
  expect(new Set(report.queries.map((q) => q.from))).toEqual(new Set(['fr', 'zh-cn']));
});
