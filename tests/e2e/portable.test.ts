/**
 * The portable edition opened from disk (`file://`) in Chromium, unzipped
 * from the built zip into a folder named with a space and Chinese characters:
 * every page, every link, search with the served site's results, the look,
 * the same strict policy as online (the real build's edition); search in both
 * languages, the language switch, tooltips, the map and the parallel view (the
 * fixture site's edition, whose words the queries name); no error, no
 * request outside the folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import { launchChromium } from '../../scripts/chromium.ts';
import type { QualityQuery } from '../../scripts/search-quality/evaluate.ts';
import { openSearch, search, url, watchedPage } from './site.ts';
import { fixtureDir } from './fixtureSite.ts';
import { sitePathOf, unzipEdition, type UnzippedEdition } from './portableEdition.ts';
import { findEntry } from '../helpers/siteEntries.ts';

const aCase = findEntry('case');

let browser: Browser;
/** The real build's edition. */
let edition: UnzippedEdition;
/** The fixture site's edition. */
let fixture: UnzippedEdition;

beforeAll(async () => {
  edition = await unzipEdition();
  fixture = await unzipEdition('tests/.tmp/离线 fixture', fixtureDir());
  browser = await launchChromium();
});
afterAll(() => browser.close());

interface FileWatched {
  context: BrowserContext;
  page: Page;
  /** Requests for anything outside the edition's folder. */
  outside: string[];
  errors: string[];
}

/** A page of an edition (the real build's unless told) that records errors and requests outside its folder. */
async function filePage(options: BrowserContextOptions = {}, ed = edition): Promise<FileWatched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const outside: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => {
    if (!r.url().startsWith(ed.root) && !r.url().startsWith('data:')) outside.push(r.url());
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || '(unknown)'} in ${e.sourceFile || e.documentURI}`),
    );
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  return { context, page, outside, errors };
}

const at = (path: string) => edition.root + path;
const inFixture = (path: string) => fixture.root + path;
const fileOf = (href: string) => fileURLToPath(href.replace(/[?#].*$/s, ''));
const idsOf = new Map<string, Set<string>>();
function ids(file: string): Set<string> {
  let found = idsOf.get(file);
  if (!found) {
    found = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    idsOf.set(file, found);
  }
  return found;
}

describe('every page from disk', () => {
  it('opens with no error and no request outside the folder, and its links name files of the edition', async () => {
    expect(edition.pages.length).toBeGreaterThan(60);
    const w = await filePage();
    const broken: string[] = [];
    for (const file of edition.pages.filter((p) => p !== 'index.html')) {
      await w.page.goto(at(file), { waitUntil: 'load' });
      expect(w.page.url(), `${file} stays put`).toBe(at(file));
      // No offline-reading control (its script is what registers the served site's service worker), no download link.
      expect(await w.page.locator('[data-offline-status], [data-offline-save], [data-portable-download]').count(), file).toBe(0);
      // As written (SVG links too), resolved against the page.
      const links = await w.page.$$eval('[href], script[src]', (els) =>
        els.map((e) => new URL(e.getAttribute('href') ?? e.getAttribute('src')!, document.baseURI).href),
      );
      for (const href of links) {
        if (!href.startsWith('file:')) continue;
        if (!href.startsWith(edition.root)) {
          broken.push(`${file}: ${href} is outside the folder`);
          continue;
        }
        const target = fileOf(href);
        if (!existsSync(target) || !/\.[a-z0-9]+$/i.test(target)) broken.push(`${file}: ${href} names no file`);
        const hash = decodeURIComponent(new URL(href).hash.slice(1));
        if (hash && existsSync(target) && target.endsWith('.html') && !ids(target).has(hash))
          broken.push(`${file}: ${href} has no #${hash}`);
      }
    }
    expect(broken).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.outside).toEqual([]);
    await w.context.close();
  }, 180_000);

  it('keeps the served page’s policy: no unsafe-inline, no unsafe-eval', async () => {
    const w = await watchedPage(browser);
    const policy = (page: Page) => page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
    for (const path of ['fr/', `zh-cn/${aCase.slug}/`]) {
      await w.page.goto(url(path));
      const online = await policy(w.page);
      const f = await filePage();
      await f.page.goto(at(`${path}index.html`));
      const fromDisk = await policy(f.page);
      expect(fromDisk).toBe(online);
      expect(fromDisk).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      await f.context.close();
    }
    await w.context.close();
  });
});

