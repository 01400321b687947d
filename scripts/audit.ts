/**
 * `npm run audit`: Lighthouse on a French and a Chinese entry page, mobile and
 * desktop, against the built site served locally; prints the four scores.
 * Reported, not a gate (not part of `npm test`). Builds first if there is no
 * build. Pages can be given as arguments: `npm run audit -- fr/ zh-cn/`.
 */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { startServer } from './serve/staticServer.ts';
import { basePath, distDir } from '../src/deploy/config.ts';
import { CATEGORIES, failingAudits, formatAuditTable, toPercent, type AuditRow } from './audit/auditReport.ts';
import { chromiumArgs, chromiumPath } from './chromium.ts';

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['fr/cases/fugu-3331/', 'zh-cn/cases/fugu-3331/'];

if (!existsSync(`${distDir}/pagefind-fr`)) {
  console.log(`No complete build in ${distDir}/: building first.`);
  execSync('npm run build', { stdio: 'inherit' });
}

const { server, url } = await startServer({ root: distDir, base: basePath(), port: 0 });
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: chromiumArgs });
const rows: AuditRow[] = [];
const problems: string[] = [];
try {
  for (const page of pages)
    for (const formFactor of ['mobile', 'desktop'] as const) {
      const target = new URL(page.replace(/^\//, ''), url).href;
      const result = await lighthouse(
        target,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        formFactor === 'desktop' ? desktopConfig : undefined,
      );
      if (!result) throw new Error(`Lighthouse gave no result for ${target}`);
      const { categories, audits, runtimeError } = result.lhr;
      if (runtimeError) throw new Error(`Lighthouse on ${target}: ${runtimeError.code} ${runtimeError.message}`);
      rows.push({
        page,
        formFactor,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, toPercent(categories[c]?.score)])) as AuditRow['scores'],
      });
      for (const p of failingAudits(categories, audits)) problems.push(`${page} ${formFactor}: ${p}`);
    }
} finally {
  chrome.kill();
  server.close();
}

console.log(`\nLighthouse ${url}\n`);
console.log(formatAuditTable(rows));
if (problems.length) console.log(`\nAudits below 100%:\n${[...new Set(problems)].map((p) => `  - ${p}`).join('\n')}`);
