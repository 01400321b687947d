/** The benchmark's results: their shape, the targets (docs/performance.md), and the printed tables. */
import type { BuildRun } from './measureBuild.ts';
import type { Category } from './countingServer.ts';
import { median, type Weight } from './browserRuns.ts';
import type { EditionFacts } from './portableEdition.ts';

interface SearchRow {
  from: string;
  /** Entry page the search was opened on (home, model, case); older results: the home page. */
  page?: string;
  query: string;
  later: string;
  results: number;
  openBytes: number;
  firstBytes: number;
  /** The same first search sent to a client without brotli. */
  firstGzipBytes?: number;
  /** Result fragments fetched by the first search (one per result whose data is loaded). */
  firstFragments?: number;
  laterBytes: number;
  latencyMs: number;
  laterLatencyMs: number;
  latencies: number[];
  firstTransfers: { path: string; bytes: number; category: Category }[];
}

export interface Results {
  date: string;
  typeDelayMs?: number;
  machine: { cpus: number; cpu: string; memoryGiB: number; node: string; chromium: string };
  build: BuildRun[];
  pages: ({ locale: string; type: string; path: string } & Weight)[];
  search: SearchRow[];
  /** Search quality over tests/search/queries.json (scripts/search-quality/). */
  quality?: {
    queries: number;
    hitAt5: number;
    mrr: number;
    zeroResults: string[];
    byCategory: { category: string; n: number; hitAt5: number; mrr: number }[];
  };
  /** The portable edition of the real site and of each scale size (scripts/bench/portableEdition.ts). */
  portable?: ({
    label: string;
    /** A first search in the edition from disk, beside the served site's (same page and query). */
    firstSearch?: { from: string; query: string; editionBytes: number; editionFiles: number; servedBytes?: number }[];
  } & Omit<EditionFacts, 'folder'>)[];
  scale: {
    entriesPerLanguage: number;
    pagesPerLanguage: number;
    build: BuildRun;
    indexFiles: number;
    indexBytes: number;
    firstBytes: number;
    laterBytes: number;
    latencyMs: number;
    search: SearchRow[];
    /** The same build after editing one entry, warm cache. */
    rebuild?: BuildRun;
    /** The same again after a second edit, with REUSE=off: what the reuse layers (src/integrations/reuse/) save. */
    rebuildNoReuse?: BuildRun;
    siteBytes?: number;
    largestPage?: { path: string; bytes: number; gzipBytes: number };
  }[];
}

const kB = (b: number | undefined) => ((b ?? 0) / 1000).toFixed(1);
const MiB = (b: number) => (b / 2 ** 20).toFixed(0);
const s = (ms: number) => (ms / 1000).toFixed(1);

function table(head: string[], rows: (string | number)[][]): string {
  const lines = [head, head.map(() => '---'), ...rows.map((r) => r.map(String))];
  return lines.map((l) => `| ${l.join(' | ')} |`).join('\n');
}

/** One line per target: the figure and whether it is met. */
function targets(r: Results): { target: string; figure: string; met: boolean }[] {
  return [...(r.pages.length ? readerTargets(r) : []), ...scaleTargets(r)];
}

/** A build's peak memory: its largest process, and its whole tree (Pagefind's process beside Astro's). */
const peakFigure = (b: BuildRun) => `largest process ${MiB(b.peakProcessRssBytes)} MiB (process tree ${MiB(b.peakRssBytes)} MiB)`;