describe('reader flows from disk', () => {
  for (const [locale, home] of [
    ['fr-FR', 'fr/index.html'],
    ['zh-CN', 'zh-cn/index.html'],
  ] as const)
    it(`sends a ${locale} reader from the root page to ${home}`, async () => {
      const w = await filePage({ locale }, fixture);
      await w.page.goto(inFixture('index.html'));
      await w.page.waitForURL(inFixture(home));
      expect(w.errors).toEqual([]);
      await w.context.close();
    });

  it('searches both languages from a French page; a result opens its page with the words highlighted', async () => {
    const w = await filePage({}, fixture);
    await w.page.goto(inFixture('fr/index.html'));
    await openSearch(w.page);
    await search(w.page, 'irrigation');
    const links = await w.page.$$eval('[data-search-results] .result-link', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((h) => h.startsWith(fixture.root) && /index\.html(\?|$)/.test(h))).toBe(true);
    // A name two French pages and two Chinese pages hold: both languages in the first five.
    await search(w.page, '梅岭');
    expect(await w.page.locator('[data-search-results] .result-link').count()).toBeGreaterThan(0);
    expect(await w.page.locator('[data-search-results]').innerText()).toMatch(/[\u4e00-\u9fff]/);
    // On a French page the reader's language comes first: open a Chinese result.
    await w.page.locator('[data-search-results] .result-link[href*="/zh-cn/"]').first().click();
    await w.page.waitForURL(/\/zh-cn\/.+\/index\.html\?highlight=/);
    await w.page.waitForSelector('[data-pagefind-body] mark');
    expect(w.errors).toEqual([]);
    expect(w.outside).toEqual([]);
    await w.context.close();
  });

  it('searches from a Chinese page: pinyin, traditional characters and a misspelling find pages', async () => {
    const w = await filePage({}, fixture);
    await w.page.goto(inFixture('zh-cn/index.html'));
    await openSearch(w.page);
    // 对口协作 as toneless pinyin, in traditional characters, and « entreprise » misspelt.
    for (const query of ['duikou', '對口協作', 'entreprize']) {
      await search(w.page, query);
      expect(await w.page.locator('[data-search-results] .result-link').count(), query).toBeGreaterThan(0);
    }
    expect(w.errors).toEqual([]);
    expect(w.outside).toEqual([]);
    await w.context.close();
  });

  it('switches language onto the same section of the twin, and back', async () => {
    const w = await filePage({ viewport: { width: 1200, height: 700 } }, fixture);
    await w.page.goto(inFixture('fr/cases/meiling-bridges/index.html'));
    await w.page.evaluate(() => document.getElementById('s3')!.scrollIntoView({ block: 'start' }));
    const box = (await w.page.locator('.language-switch').boundingBox())!;
    await w.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await w.page.waitForURL(inFixture('zh-cn/cases/meiling-bridges/index.html#s3'));
    expect(await w.page.getAttribute('html', 'lang')).toBe('zh-CN');
    const top = await w.page.evaluate(
      () =>
        document.getElementById('s3')!.getBoundingClientRect().top - document.querySelector('.site-header')!.getBoundingClientRect().bottom,
    );
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(40);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('shows a glossary tooltip on hover, and the map’s places open their pages', async () => {
    const w = await filePage({}, fixture);
    await w.page.goto(inFixture('fr/cases/changwu-2468/index.html'));
    const link = w.page.locator('a.term-link').first();
    const tip = w.page.locator(`#${await link.getAttribute('aria-describedby')}`);
    expect(await tip.isVisible()).toBe(false);
    await link.hover();
    expect(await tip.isVisible()).toBe(true);
    await w.page.goto(inFixture('zh-cn/places/index.html'));
    const place = w.page.locator('svg.china-map a').first();
    await place.click();
    await w.page.waitForURL(/\/zh-cn\/.+\/index\.html(#.*)?$/);
    expect(await w.page.getAttribute('html', 'lang')).toBe('zh-CN');
    await w.page.goto(inFixture('fr/timeline/index.html'));
    expect(await w.page.locator('main a[href*="index.html"]').count()).toBeGreaterThan(3);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('shows the parallel view, both languages side by side', async () => {
    const w = await filePage({}, fixture);
    await w.page.goto(inFixture('fr/parallel/cases/meiling-bridges/index.html'));
    const blocks = w.page.locator('[data-aligned-blocks] > [id]');
    expect(await blocks.count()).toBeGreaterThan(4);
    const text = await w.page.locator('main').innerText();
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text).toMatch(/\b(le|la|les|des)\b/);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});

describe('the served site offers the edition', () => {
  for (const [path, text, hint] of [
    ['fr/', /^Télécharger le site \(zip, \d+,\d Mo\)$/, /index\.html/],
    [`zh-cn/${aCase.slug}/`, /^下载离线版（zip，\d+\.\d MB）$/, /index\.html/],
  ] as const)
    it(`in the footer of ${path}: the zip, its size in the page's language, and how to open it`, async () => {
      const w = await watchedPage(browser, { viewport: { width: 390, height: 844 } });
      await w.page.goto(url(path));
      const link = w.page.locator('[data-portable-download] a');
      await link.scrollIntoViewIfNeeded();
      await w.page.waitForFunction(() => /\d/.test(document.querySelector('[data-portable-size]')?.textContent ?? ''));
      expect((await link.innerText()).replace(/\s+/g, ' ').trim()).toMatch(text);
      expect(await w.page.locator('#portable-download-hint').innerText()).toMatch(hint);
      expect(await w.page.locator('#portable-download-hint').isVisible()).toBe(true);
      const response = await w.page.request.get(await link.evaluate((a) => (a as HTMLAnchorElement).href));
      expect(response.status()).toBe(200);
      expect((await response.body()).length).toBe(edition.zipBytes);
      expect(w.errors).toEqual([]);
      await w.context.close();
    });
});

describe('the same search as the served site', () => {
  it('gives the same top five for every query of tests/search/queries.json, from either language', async () => {
    const queries = (JSON.parse(readFileSync('tests/search/queries.json', 'utf8')) as { queries: QualityQuery[] }).queries;
    const served = await watchedPage(browser, { viewport: { width: 1280, height: 800 } });
    const disk = await filePage();
    const differences: string[] = [];
    const top = (page: Page, root: string) =>
      page
        .$$eval('[data-search-results] .result-link', (as) => as.slice(0, 5).map((a) => (a as HTMLAnchorElement).href))
        .then((hs) => hs.map((h) => sitePathOf(h, root)));
    for (const from of [...new Set(queries.map((q) => q.from))]) {
      await served.page.goto(url(`${from}/`));
      await disk.page.goto(at(`${from}/index.html`));
      await openSearch(served.page);
      await openSearch(disk.page);
      for (const q of queries.filter((x) => x.from === from)) {
        await search(served.page, q.query);
        await search(disk.page, q.query);
        const online = await top(served.page, new URL(url('/')).href);
        const offline = await top(disk.page, edition.root);
        if (JSON.stringify(online) !== JSON.stringify(offline))
          differences.push(`${from}: ${q.query}: ${online.join(' ')} ≠ ${offline.join(' ')}`);
      }
    }
    expect(differences).toEqual([]);
    expect(disk.errors).toEqual([]);
    expect(disk.outside).toEqual([]);
    await served.context.close();
    await disk.context.close();
  }, 240_000);
});

describe('looks as online', () => {
  for (const colorScheme of ['light', 'dark'] as const)
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ])
      it(`${colorScheme}, ${viewport.width} px: the first screen of pages in both languages matches the served site`, async () => {
        const served = await watchedPage(browser, { viewport, colorScheme });
        const disk = await filePage({ viewport, colorScheme });
        for (const path of ['fr/', `zh-cn/${aCase.slug}/`, 'fr/places/']) {
          await served.page.goto(url(path));
          await disk.page.goto(at(`${path}index.html`));
          const [a, b] = await Promise.all([served.page.screenshot(), disk.page.screenshot()]).then((shots) =>
            shots.map((s) => PNG.sync.read(s)),
          );
          const differing = pixelmatch(a!.data, b!.data, null, a!.width, a!.height, { threshold: 0.1 });
          expect(differing / (a!.width * a!.height), path).toBeLessThan(0.002);
        }
        expect(disk.errors).toEqual([]);
        await served.context.close();
        await disk.context.close();
      });
});
