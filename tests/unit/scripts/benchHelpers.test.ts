/** The benchmark's bookkeeping: what kind of file a request is, and the totals it adds up to. */
import { describe, expect, it } from 'vitest';
import { categoryOf } from '../../../scripts/bench/countingServer.ts';
import { median, summarize } from '../../../scripts/bench/browserRuns.ts';
import { treeRss } from '../../../scripts/bench/measureBuild.ts';
import { buildSteps } from '../../../scripts/bench/buildSteps.ts';

describe('benchmark helpers', () => {
  it('sorts requests into HTML, CSS, JS, fonts, images, WebAssembly and index chunks', () => {
    expect(categoryOf('/fr/cases/beta/')).toBe('html');
    expect(categoryOf('/fr/?q=Fugu')).toBe('html');
    expect(categoryOf('/_astro/index.Bx1.css')).toBe('css');
    expect(categoryOf('/pagefind-fr/pagefind-worker.js')).toBe('js');
    expect(categoryOf('/fonts/noto.woff2')).toBe('font');
    expect(categoryOf('/favicon.svg')).toBe('image');
    expect(categoryOf('/pagefind-fr/wasm.fr.pagefind')).toBe('wasm');
    expect(categoryOf('/pagefind-zh-cn/index/zh-cn_c75.pf_index')).toBe('index');
    expect(categoryOf('/pagefind-fr/pagefind-entry.json?ts=1')).toBe('other');
  });

  it('adds up requests and bytes per category', () => {
    const s = summarize([
      { path: '/fr/', category: 'html', bytes: 5000, status: 200 },
      { path: '/a.js', category: 'js', bytes: 1000, status: 200 },
      { path: '/b.js', category: 'js', bytes: 200, status: 200 },
    ]);
    expect(s).toMatchObject({
      requests: 3,
      bytes: 6200,
      byCategory: { html: { requests: 1, bytes: 5000 }, js: { requests: 2, bytes: 1200 } },
    });
    expect(s.largest[0]).toEqual({ path: '/fr/', bytes: 5000 });
  });

  it('takes medians of odd and even counts', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 20, 30])).toBe(25);
  });

  it('measures the memory of a process tree, this one at least', () => {
    const rss = treeRss(process.pid);
    expect(rss.total).toBeGreaterThanOrEqual(process.memoryUsage().rss * 0.5);
    expect(rss.largest).toBeGreaterThanOrEqual(process.memoryUsage().rss * 0.5);
    expect(rss.largest).toBeLessThanOrEqual(rss.total);
  });
});

describe('build steps', () => {
  it('reads the step lines of a build, splits bundling from rendering, and gives each step its peak memory', () => {
    const lines = [
      { line: '10:00:05 [dingdian-fupin:site-build] content synced and types generated (5000 ms)', at: 5_000 },
      { line: '10:00:50 [vite] ✓ built in 1m 16s', at: 81_000 },
      { line: '10:00:50 [vite] ✓ built in 217ms', at: 81_300 },
      { line: '10:03:00 [dingdian-fupin:site-build] bundled and pages rendered (190000 ms)', at: 195_000 },
      { line: '\u001b[2m10:03:05\u001b[22m [dingdian-fupin:site-build] pagefind-fr indexes 2023 pages (40000 ms)', at: 235_000 },
      { line: '10:03:05 [dingdian-fupin:site-build] 48 pages and 2 sitemap files, every internal link resolves', at: 235_000 },
    ];
    const samples: [number, number][] = [
      [1_000, 100],
      [50_000, 900],
      [150_000, 1500],
      [220_000, 700],
    ];
    expect(buildSteps(lines, samples)).toEqual([
      { step: 'content synced and types generated', ms: 5000, peakRssBytes: 100 },
      { step: 'bundled (Vite; MDX compiled)', ms: 76_217, peakRssBytes: 900 },
      { step: 'pages rendered', ms: 113_783, peakRssBytes: 1500 },
      { step: 'pagefind-fr indexes 2023 pages', ms: 40_000, peakRssBytes: 700 },
    ]);
  });
});
