import { describe, expect, it } from 'vitest';
import { BUNDLE_PLACEHOLDER, rewritePage } from '../../../src/integrations/portable/rewritePage.ts';

const page =
  `<!DOCTYPE html><html lang="fr"><head><meta http-equiv="content-security-policy" content="default-src 'self'">` +
  `<style>a{color:red}</style><link rel="stylesheet" href="/_astro/a.css"><link rel="manifest" href="/fr/manifest.webmanifest">` +
  `<link rel="sitemap" href="/sitemap-index.xml"><link rel="canonical" href="https://example.org/fr/x/"><script>var t=1</script></head><body>` +
  `<a href="/fr/y/?q=a&amp;b=c#s2">y</a> <a href="#top">top</a> <a href="https://example.org/">out</a>` +
  `<svg><a href="/zh-cn/places/#p1"><path d="M0 0"/></a></svg>` +
  `<div data-offline-save hidden><div><button>Lire</button></div><span>…</span></div>` +
  `<p data-portable-download><a href="/x.zip">zip</a></p>` +
  `<script type="module" src="/_astro/A.js"></script><p>texte</p><script type="module" src="/_astro/B.js"></script></body></html>`;

describe('rewritePage', () => {
  const { html, modules } = rewritePage(page, 'fr/x/index.html', { base: '/' });

  it('makes site links relative files that name index.html, and leaves others', () => {
    expect(html).toContain('<a href="../../fr/y/index.html?q=a&amp;b=c#s2">');
    expect(html).toContain('<a href="../../zh-cn/places/index.html#p1"><path d="M0 0"/></a>');
    expect(html).toContain('<link rel="stylesheet" href="../../_astro/a.css">');
    expect(html).toContain('<a href="#top">');
    expect(html).toContain('<a href="https://example.org/">');
    expect(html).toContain('<link rel="canonical" href="https://example.org/fr/x/">');
  });

  it('replaces the module scripts by one deferred classic script, where the first one was', () => {
    expect(modules).toEqual(['/_astro/A.js', '/_astro/B.js']);
    expect(html).toContain(`<script defer src="../../${BUNDLE_PLACEHOLDER}"></script><p>texte</p></body>`);
    expect(html).not.toContain('type="module"');
  });

  it('drops what needs a server: offline control, download link, manifest, sitemap', () => {
    expect(html).not.toMatch(/data-offline-save|data-portable-download|Lire|x\.zip|manifest|sitemap/);
  });

  it('keeps inline styles and scripts byte for byte (their hashes stay valid)', () => {
    expect(html).toContain('<style>a{color:red}</style>');
    expect(html).toContain('<script>var t=1</script>');
    expect(html).toContain(`content="default-src 'self'"`);
  });

  it('refuses an inline module script, naming the page', () => {
    expect(() => rewritePage('<script type="module">x()</script>', 'fr/z/index.html', { base: '/' })).toThrow(
      /fr\/z\/index\.html: an inline module script/,
    );
  });

  it('reads a sub-path base', () => {
    expect(rewritePage('<a href="/fupin/fr/">x</a>', 'fr/index.html', { base: '/fupin/' }).html).toBe('<a href="../fr/index.html">x</a>');
  });
});
