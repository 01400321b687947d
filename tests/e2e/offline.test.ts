/**
 * Offline reading on the reader's terms. A first visit downloads nothing in
 * the background; the footer offers "Lire hors ligne / 离线阅读" with its
 * size; once the reader saves, an unvisited page in either language, a
 * search and the 404 page work with the network off. An installed app saves
 * by itself, unless the browser asks to save data. A new build costs only
 * the files that changed; files a deploy dropped stay while an old page is
 * open; a download that stalls is retried. Each test serves its own copy of
 * the build, with a log of every request, so it can stop the server or
 * change the files. On the fixture site (tests/fixtures/site).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { allResults, openSearch, search } from './site.ts';
import { fixtureDir } from './fixtureSite.ts';
import { createSiteHandler } from '../../scripts/serve/staticServer.ts';
import { basePath } from '../../src/deploy/config.ts';

let browser: Browser;
let context: BrowserContext;
let copy: { dir: string; server: Server; url: string; log: string[]; stall: Set<string> };

beforeAll(async () => {
  browser = await launchChromium();
  copy = await serveCopy();
});
afterEach(async () => {
  await context.close();
  await replaceCopy();
});
afterAll(async () => {
  stopCopy();
  await browser.close();
});

function stopCopy() {
  copy.server.closeAllConnections();
  copy.server.close();
  rmSync(copy.dir, { recursive: true, force: true });
}
async function replaceCopy() {
  stopCopy();
  copy = await serveCopy();
}

async function serveCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'offline-'));
  cpSync(fixtureDir(), dir, { recursive: true, dereference: true });
  const handle = createSiteHandler({ root: dir, base: basePath() });
  const log: string[] = [];
  const stall = new Set<string>();
  const server = createServer((req, res) => {
    log.push(req.url ?? '');
    // A path in `stall` is answered never, once: the worker must give up on it and try again.
    if (stall.delete(new URL(req.url ?? '/', 'http://x').pathname)) return;
    void handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return { dir, server, log, stall, url: `http://127.0.0.1:${address.port}${basePath()}` };
}

async function visit(path: string, options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
  context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(path, copy.url).href);
  return { page, errors };
}

/** The reader clicks "read offline" and waits until the site is saved. */
async function saveOffline(page: Page) {
  await page.click('[data-offline-save] button');
  await page.waitForSelector('[data-offline-status][data-shown="ready"]');
}

const edit = (file: string, change: (text: string) => string) => {
  writeFileSync(join(copy.dir, file), change(readFileSync(join(copy.dir, file), 'utf8')));
  // The precompressed copies would still hold the old bytes.
  rmSync(join(copy.dir, `${file}.br`), { force: true });
  rmSync(join(copy.dir, `${file}.gz`), { force: true });
};
const editManifest = (change: (files: Record<string, string>) => void) =>
  edit('precache.json', (text) => {
    const manifest = JSON.parse(text) as { bytes: number; files: Record<string, string> };
    change(manifest.files);
    return JSON.stringify(manifest);
  });

