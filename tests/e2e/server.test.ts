/**
 * What `npm run serve` sends: every page under the header policy
 * (frame-ancestors included), loaded in the browser with no CSP violation
 * (here the root page; every other page in the accessibility sweep), framing
 * refused, and the build's `_headers` and nginx snippet agreeing with the
 * server header for header on every file of the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { builtHtmlFiles, pagePath } from './builtPages.ts';
import { url, watchedPage } from './site.ts';
import { basePath, distDir } from '../../src/deploy/config.ts';
import { builtFiles } from '../../src/integrations/builtFiles.ts';
import { REVALIDATE } from '../../src/deploy/securityHeaders.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

/** `_headers` (Netlify / Cloudflare Pages) read as those hosts do: every rule whose pattern matches adds its headers. */
function netlifyHeadersFor(text: string, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let matches = false;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(
        `^${line
          .trim()
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replaceAll('*', '.*')}$`,
      );
      matches = pattern.test(path);
    } else if (matches) {
      const [name, ...value] = line.trim().split(':');
      headers[name!.toLowerCase()] = value.join(':').trim();
    }
  }
  return headers;
}

/** The nginx snippet read as nginx would for a path: `set`, the `if` that may override it, `add_header`. */
function nginxHeadersFor(text: string, path: string): Record<string, string> {
  const unquote = (v: string) => v.replace(/^"|"$/g, '').replaceAll('\\"', '"').replaceAll('\\\\', '\\');
  const vars: Record<string, string> = {};
  const headers: Record<string, string> = {};
  let inIf: boolean | undefined;
  for (const line of text.split('\n').map((l) => l.trim())) {
    const ifMatch = /^if \(\$uri ~ "(.*)"\) \{$/.exec(line);
    if (ifMatch) inIf = new RegExp(ifMatch[1]!).test(path);
    else if (line === '}') inIf = undefined;
    else if (/^set /.test(line) && inIf !== false) {
      const m = /^set (\$\w+) (".*");$/.exec(line)!;
      vars[m[1]!] = unquote(m[2]!);
    } else if (/^add_header /.test(line)) {
      const m = /^add_header ([\w-]+) (".*"|\$\w+) always;$/.exec(line)!;
      headers[m[1]!.toLowerCase()] = m[2]!.startsWith('$') ? vars[m[2]!]! : unquote(m[2]!);
    }
  }
  return headers;
}

describe('the headers the site is served with', () => {
  it('every page is sent under the header policy, frame-ancestors included', async () => {
    const files = builtHtmlFiles();
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const response = await fetch(url(pagePath(file)));
      expect(response.status, file).toBe(200);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy, file).toContain("frame-ancestors 'none'");
      expect(policy, file).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(response.headers.get('x-content-type-options'), file).toBe('nosniff');
    }
  });

  // Every other page is loaded in the browser under these headers by tests/e2e/accessibility.test.ts,
  // which fails on a CSP violation, an error or a request off the site; the root chooser is loaded
  // there without its script, so here it runs its script (the redirect) under the header policy.
  it('the root page runs its redirect under the header policy with no CSP violation, and no page can be framed', async () => {
    const w = await watchedPage(browser);
    const response = await w.page.goto(url(''));
    expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await w.page.waitForURL(/\/(fr|zh-cn)\/$/);
    expect(w.errors).toEqual([]);
    expect(w.offOrigin).toEqual([]);

    await w.page.goto(url('fr/'));
    const title = await w.page.innerText('h1');
    const framer = await browser.newPage();
    await framer.setContent(`<iframe src="${url('fr/')}"></iframe>`);
    await framer.waitForTimeout(1000);
    const framed = await framer
      .frames()[1]!
      .evaluate(() => document.body.innerText)
      .catch(() => '');
    expect(framed, 'the framed page is not shown').not.toContain(title);
    await framer.close();
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('_headers and the nginx snippet agree with what the server sends, on every file', async () => {
    const netlify = readFileSync(join(distDir, '_headers'), 'utf8');
    const nginx = readFileSync(join(distDir, 'nginx.conf.snippet'), 'utf8');
    const { pages, assets } = await builtFiles(distDir);
    const files = [...pages, ...assets].filter((f) => !/\.(br|gz)$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const path = `${basePath()}${pagePath(file)}`;
      const sent = (await fetch(url(pagePath(file)))).headers;
      const fromNetlify = netlifyHeadersFor(netlify, path);
      const fromNginx = nginxHeadersFor(nginx, path);
      for (const name of [
        'content-security-policy',
        'x-content-type-options',
        'x-frame-options',
        'referrer-policy',
        'permissions-policy',
      ]) {
        expect(fromNetlify[name], `${name} in _headers for ${path}`).toBe(sent.get(name));
        expect(fromNginx[name], `${name} in nginx for ${path}`).toBe(sent.get(name));
      }
      // _headers leaves revalidation to the host's default; where it says more, it says what the server does.
      expect(fromNetlify['cache-control'] ?? REVALIDATE, `Cache-Control in _headers for ${path}`).toBe(sent.get('cache-control'));
      expect(fromNginx['cache-control'], `Cache-Control in nginx for ${path}`).toBe(sent.get('cache-control'));
    }
  });
});
