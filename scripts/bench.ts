/**
 * `npm run bench`: numbers, not impressions. Builds the real site (wall time,
 * peak memory), serves it with gzip, drives headless Chromium to measure page
 * weight and search, then repeats build and search on synthetic content of
 * growing size. Prints tables and writes JSON to bench-results/.
 *
 * The portable edition of each build is measured too: its zip and unpacked
 * size, its share of the build's time, its first search from disk
 * (scripts/bench/portableEdition.ts).
 *
 * Each build prints where its time and memory went (scripts/bench/buildSteps.ts);
 * each scale size is then rebuilt after editing one entry (the incremental
 * rebuild, same cache and output folder), then edited again and rebuilt with
 * REUSE=off (the rebuild-reuse layers of src/integrations/reuse/ off).
 *
 * Flags: --sizes=100,1000,5000 (entries per language), --skip-scale,
 * --build-only (no browser: builds, steps and rebuilds only), --skip-rebuild,
 * --runs=5 (search runs per query), --build-runs=3 (builds of the real site),
 * --type-delay=60 (ms between keystrokes), --report[=file] (print the tables of
 * bench-results/latest.json or of another results file, e.g. of a run stopped midway).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { launchChromium } from './chromium.ts';
import { runBuild, type BuildRun } from './bench/measureBuild.ts';
import { startCountingServer } from './bench/countingServer.ts';
import { median, pageWeight, searchSession, type Weight } from './bench/browserRuns.ts';
import { writeSyntheticContent } from './bench/synthetic.ts';
import { printReport, printSteps, type Results } from './bench/report.ts';
import { editionFacts, editionFirstSearch } from './bench/portableEdition.ts';
import { evaluateSearchQuality, formatQualityReport } from './search-quality/evaluate.ts';
import { startServer } from './serve/staticServer.ts';

const flag = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const sizes = (flag('sizes') ?? '100,1000,5000').split(',').map(Number);
const skipScale = process.argv.includes('--skip-scale');
const buildOnly = process.argv.includes('--build-only');
const skipRebuild = process.argv.includes('--skip-rebuild');
const runs = Number(flag('runs') ?? 5);
const buildRuns = Number(flag('build-runs') ?? 3);
/** Milliseconds between keystrokes when typing a query. */
const typeDelay = Number(flag('type-delay') ?? 60);

/** Queries typed from each language's home: same-language, cross-script, and shared words. */
export const QUERIES: Record<'fr' | 'zh-cn', string[]> = {
  fr: ['hydraulique', 'Fugu', '府谷', '扶贫'],
  'zh-cn': ['水利部', '扶贫', 'Taiqian', 'jumelage'],
};
const PAGES = { home: '', model: 'models/paired-assistance/', case: 'cases/fugu-3331/' } as const;

function dirBytes(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true }))
    // The .br/.gz copies the build writes for the server are not part of the index.
    if (f.isFile() && !/\.(br|gz)$/.test(f.name)) {
      files += 1;
      bytes += statSync(join(f.parentPath, f.name)).size;
    }
  return { files, bytes };
}

/** The largest built HTML page, raw bytes: listing pages must not grow with the site. */
function largestHtml(dir: string): { path: string; bytes: number; gzipBytes: number } {
  let largest = { path: '', bytes: 0 };
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (f.isFile() && f.name.endsWith('.html')) {
      const bytes = statSync(join(f.parentPath, f.name)).size;
      if (bytes > largest.bytes) largest = { path: join(f.parentPath, f.name).slice(dir.length + 1), bytes };
    }
  return { ...largest, gzipBytes: gzipSync(readFileSync(join(dir, largest.path))).length };
}

function tempSite(label: string) {
  const dir = mkdtempSync(join(tmpdir(), `bench-${label}-`));
  return { dir, env: { OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, 'cache') } };
}

async function build(env: Record<string, string>, label: string): Promise<BuildRun> {
  process.stdout.write(`build ${label}… `);
  const run = await runBuild(env);
  console.log(run.ok ? `${(run.wallMs / 1000).toFixed(1)} s, ${(run.peakRssBytes / 2 ** 20).toFixed(0)} MiB` : 'FAILED');
  if (!run.ok) throw new Error(`build ${label} failed:\n${run.tail}`);
  console.log(printSteps(run));
  return run;
}

