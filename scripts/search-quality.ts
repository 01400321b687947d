/**
 * `npm run search:quality`: serves the built site (run `npm run build` first),
 * types the queries of tests/search/queries.json into its search box in
 * Chromium and prints hit@5, MRR and zero-result queries. Exit code 1 below
 * the gates (see scripts/search-quality/evaluate.ts).
 */
import { existsSync } from 'node:fs';
import { launchChromium } from './chromium.ts';
import { startServer } from './serve/staticServer.ts';
import { basePath, distDir } from '../src/deploy/config.ts';
import { evaluateSearchQuality, formatQualityReport, passesGates } from './search-quality/evaluate.ts';

if (!existsSync(`${distDir}/pagefind-fr`)) {
  console.error(`No built site in ${distDir}/: run "npm run build" first.`);
  process.exit(1);
}
const { server, url } = await startServer({ root: distDir, base: basePath(), port: 0 });
const browser = await launchChromium();
try {
  const report = await evaluateSearchQuality(browser, url);
  console.log(formatQualityReport(report));
  if (!passesGates(report)) process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
