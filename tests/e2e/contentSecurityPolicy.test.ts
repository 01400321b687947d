/**
 * The Content-Security-Policy: every page carries a strict one, the browser
 * enforces it, the e2e helper reports any violation, and search (Pagefind's
 * WebAssembly, on the page's thread) works under it. Every e2e file fails on a violation through
 * watchedPage (tests/e2e/site.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { builtHtmlFiles } from './builtPages.ts';
import { openSearch, search, url, watchedPage } from './site.ts';
import { findEntry, placeName } from '../helpers/siteEntries.ts';
import { basePolicy } from '../../src/deploy/contentSecurityPolicy.ts';
import { distDir } from '../../src/deploy/config.ts';

/** directive → sources, from a policy string. */
const parse = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );

/** A case with a place, and the place's name in each language: a page and queries that find something. */
const aCase = findEntry('case', (e) => e.data.places.length > 0);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

describe('the policy in every built page', () => {
  it.each(builtHtmlFiles())('%s allows only the site itself, hashed inline code and WebAssembly', (file) => {
    const html = readFileSync(join(distDir, file), 'utf8');
    const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)];
    expect(metas).toHaveLength(1);
    // Before any script or style, so that it governs them all.
    expect(html.indexOf(metas[0]![0])).toBeLessThan(
      Math.min(...['<script', '<style', '<link rel="stylesheet"'].map((t) => html.indexOf(t)).filter((i) => i >= 0)),
    );
    const policy = parse(metas[0]![1]!);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    for (const [name, sources] of policy) {
      expect(sources, name).not.toContain("'unsafe-inline'");
      expect(sources, name).not.toContain("'unsafe-eval'");
      expect(
        sources.filter((s) => /^(https?:|\*|blob:)/.test(s)),
        name,
      ).toEqual([]);
    }
    expect(policy.get('script-src')).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
  });
});

describe('in the browser', () => {
  it('blocks code injected into a page, and the e2e helper reports it', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(url('fr/'));
    const ran = await w.page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true';
      document.body.append(script);
      const img = document.createElement('img');
      img.src = 'https://tracker.example/pixel.gif';
      document.body.append(img);
      await new Promise((r) => setTimeout(r, 200));
      return (window as unknown as { injectedRan?: boolean }).injectedRan ?? false;
    });
    expect(ran).toBe(false);
    expect(w.errors.join('\n')).toMatch(/CSP violation: script-src-elem blocked inline in /);
    expect(w.errors.join('\n')).toMatch(/CSP violation: img-src blocked https:\/\/tracker\.example\/pixel\.gif/);
    // The attempt is recorded by the off-origin watcher too, though the browser never sent it.
    expect(w.offOrigin).toEqual(['https://tracker.example/pixel.gif']);
    await w.context.close();
  });

  it('search works under the page policy, with no violation; the service worker gets the policy as a header', async () => {
    for (const [path, query] of [
      [`fr/${aCase.slug}/`, placeName(aCase, 'fr')],
      ['zh-cn/', placeName(aCase, 'zh-cn')],
    ] as const) {
      const w = await watchedPage(browser);
      await w.page.goto(url(path));
      await openSearch(w.page);
      await search(w.page, query);
      expect(await w.page.locator('.search-result').count(), path).toBeGreaterThan(0);
      expect(w.errors).toEqual([]);
      // A <meta> policy does not reach the worker: its script's header does (no inline code, WebAssembly allowed).
      const workerPolicy = (await w.page.request.get(url('sw.js'))).headers()['content-security-policy'] ?? '';
      expect(workerPolicy.startsWith(basePolicy().split('; script-src')[0]!)).toBe(true);
      expect(workerPolicy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*;/);
      expect(workerPolicy).not.toContain('unsafe-inline');
      await w.context.close();
    }
  });

  it('would break search without wasm-unsafe-eval: the page policy really governs Pagefind', async () => {
    const w = await watchedPage(browser);
    await w.context.route(/\/fr\/$/, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(" 'wasm-unsafe-eval'", '');
      await route.fulfill({ response, body: html });
    });
    await w.page.goto(url('fr/'));
    // Not openSearch(): search cannot load here, so there is no first render to wait for.
    await w.page.waitForSelector('[data-search-open][data-ready]', { state: 'attached' });
    await w.page.keyboard.press('/');
    await w.page.waitForSelector('dialog[data-search-dialog][open]');
    await w.page.fill('#search-input', placeName(aCase, 'fr'));
    await expect.poll(() => w.errors.join('\n'), { timeout: 15_000 }).toMatch(/WebAssembly|wasm-unsafe-eval/);
    expect(await w.page.locator('.search-result').count()).toBe(0);
    await w.context.close();
  });
});