/** Edits the body of one synthetic entry, as an author fixing a sentence would (alignment kept). */
function editOneEntry(content: string): string {
  const file = join(content, 'fr/cases/synthetic-00001.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/(\n## [^\n]+\n\n[^\n]+)/, '$1 (modifié)'));
  return file;
}

async function measureSearch(browser: Awaited<ReturnType<typeof launchChromium>>, root: string, n: number) {
  const server = await startCountingServer(root);
  // The same first search once more, as sent to a client without brotli (the budget is stated in gzip).
  const gzipServer = await startCountingServer(root, { gzipOnly: true });
  const out: Results['search'] = [];
  const pages = Object.entries(PAGES);
  try {
    for (const locale of ['fr', 'zh-cn'] as const) {
      const list = QUERIES[locale];
      for (const [i, query] of list.entries()) {
        const later = list[(i + 1) % list.length]!;
        // Each query from another entry page in turn: home, model, case.
        const [pageType, pagePath] = pages[i % pages.length]!;
        const path = `${locale}/${pagePath}`;
        const sessions = [];
        for (let r = 0; r < n; r++) sessions.push(await searchSession(browser, server, path, query, later, typeDelay));
        const gzipSession = await searchSession(browser, gzipServer, path, query, later, typeDelay);
        const first = sessions.map((s) => s.first);
        out.push({
          from: locale,
          page: pageType,
          query,
          later,
          results: first[0]!.results,
          openBytes: median(sessions.map((s) => s.openBytes)),
          firstBytes: median(first.map((f) => f.bytes)),
          firstGzipBytes: gzipSession.first.bytes,
          firstFragments: median(first.map((f) => f.transfers.filter((t) => t.path.endsWith('.pf_fragment')).length)),
          laterBytes: median(sessions.map((s) => s.later.bytes)),
          latencyMs: median(first.map((f) => f.latencyMs)),
          laterLatencyMs: median(sessions.map((s) => s.later.latencyMs)),
          latencies: first.map((f) => Math.round(f.latencyMs)),
          firstTransfers: first[0]!.transfers.map(({ path, bytes, category }) => ({ path, bytes, category })),
        });
        if (!first[0]!.results) console.warn(`warning: "${query}" from ${locale}/ found nothing`);
      }
    }
  } finally {
    await server.close();
    await gzipServer.close();
  }
  return out;
}

if (process.argv.some((a) => a.startsWith('--report'))) {
  printReport(JSON.parse(readFileSync(flag('report') ?? 'bench-results/latest.json', 'utf8')) as Results);
  process.exit(0);
}

const started = new Date();
const file = `bench-results/bench-${started.toISOString().replace(/[:.]/g, '-')}.json`;
/** Saves what is measured so far, so that a long run stopped midway still leaves its figures. */
function save() {
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(file, JSON.stringify(results, null, 2));
  writeFileSync('bench-results/latest.json', JSON.stringify(results, null, 2));
}
const browser = await launchChromium();
const results: Results = {
  date: started.toISOString(),
  typeDelayMs: typeDelay,
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: browser.version(),
  },
  build: [],
  pages: [],
  search: [],
  scale: [],
};