/** The build-at-scale targets (docs/performance.md). */
function scaleTargets(r: Results): { target: string; figure: string; met: boolean }[] {
  const out: { target: string; figure: string; met: boolean }[] = [];
  const at = (n: number) => r.scale.find((x) => x.entriesPerLanguage === n);
  const k = at(1000);
  if (k) {
    out.push({
      target: '1,000 pairs: cold build ≤ 40 s CPU (2× Starlight)',
      figure: `${s(k.build.cpuMs)} s CPU (wall ${s(k.build.wallMs)} s)`,
      met: k.build.cpuMs <= 40_000,
    });
    out.push({
      target: '1,000 pairs: peak ≤ 1.2 GiB (largest process)',
      figure: peakFigure(k.build),
      met: k.build.peakProcessRssBytes <= 1.2 * 2 ** 30,
    });
    if (k.rebuild)
      out.push({
        target: '1,000 pairs: one-entry rebuild < 30 % of the cold build (CPU)',
        figure: `${s(k.rebuild.cpuMs)} s CPU = ${((100 * k.rebuild.cpuMs) / k.build.cpuMs).toFixed(0)} %`,
        met: k.rebuild.cpuMs < 0.3 * k.build.cpuMs,
      });
  }
  const f = at(5000);
  if (f)
    out.push({
      target: '5,000 pairs: cold build < 4 min, peak < 2 GiB (largest process)',
      figure: `${s(f.build.wallMs)} s wall (${s(f.build.cpuMs)} s CPU), ${peakFigure(f.build)}`,
      met: f.build.wallMs < 240_000 && f.build.peakProcessRssBytes < 2 * 2 ** 30,
    });
  if (k && f) {
    const e = Math.log(f.build.cpuMs / k.build.cpuMs) / Math.log(f.pagesPerLanguage / k.pagesPerLanguage);
    out.push({
      target: 'build CPU grows at most linearly (exponent ≤ 1.1, 1,000 → 5,000)',
      figure: `CPU ∝ pages^${e.toFixed(2)}`,
      met: e <= 1.1,
    });
  }
  for (const x of r.scale)
    if (x.largestPage)
      out.push({
        target: `${x.entriesPerLanguage} pairs: no page past the entry-page budget (20 kB gzip)`,
        figure: `largest ${x.largestPage.path}: ${kB(x.largestPage.gzipBytes)} kB gzip`,
        met: x.largestPage.gzipBytes <= 20_000,
      });
  return out;
}

function readerTargets(r: Results): { target: string; figure: string; met: boolean }[] {
  const entries = r.pages.filter((p) => p.type !== 'home');
  const heaviest = Math.max(...entries.map((p) => p.bytes));
  const jsOnLoad = Math.max(...entries.map((p) => p.jsOnLoad.bytes + p.jsOnLoad.inlineBytes));
  const firstSearch = Math.max(...r.search.map((q) => q.firstBytes));
  const firstGzip = Math.max(...r.search.map((q) => q.firstGzipBytes ?? 0));
  const laterSearch = Math.max(...r.search.map((q) => q.laterBytes));
  const latency = (locale: string) => median(r.search.filter((q) => q.from === locale).flatMap((q) => q.latencies));
  const build = median(r.build.map((b) => b.wallMs));
  const out = [
    { target: 'entry page ≤ 20 kB gzip in all', figure: `${kB(heaviest)} kB (heaviest entry page)`, met: heaviest <= 20_000 },
    {
      target: 'entry page ≤ 5 kB of JavaScript before search opens',
      figure: `${kB(jsOnLoad)} kB (script files as sent + inline scripts uncompressed)`,
      met: jsOnLoad <= 5_000,
    },
    {
      target: 'first search from an entry page, both languages ≤ 125 kB',
      figure: `${kB(firstSearch)} kB as sent with brotli (largest over the queries and pages)`,
      met: firstSearch <= 125_000,
    },
    ...(firstGzip
      ? [
          {
            target: 'the same, to a client or host without brotli (gzip only) ≤ 125 kB',
            figure: `${kB(firstGzip)} kB (largest)`,
            met: firstGzip <= 125_000,
          },
        ]
      : []),
    { target: 'later queries ≤ 20 kB', figure: `${kB(laterSearch)} kB (largest)`, met: laterSearch <= 20_000 },
    ...['fr', 'zh-cn'].map((l) => ({
      target: `results ≤ 150 ms after the last keystroke (median), from ${l}/`,
      figure: `${latency(l).toFixed(0)} ms`,
      met: latency(l) <= 150,
    })),
    {
      target: 'real site builds no slower than Starlight (≈ 2.0 s)',
      figure: `${s(build)} s (median, cold cache; CPU ${s(median(r.build.map((b) => b.cpuMs)))} s)`,
      met: build <= 2_000,
    },
  ];
  const k = r.scale.find((x) => x.entriesPerLanguage === 1000);
  if (k)
    out.push({
      target: '1,000 entries per language: build < 60 s, peak memory < 1.5 GiB',
      figure: `${s(k.build.wallMs)} s, ${MiB(k.build.peakRssBytes)} MiB`,
      met: k.build.wallMs < 60_000 && k.build.peakRssBytes < 1.5 * 2 ** 30,
    });
  if (r.scale.length >= 2) {
    const [a, b] = [r.scale[0]!, r.scale.at(-1)!];
    const entryGrowth = b.pagesPerLanguage / a.pagesPerLanguage;
    const byteGrowth = b.firstBytes / a.firstBytes;
    // Bytes ∝ pages^k: k = 1 is linear growth; "far slower" taken as k < 0.25.
    const k = Math.log(byteGrowth) / Math.log(entryGrowth);
    out.push({
      target: 'first-query bytes grow far slower than entries',
      figure: `×${byteGrowth.toFixed(2)} bytes for ×${entryGrowth.toFixed(1)} pages (${a.entriesPerLanguage} → ${b.entriesPerLanguage} entries), bytes ∝ pages^${k.toFixed(2)}`,
      met: k < 0.25,
    });
  }
  if (r.quality)
    out.push({
      target: 'search quality: hit@5 ≥ 97 %, MRR ≥ 0.9, no query without results',
      figure: `${r.quality.queries} queries: hit@5 ${(r.quality.hitAt5 * 100).toFixed(1)} %, MRR ${r.quality.mrr.toFixed(3)}, ${r.quality.zeroResults.length} without results`,
      met: r.quality.hitAt5 >= 0.97 && r.quality.mrr >= 0.9 && r.quality.zeroResults.length === 0,
    });
  return out;
}

