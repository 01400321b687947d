/**
 * A tab left open across several deploys, without the offline copy: whatever
 * the search needs and the new build no longer has (its code, its index), the
 * dialog says the site was updated and offers a reload; it never opens empty.
 * The site is served from a copy of the build; "two deploys later" is that copy
 * after the files of its build are gone, as they are once a deploy has dropped
 * the previous build's files (one deploy old keeps them: see offline.test.ts).
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { createSiteHandler } from '../../scripts/serve/staticServer.ts';
import { basePath, distDir } from '../../src/deploy/config.ts';
import { findEntry, placeName } from '../helpers/siteEntries.ts';

/** A query that finds a page of the build: the name of a case's place, in each language. */
const aCase = findEntry('case', (e) => e.data.places.length > 0);

let browser: Browser;
let site: { dir: string; server: Server; url: string };

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

async function serveCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'deploys-'));
  cpSync(distDir, dir, { recursive: true, dereference: true });
  const handle = createSiteHandler({ root: dir, base: basePath() });
  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { dir, server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}${basePath()}` };
}
function stop() {
  site.server.closeAllConnections();
  site.server.close();
  rmSync(site.dir, { recursive: true, force: true });
}

/** Build C replaces build A: A's hashed scripts (but those the open page already ran) and A's search indexes are gone. */
function deployTwiceOver(loaded: Set<string>, what: 'code' | 'both') {
  for (const f of readdirSync(join(site.dir, '_astro')))
    if (f.endsWith('.js') && !loaded.has(f)) rmSync(join(site.dir, '_astro', f), { force: true });
  if (what === 'both')
    for (const d of readdirSync(site.dir).filter((d) => d.startsWith('pagefind')))
      for (const sub of readdirSync(join(site.dir, d)).filter((s) => s !== 'pagefind.js' && s !== 'pagefind-entry.json'))
        rmSync(join(site.dir, d, sub), { recursive: true, force: true });
}

describe('search in a tab two deploys old', () => {
  it.each([
    ['fr', 'code', 'le site a été mis à jour', 'Recharger la page'],
    ['zh-cn', 'code', '网站已更新', '重新加载本页'],
    ['fr', 'both', 'le site a été mis à jour', 'Recharger la page'],
    ['zh-cn', 'both', '网站已更新', '重新加载本页'],
  ])('%s, its search %s gone: says the site was updated and offers a reload', async (locale, what, said, button) => {
    site = await serveCopy();
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const loaded = new Set<string>();
      page.on('response', (r) => {
        const m = /\/_astro\/([^/?]+\.js)/.exec(r.url());
        if (m) loaded.add(m[1]!);
      });
      await page.goto(new URL(`${locale}/`, site.url).href);
      await page.waitForSelector('[data-search-open][data-ready]', { state: 'attached' });
      deployTwiceOver(loaded, what as 'code' | 'both');
      await page.keyboard.press('/');
      await page.waitForSelector('dialog[data-search-dialog][open]');
      await page.fill('#search-input', placeName(aCase, locale));
      await page.waitForFunction((text) => document.querySelector('[data-search-status]')!.textContent.includes(text), said);
      expect(await page.locator('[data-search-status]').isVisible()).toBe(true);
      expect(await page.locator('.search-result').count()).toBe(0);
      const reload = page.getByRole('button', { name: button });
      expect(await reload.isVisible()).toBe(true);
      await Promise.all([page.waitForEvent('load'), reload.click()]);
    } finally {
      await context.close();
      stop();
    }
  });
});
