/**
 * The built folder works under a sub-path: the real site is built with
 * BASE_PATH=/fupin/ and driven in Chromium — pages, the language switch,
 * search and offline reading all stay under /fupin/; its portable edition
 * opens from disk with the same links and search.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommand, buildEnv } from '../helpers/buildEnv.ts';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { openSearch, resultTitles, search } from '../e2e/site.ts';
import { startServer } from '../../scripts/serve/staticServer.ts';
import { findEntry, siteEntries } from '../helpers/siteEntries.ts';
import { frenchSpacing } from '../../src/i18n/frenchSpacing.ts';

const BASE = '/fupin/';
const aCase = findEntry('case');
const aModel = findEntry('model');
/** Queries with results: the longest word of the case's French title, the model's Chinese title. */
const frenchWord = aCase.data.title.split(/[^\p{L}]+/u).reduce((a, b) => (b.length > a.length ? b : a));
const chineseTitle = siteEntries().find((e) => e.locale === 'zh-cn' && e.slug === aModel.slug)!.data.title;
const dir = mkdtempSync(join(tmpdir(), 'subpath-'));
let browser: Browser;

beforeAll(() => {
  const result = spawnSync(...buildCommand, {
    env: buildEnv({ BASE_PATH: BASE, OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, 'cache') }),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build under ${BASE} failed:\n${result.stdout}\n${result.stderr}`);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe(`the site under the sub-path ${BASE}`, () => {
  it('serves pages, switches language, searches and reads offline without leaving the sub-path', async () => {
    const { server, url } = await startServer({ root: join(dir, 'dist'), base: BASE, port: 0 });
    browser = await launchChromium();
    const context = await browser.newContext();
    const requested: string[] = [];
    context.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(`${url}fr/${aCase.slug}/`);
    expect((await page.textContent('h1'))?.trim()).toBe(frenchSpacing(aCase.data.title));
    await page.click('[data-offline-save] button');
    await page.waitForSelector('[data-offline-status][data-shown="ready"]');

    await page.click('.language-switch');
    // (Saving scrolled to the footer: the switch may carry the reading position as a #hash.)
    await page.waitForURL((u) => u.href.split('#')[0] === `${url}zh-cn/${aCase.slug}/`);

    await openSearch(page);
    await search(page, frenchWord);
    const results = await resultTitles(page);
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(new URL(r.href, url).pathname.startsWith(BASE), r.href).toBe(true);

    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await context.setOffline(true);
    await page.goto(`${url}fr/${aModel.slug}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await openSearch(page);
    await search(page, chineseTitle);
    expect((await resultTitles(page)).length).toBeGreaterThan(0);

    expect(requested.filter((p) => !p.startsWith(BASE))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('makes a portable edition whose links and search name its own files', async () => {
    browser ??= await launchChromium();
    // npm run build writes the edition's folder beside the output folder.
    const [name] = readdirSync(join(dir, 'portable'));
    const root = `${pathToFileURL(join(dir, 'portable', name!)).href}/`;
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    await page.goto(`${root}fr/${aCase.slug}/index.html`);
    const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href).filter((h) => h.startsWith('file:')));
    expect(links.length).toBeGreaterThan(10);
    for (const href of links) expect(href.startsWith(root), href).toBe(true);
    await openSearch(page);
    await search(page, frenchWord);
    const results = await resultTitles(page);
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(new URL(r.href, page.url()).href.startsWith(`${root}`), r.href).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