describe('offline reading', () => {
  it('a first visit downloads only what the page needs; the footer offers offline reading with its size, in the page language', async () => {
    for (const [path, label] of [
      ['fr/', /^Lire hors ligne\s\(\d+,\d Mo\)$/],
      ['zh-cn/', /^离线阅读（\d+\.\d MB）$/],
    ] as const) {
      for (const viewport of [
        { width: 390, height: 844 },
        { width: 1280, height: 800 },
      ]) {
        const { page } = await visit(path, { viewport });
        const before = copy.log.length;
        await page.waitForTimeout(1500);
        // (The tab's icon aside.)
        expect(
          copy.log.slice(before).filter((u) => !u.endsWith('/favicon.svg')),
          'nothing fetched after the page has loaded',
        ).toEqual([]);
        expect(copy.log.filter((u) => /precache\.json|sw\.js/.test(u))).toEqual([]);
        expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r === undefined))).toBe(true);
        expect(
          copy.log.slice(before).filter((u) => u.endsWith('/offline-size.json')),
          'the size is fetched only when the control is seen',
        ).toEqual([]);
        const button = page.locator('[data-offline-save] button');
        await button.scrollIntoViewIfNeeded();
        expect(await button.isVisible()).toBe(true);
        await page.waitForFunction(() => document.querySelector('[data-offline-size]')!.textContent !== '');
        expect((await button.innerText()).trim()).toMatch(label);
        expect(copy.log.slice(before).filter((u) => u.endsWith('/offline-size.json'))).toHaveLength(1);
        const box = (await button.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
        await context.close();
      }
    }
  });

  it('tells the reader, in the page language, when the site is saved', async () => {
    const { page } = await visit('zh-cn/');
    await saveOffline(page);
    expect(await page.innerText('[data-offline-status] [role="status"]')).toContain('离线');
    expect(await page.innerText('[data-offline-save] [data-offline-state]')).toContain('离线阅读');
    expect(await page.isVisible('[data-offline-save] button'), 'nothing left to click').toBe(false);
    await page.keyboard.press('Tab'); // the notice never traps or steals focus
    await page.click('[data-offline-dismiss]');
    expect(await page.getAttribute('[data-offline-status]', 'data-shown')).toBeNull();
    await page.goto(new URL('fr/', copy.url).href);
    expect(await page.getAttribute('[data-offline-status]', 'data-shown'), 'shown once, not on every page').toBeNull();
    await page.waitForSelector('[data-offline-save][data-state="saved"]');
    expect(await page.innerText('[data-offline-save] [data-offline-state]')).toContain('hors ligne');
  });

  it('after saving, unvisited pages in both languages, search and the 404 page work with the network off', async () => {
    const { page, errors } = await visit('fr/');
    await saveOffline(page);
    expect(await page.innerText('[data-offline-status] [role="status"]')).toContain('hors ligne');
    copy.server.closeAllConnections();
    await new Promise((resolve) => copy.server.close(resolve));
    await context.setOffline(true);

    await page.goto(new URL('zh-cn/cases/changwu-2468/', copy.url).href);
    expect(await page.innerText('h1')).toContain('长武');
    await page.goto(new URL('fr/cases/meiling-bridges/?highlight=Meiling', copy.url).href);
    expect(await page.innerText('h1')).toContain('Meiling');

    await openSearch(page);
    await search(page, '长武');
    const results = await allResults(page);
    expect(results.map((r) => r.lang)).toEqual(expect.arrayContaining(['fr', 'zh-CN']));
    await search(page, 'hydraulique');
    expect((await allResults(page)).some((r) => r.href.includes('/fr/cases/water-office/'))).toBe(true);

    for (const [path, lang] of [
      ['zh-cn/no-such-page/', 'zh-CN'],
      ['fr/nulle-part/', 'fr'],
    ]) {
      const missing = await page.goto(new URL(path!, copy.url).href);
      expect(missing?.status()).toBe(404);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
    }
    expect(errors).toEqual([]);
  });

  it('an installed app saves by itself, unless the browser asks to save data', async () => {
    const standalone = () => {
      const real = window.matchMedia.bind(window);
      window.matchMedia = (query: string) => (query === '(display-mode: standalone)' ? { ...real(query), matches: true } : real(query));
    };
    const app = await visit('fr/');
    await context.addInitScript(standalone);
    await app.page.reload();
    await app.page.waitForSelector('[data-offline-status][data-shown="ready"]');
    await context.close();

    await replaceCopy();
    const thrifty = await visit('fr/');
    await context.addInitScript(standalone);
    await context.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
    await thrifty.page.reload();
    await thrifty.page.waitForTimeout(1500);
    expect(
      copy.log.filter((u) => /precache\.json|sw\.js/.test(u)),
      'Save-Data: no download',
    ).toEqual([]);
    expect(await thrifty.page.isVisible('[data-offline-save] button'), 'the reader can still ask').toBe(true);
  });

  it('is installable in Chromium: a manifest per language, with icons', async () => {
    for (const path of ['fr/', 'zh-cn/']) {
      const { page } = await visit(path);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
      // Test browser contexts are incognito, where Chromium offers no install; every other criterion holds.
      expect(
        installabilityErrors.filter((e) => e.errorId !== 'in-incognito'),
        path,
      ).toEqual([]);
      const { errors } = (await cdp.send('Page.getAppManifest')) as { errors: unknown[] };
      expect(errors, path).toEqual([]);
      const manifest = (await (await page.request.get(new URL(`${path}manifest.webmanifest`, copy.url).href)).json()) as Record<
        string,
        unknown
      >;
      expect(manifest.start_url).toBe(new URL(path, copy.url).pathname);
      expect(manifest.lang).toBe(path === 'fr/' ? 'fr' : 'zh-CN');
      await context.close();
    }
  });

  it('a new build costs only the files that changed, and the reader is told to reload', async () => {
    const { page } = await visit('fr/');
    await saveOffline(page);
    const saved = copy.log.length;
    expect(copy.log.filter((u) => /^\/[^?]*$/.test(u)).length, 'the first save fetched the site').toBeGreaterThan(50);

    edit('fr/index.html', (html) => html.replace('</main>', '<p id="new-build">nouvelle version</p></main>'));
    editManifest((files) => {
      files[`${basePath()}fr/`] = 'f'.repeat(12);
    });
    await page.reload();
    expect(await page.$('#new-build'), 'the saved page is served until the new build is in place').toBeNull();
    await page.waitForSelector('[data-offline-status][data-shown="updated"]');
    expect(await page.innerText('[data-offline-status] [role="status"]')).toContain('Rechargez');
    // (The browser's own update check of sw.js aside.)
    const update = copy.log
      .slice(saved)
      .map((u) => u.split('?')[0]!)
      .filter((u) => !u.endsWith('/sw.js'));
    expect(update.sort(), 'the update fetched the list and the changed page, nothing else').toEqual(
      [`${basePath()}fr/`, `${basePath()}precache.json`].sort(),
    );
    await page.reload();
    expect(await page.innerText('#new-build')).toBe('nouvelle version');
  });

  it('files a deploy dropped stay while a page from before is open, then go', async () => {
    const { page: old } = await visit('fr/');
    await saveOffline(old);
    const dropped = `${basePath()}pagefind-fr/pagefind-entry.json`;
    editManifest((files) => {
      delete files[dropped];
    });
    const cachedInOld = () =>
      old.evaluate(async (u) => Boolean(await (await caches.open(`site:${u.base}:files`)).match(u.url)), {
        base: basePath(),
        url: dropped,
      });
    const fresh = await context.newPage();
    await fresh.goto(new URL('zh-cn/', copy.url).href);
    await fresh.waitForFunction(() => document.querySelector('[data-offline-save]')?.getAttribute('data-state') === 'saved');
    expect(await cachedInOld(), 'kept for the page opened before the update').toBe(true);
    await old.close();
    await fresh.reload();
    await fresh.waitForFunction(() => document.querySelector('[data-offline-save]')?.getAttribute('data-state') === 'saved');
    await expect
      .poll(() =>
        fresh.evaluate(async (u) => Boolean(await (await caches.open(`site:${u.base}:files`)).match(u.url)), {
          base: basePath(),
          url: dropped,
        }),
      )
      .toBe(false);
  });

  it('a download that stalls is aborted and tried again', async () => {
    edit('sw.js', (js) => js.replace('const TIMEOUT = 15000;', 'const TIMEOUT = 1000;'));
    copy.stall.add(`${basePath()}zh-cn/cases/changwu-2468/`);
    const { page } = await visit('fr/');
    await saveOffline(page);
    expect(copy.log.filter((u) => u.startsWith(`${basePath()}zh-cn/cases/changwu-2468/`)).length).toBe(2);
    await context.setOffline(true);
    await page.goto(new URL('zh-cn/cases/changwu-2468/', copy.url).href);
    expect(await page.innerText('h1')).toContain('长武');
  });
});