/** Where one build's time and memory went, one line per step. */
export function printSteps(run: BuildRun): string {
  if (!run.steps?.length) return '';
  const width = Math.max(...run.steps.map((x) => x.step.length));
  return run.steps
    .map(
      (x) => `  ${x.step.padEnd(width)}  ${s(x.ms).padStart(6)} s${x.peakRssBytes ? `  peak ${MiB(x.peakRssBytes).padStart(5)} MiB` : ''}`,
    )
    .join('\n');
}

function printPortable(r: Results): void {
  if (!r.portable?.length) return;
  console.log('\nPortable edition (zip ≤ 1.5 × the served site compressed; its step ≤ 15 % of the build at 1,000 pairs):\n');
  console.log(
    table(
      ['site', 'zip kB', 'unpacked kB', 'served compressed kB', 'zip / served', 'step ms', 'share of build'],
      r.portable.map((p) => [
        p.label,
        kB(p.zipBytes),
        kB(p.unpackedBytes),
        kB(p.servedCompressedBytes),
        p.zipRatio.toFixed(2),
        Math.round(p.stepMs),
        `${(p.buildShare * 100).toFixed(1)} %`,
      ]),
    ),
  );
  const searches = r.portable.flatMap((p) => (p.firstSearch ?? []).map((f) => ({ site: p.label, ...f })));
  if (searches.length) {
    console.log('\nFirst search: bytes read from disk by the edition (uncompressed files) / bytes the served site sends (brotli):\n');
    console.log(
      table(
        ['site', 'from', 'query', 'edition kB (files)', 'served kB'],
        searches.map((f) => [
          f.site,
          f.from,
          f.query,
          `${kB(f.editionBytes)} (${f.editionFiles})`,
          f.servedBytes === undefined ? '–' : kB(f.servedBytes),
        ]),
      ),
    );
  }
}