try {
  // 1. The real site: builds from a cold cache, each in its own output folder.
  const real = tempSite('real');
  for (let i = 0; i < buildRuns; i++) {
    rmSync(real.env.ASTRO_CACHE_DIR, { recursive: true, force: true });
    results.build.push(await build(real.env, `real site (${i + 1}/${buildRuns})`));
  }
  const { folder: realEdition, ...realFacts } = editionFacts(real.env.OUT_DIR, results.build[0]!);
  results.portable = [{ label: 'real site', ...realFacts }];
  save();

  // 2. Page weight of each page type in each language.
  if (!buildOnly) {
    const server = await startCountingServer(real.env.OUT_DIR);
    for (const locale of ['fr', 'zh-cn'] as const)
      for (const [type, path] of Object.entries(PAGES)) {
        const w: Weight = await pageWeight(browser, server, `${locale}/${path}`);
        results.pages.push({ locale, type, path: `${locale}/${path}`, ...w });
      }
    await server.close();

    // 3. Search on the real site.
    console.log(`search: ${runs} runs per query…`);
    results.search = await measureSearch(browser, real.env.OUT_DIR, runs);
    // The portable edition's first search from disk: the same pages and queries.
    results.portable[0]!.firstSearch = [];
    for (const row of results.search.filter((q) => q.page === 'home')) {
      const read = await editionFirstSearch(browser, realEdition, `${row.from}/index.html`, row.query);
      results.portable[0]!.firstSearch.push({
        from: row.from,
        query: row.query,
        editionBytes: read.bytes,
        editionFiles: read.files,
        servedBytes: row.firstBytes,
      });
    }
    save();

    // 3b. Search quality: the query set typed into the search box (as `npm run search:quality`).
    const site = await startServer({ root: real.env.OUT_DIR, base: '/', port: 0 });
    try {
      const quality = await evaluateSearchQuality(browser, site.url);
      console.log(formatQualityReport(quality));
      const { hitAt5, mrr, byCategory } = quality;
      results.quality = {
        queries: quality.queries.length,
        hitAt5,
        mrr,
        zeroResults: quality.zeroResults.map((q) => `${q.from}: ${q.query}`),
        byCategory,
      };
    } finally {
      site.server.close();
    }
  }
  rmSync(real.dir, { recursive: true, force: true });
  save();

  // 4. Scale: synthetic entries, never inside content/.
  if (!skipScale)
    for (const n of sizes) {
      const site = tempSite(`scale-${n}`);
      const content = writeSyntheticContent(n, { dir: join(site.dir, 'content') });
      const run = await build({ ...site.env, CONTENT_DIR: content }, `${n} entries per language`);
      const index = ['pagefind-fr', 'pagefind-zh-cn'].map((d) => dirBytes(join(site.env.OUT_DIR, d)));
      const pageBytes = dirBytes(site.env.OUT_DIR);
      const largestPage = largestHtml(site.env.OUT_DIR);
      const { folder: _folder, ...facts } = editionFacts(site.env.OUT_DIR, run);
      results.portable?.push({ label: `${n} entries per language`, ...facts });
      let search: Awaited<ReturnType<typeof measureSearch>> = [];
      if (!buildOnly) {
        console.log(`search on ${n} entries per language…`);
        search = await measureSearch(browser, site.env.OUT_DIR, Math.max(3, Math.ceil(runs / 2)));
      }
      let rebuild;
      let rebuildNoReuse;
      if (!skipRebuild) {
        editOneEntry(content);
        rebuild = await build({ ...site.env, CONTENT_DIR: content }, `${n} entries per language, one entry edited (warm cache)`);
        // The same edit again, without the reuse layers (src/integrations/reuse/): what they save.
        editOneEntry(content);
        rebuildNoReuse = await build(
          { ...site.env, CONTENT_DIR: content, REUSE: 'off' },
          `${n} entries per language, one entry edited, REUSE=off`,
        );
      }
      results.scale.push({
        entriesPerLanguage: n,
        pagesPerLanguage: n + 9,
        build: run,
        indexFiles: index.reduce((s, i) => s + i.files, 0),
        indexBytes: index.reduce((s, i) => s + i.bytes, 0),
        firstBytes: median(search.map((s) => s.firstBytes)),
        laterBytes: median(search.map((s) => s.laterBytes)),
        latencyMs: median(search.map((s) => s.latencyMs)),
        search,
        ...(rebuild ? { rebuild } : {}),
        ...(rebuildNoReuse ? { rebuildNoReuse } : {}),
        siteBytes: pageBytes.bytes,
        largestPage,
      });
      rmSync(site.dir, { recursive: true, force: true });
      save();
    }
} finally {
  await browser.close();
}

save();
printReport(results);
console.log(`\nJSON: ${file} (and bench-results/latest.json)`);
