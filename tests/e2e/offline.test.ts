/**
 * Offline reading: after one visit the service worker has saved the whole
 * build, so with the server gone and the browser offline an unvisited page
 * in either language, a search and the 404 page still work; a new build
 * replaces the saved one and the reader is told. Each test serves its own
 * copy of the build so it can stop the server or change the files.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { openSearch, resultTitles, search } from './site.ts';
import { startServer } from '../../scripts/serve/staticServer.ts';
import { basePath, distDir } from '../../src/site/config.ts';

let browser: Browser;
let context: BrowserContext;
let copy: { dir: string; server: Server; url: string };

beforeAll(async () => {
  browser = await launchChromium();
});
afterEach(async () => {
  await context.close();
  copy.server.closeAllConnections();
  copy.server.close();
  rmSync(copy.dir, { recursive: true, force: true });
});
afterAll(() => browser.close());

async function serveCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'offline-'));
  cpSync(distDir, dir, { recursive: true });
  const { server, url } = await startServer({ root: dir, base: basePath(), port: 0 });
  return { dir, server, url };
}

async function firstVisit(path: string): Promise<{ page: Page; errors: string[] }> {
  copy = await serveCopy();
  context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(path, copy.url).href);
  await page.waitForSelector('[data-offline-status][data-shown="ready"]');
  return { page, errors };
}

describe('offline reading', () => {
  it('tells the reader, in the page language, when the site is saved', async () => {
    const { page } = await firstVisit('zh-cn/');
    expect(await page.textContent('[data-offline-status] [role="status"]')).toContain('离线');
    await page.keyboard.press('Tab'); // the notice never traps or steals focus
    await page.click('[data-offline-dismiss]');
    expect(await page.getAttribute('[data-offline-status]', 'data-shown')).toBeNull();
    await page.goto(new URL('fr/', copy.url).href);
    expect(await page.getAttribute('[data-offline-status]', 'data-shown'), 'shown once, not on every page').toBeNull();
  });

  it('after one visit, unvisited pages in both languages, search and the 404 page work with the network off', async () => {
    const { page, errors } = await firstVisit('fr/');
    expect(await page.textContent('[data-offline-status] [role="status"]')).toContain('hors ligne');
    copy.server.closeAllConnections();
    await new Promise((resolve) => copy.server.close(resolve));
    await context.setOffline(true);

    await page.goto(new URL('zh-cn/cases/fugu-3331/', copy.url).href);
    expect(await page.textContent('h1')).toContain('府谷');
    await page.goto(new URL('fr/cases/cnpc-taiqian/?highlight=Taiqian', copy.url).href);
    expect(await page.textContent('h1')).toContain('Taiqian');

    await openSearch(page);
    await search(page, '府谷');
    const results = await resultTitles(page);
    expect(results.map((r) => r.lang)).toEqual(expect.arrayContaining(['fr', 'zh-CN']));
    await search(page, 'hydraulique');
    expect((await resultTitles(page)).some((r) => r.href.includes('/fr/cases/water-resources/'))).toBe(true);

    const missing = await page.goto(new URL('zh-cn/no-such-page/', copy.url).href);
    expect(missing?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(errors).toEqual([]);
  });

  it('a new build replaces the saved site, and the reader is told to reload', async () => {
    const { page } = await firstVisit('fr/');
    const edit = (file: string, change: (text: string) => string) =>
      writeFileSync(join(copy.dir, file), change(readFileSync(join(copy.dir, file), 'utf8')));
    edit('fr/index.html', (html) => html.replace('</main>', '<p id="new-build">nouvelle version</p></main>'));
    edit('sw.js', (js) => js.replaceAll(/"([0-9a-f]{16})"|v=([0-9a-f]{16})/g, (m) => m.replace(/[0-9a-f]{16}/, 'f'.repeat(16))));

    await page.reload();
    expect(await page.$('#new-build'), 'the saved page is served until the new build is in place').toBeNull();
    await page.waitForSelector('[data-offline-status][data-shown="updated"]');
    expect(await page.textContent('[data-offline-status] [role="status"]')).toContain('Rechargez');
    await page.reload();
    expect(await page.textContent('#new-build')).toBe('nouvelle version');
  });
});
