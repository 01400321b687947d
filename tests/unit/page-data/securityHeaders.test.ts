import { describe, expect, it } from 'vitest';
import {
  cacheControl,
  hashesFromPage,
  headerPolicy,
  hostRules,
  IMMUTABLE,
  mergeHashes,
  netlifyHeaders,
  nginxSnippet,
  REVALIDATE,
} from '../../../src/deploy/securityHeaders.ts';
import { basePolicy } from '../../../src/deploy/contentSecurityPolicy.ts';
import { siteUrlProblem } from '../../../src/deploy/config.ts';
import { webManifest } from '../../../src/page-data/webManifest.ts';

const page = (script: string, style: string) =>
  `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${script}; style-src 'self' ${style};">`;

describe('the header policy', () => {
  it('is the <meta> policy with every page hash, plus frame-ancestors', () => {
    const hashes = mergeHashes([hashesFromPage(page("'sha256-b='", "'sha256-s='")), hashesFromPage(page("'sha256-a=' 'sha256-b='", ''))]);
    expect(hashes).toEqual({ scripts: ["'sha256-a='", "'sha256-b='"], styles: ["'sha256-s='"] });
    const policy = headerPolicy(hashes);
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-a=' 'sha256-b='");
    expect(policy).toContain("style-src 'self' 'sha256-s='");
    expect(policy.endsWith("frame-ancestors 'none'")).toBe(true);
    expect(headerPolicy({ scripts: [], styles: [] })).toBe(`${basePolicy()}; frame-ancestors 'none'`);
  });

  it('reads no hash from a page without a policy', () => {
    expect(hashesFromPage('<p>no policy</p>')).toEqual({ scripts: [], styles: [] });
  });
});

describe('caching', () => {
  it.each([
    ['_astro/app.Ab12.js', IMMUTABLE],
    ['pagefind-fr/fragment/fr_1a2b.pf_fragment', IMMUTABLE],
    ['pagefind-zh-cn/index/zh-cn_9.pf_index', IMMUTABLE],
    ['pagefind-fr/filter/fr_3.pf_filter', IMMUTABLE],
    ['pagefind-fr/pagefind.fr_653587f320.pf_meta', IMMUTABLE],
    ['pagefind-fr/pagefind-entry.json', REVALIDATE],
    ['pagefind-fr/pagefind.js', REVALIDATE],
    ['pagefind-fr/wasm.fr.pagefind', REVALIDATE],
    ['sw.js', REVALIDATE],
    ['precache.json', REVALIDATE],
    ['fr/index.html', REVALIDATE],
    ['fr/', REVALIDATE],
  ])('%s → %s', (path, expected) => expect(cacheControl(path)).toBe(expected));
});

describe('host files', () => {
  const hashes = { scripts: ["'sha256-a='"], styles: [] };
  const files = ['fr/index.html', '_astro/x.js', 'pagefind-fr/pagefind.fr_1.pf_meta', 'pagefind-fr/fragment/a.pf_fragment'];

  it('_headers: security headers on everything, immutable on hashed files, under the base', () => {
    const text = netlifyHeaders(hostRules('/sub/', hashes, files));
    expect(text).toContain("/sub/*\n  Content-Security-Policy: default-src 'self';");
    expect(text).toContain(`/sub/_astro/*\n  Cache-Control: ${IMMUTABLE}`);
    expect(text).toContain(`/sub/pagefind-fr/pagefind.fr_1.pf_meta\n  Cache-Control: ${IMMUTABLE}`);
    expect(text).toContain(`/sub/pagefind-fr/fragment/*\n  Cache-Control: ${IMMUTABLE}`);
    expect(text.match(/Cache-Control: no-cache/g)).toBeNull();
  });

  it('nginx: headers at server level (no location drops them), the 404 page per language', () => {
    const text = nginxSnippet('/sub/', hashes, ['fr', 'zh-cn']);
    expect(text).toContain(`set $site_cache_control "${REVALIDATE}";`);
    expect(text).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(text).toContain("'sha256-a='");
    expect(text).toContain('location /sub/zh-cn/ { error_page 404 /sub/zh-cn/404/index.html; }');
    expect(text).not.toMatch(/location[^\n]*add_header/);
  });
});

describe('SITE_URL', () => {
  it('warns without it, refuses a production build without it', () => {
    expect(siteUrlProblem({ SITE_URL: 'https://example.org' })).toBeUndefined();
    expect(siteUrlProblem({ SITE_URL: 'https://example.org', PRODUCTION: '1' })).toBeUndefined();
    expect(siteUrlProblem({})).toMatchObject({ fatal: false, message: expect.stringContaining('localhost') as unknown });
    expect(siteUrlProblem({ PRODUCTION: '1' })).toMatchObject({ fatal: true });
  });
});

describe('web app manifest', () => {
  it('one per language, named in it, installable: start_url, scope, standalone, icons 192 and 512', () => {
    const fr = webManifest('fr', '/sub/');
    const zh = webManifest('zh-cn', '/sub/');
    expect(fr).toMatchObject({ lang: 'fr', start_url: '/sub/fr/', scope: '/sub/', display: 'standalone', short_name: 'Jumelage' });
    expect(zh).toMatchObject({ lang: 'zh-CN', start_url: '/sub/zh-cn/', scope: '/sub/', short_name: '定点扶贫' });
    expect(fr.icons.map((i) => i.sizes)).toEqual(['192x192', '512x512']);
    expect(fr.name).not.toBe(zh.name);
  });
});