export function printReport(r: Results): void {
  const m = r.machine;
  console.log(
    `\n## Benchmark ${r.date}\nMachine: ${m.cpus} × ${m.cpu}, ${m.memoryGiB} GiB, Node ${m.node}, Chromium ${m.chromium}. kB = 1000 bytes, as sent by the site's server (brotli when the browser accepts it, else gzip). Queries typed with ${r.typeDelayMs ?? 60} ms between keys.\n`,
  );
  console.log(
    `Build of the real site (astro build + link check + both Pagefind indexes, cold cache): ` +
      r.build
        .map((b) => `${s(b.wallMs)} s (CPU ${s(b.cpuMs)} s, load ${b.loadAverage.toFixed(1)}) / ${MiB(b.peakRssBytes)} MiB`)
        .join(', ') +
      ` → median ${s(median(r.build.map((b) => b.wallMs)))} s, peak ${MiB(Math.max(...r.build.map((b) => b.peakRssBytes)))} MiB\n`,
  );
  const cat = (p: Weight, c: Category) => {
    const x = p.byCategory[c];
    return x ? `${x.requests} / ${kB(x.bytes)}` : '0';
  };
  if (r.pages.length) {
    console.log('Page weight on load (requests / kB):\n');
    console.log(
      table(
        ['page', 'requests', 'total kB', 'HTML', 'CSS', 'JS', 'fonts', 'images', 'JS run on load'],
        r.pages.map((p) => [
          `${p.type} (${p.locale})`,
          p.requests,
          kB(p.bytes),
          cat(p, 'html'),
          cat(p, 'css'),
          cat(p, 'js'),
          cat(p, 'font'),
          cat(p, 'image'),
          `${p.jsOnLoad.files} files ${kB(p.jsOnLoad.bytes)} kB + ${p.jsOnLoad.inlineScripts} inline (${kB(p.jsOnLoad.inlineBytes)} kB raw)`,
        ]),
      ),
    );
    console.log(
      '\nSearch (median of runs; first = from opening search on the entry page named (home when none) to the first results; in brackets, to a client without brotli):\n',
    );
    console.log(
      table(
        [
          'from',
          'query',
          'results shown',
          'first query kB (gzip only)',
          'fragments',
          'later query kB',
          'ms after last key',
          'later query ms',
        ],
        r.search.map((q) => [
          `${q.from}${q.page && q.page !== 'home' ? ` ${q.page}` : ''}`,
          q.query,
          q.results,
          `${kB(q.firstBytes)}${q.firstGzipBytes ? ` (${kB(q.firstGzipBytes)})` : ''}`,
          q.firstFragments ?? '–',
          `${kB(q.laterBytes)} (${q.later})`,
          q.latencyMs.toFixed(0),
          q.laterLatencyMs.toFixed(0),
        ]),
      ),
    );
  }
  if (r.scale.length) {
    console.log('\nScale (synthetic entries added to the real ones; search medians over all queries):\n');
    console.log(
      table(
        [
          'entries / language',
          'build s',
          'CPU s',
          'load',
          'peak MiB',
          'index files',
          'index MB',
          'first query kB',
          'later query kB',
          'ms after last key',
          'one-entry rebuild s (CPU s, % of cold CPU)',
          'same, REUSE=off',
          'largest page kB raw',
        ],
        r.scale.map((x) => [
          x.entriesPerLanguage,
          s(x.build.wallMs),
          s(x.build.cpuMs),
          x.build.loadAverage.toFixed(1),
          MiB(x.build.peakRssBytes),
          x.indexFiles,
          (x.indexBytes / 1e6).toFixed(1),
          x.search.length ? kB(x.firstBytes) : '–',
          x.search.length ? kB(x.laterBytes) : '–',
          x.search.length ? x.latencyMs.toFixed(0) : '–',
          x.rebuild ? `${s(x.rebuild.wallMs)} (${s(x.rebuild.cpuMs)}, ${((100 * x.rebuild.cpuMs) / x.build.cpuMs).toFixed(0)} %)` : '–',
          x.rebuildNoReuse
            ? `${s(x.rebuildNoReuse.wallMs)} (${s(x.rebuildNoReuse.cpuMs)}, ${((100 * x.rebuildNoReuse.cpuMs) / x.build.cpuMs).toFixed(0)} %)`
            : '–',
          x.largestPage ? `${kB(x.largestPage.bytes)} (${kB(x.largestPage.gzipBytes)} gzip, ${x.largestPage.path})` : '–',
        ]),
      ),
    );
    for (const x of r.scale) {
      console.log(`\nWhere the time went, ${x.entriesPerLanguage} entries per language (cold):\n${printSteps(x.build)}`);
      if (x.rebuild) console.log(`one entry edited (warm cache):\n${printSteps(x.rebuild)}`);
      if (x.rebuildNoReuse) console.log(`one entry edited, REUSE=off:\n${printSteps(x.rebuildNoReuse)}`);
    }
  }
  if (r.build[0]?.steps) console.log(`\nWhere the time went, real site (first cold build):\n${printSteps(r.build[0])}`);
  printPortable(r);
  console.log('\nTargets:\n');
  console.log(
    table(
      ['target', 'measured', 'met'],
      targets(r).map((t) => [t.target, t.figure, t.met ? 'yes' : 'no']),
    ),
  );
}
