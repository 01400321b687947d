import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { neverRequested, precacheUrls, revisionOf, serviceWorkerSource, urlOfFile } from '../../../src/integrations/offline/precache.ts';

const primary = { dir: 'pagefind-fr', language: 'fr' };
const built = [
  'index.html',
  '404.html',
  'sw.js',
  'precache.json',
  '_headers',
  'nginx.conf.snippet',
  'csp-hashes.json',
  'index.html.br',
  'fr/index.html.gz',
  'fr/index.html',
  'fr/cases/beta/index.html',
  'zh-cn/404/index.html',
  '_astro/searchUI.abc.js',
  'pagefind-fr/pagefind.js',
  'pagefind-fr/pagefind-worker.js',
  'pagefind-fr/wasm.fr.pagefind',
  'pagefind-fr/wasm.unknown.pagefind',
  'pagefind-fr/pagefind-ui.js',
  'pagefind-fr/pagefind-component-ui.css',
  'pagefind-fr/pagefind-highlight.js',
  'pagefind-fr/pagefind-entry.json',
  'pagefind-fr/index/fr_1.pf_index',
  'pagefind-zh-cn/pagefind.js',
  'pagefind-zh-cn/pagefind-worker.js',
  'pagefind-zh-cn/wasm.unknown.pagefind',
  'pagefind-zh-cn/pagefind-entry.json',
  'pagefind-zh-cn/fragment/zh-cn_1.pf_fragment',
];

describe('precache list', () => {
  it('maps pages to the URLs readers request, under the base path', () => {
    expect(urlOfFile('index.html', '/')).toBe('/');
    expect(urlOfFile('fr/cases/beta/index.html', '/sub/')).toBe('/sub/fr/cases/beta/');
    expect(urlOfFile('404.html', '/sub/')).toBe('/sub/404.html');
    expect(urlOfFile('pagefind-fr/index/fr_1.pf_index', '/sub/')).toBe('/sub/pagefind-fr/index/fr_1.pf_index');
  });

  it('keeps every page and asset search needs, drops what is never requested and the worker itself', () => {
    const urls = precacheUrls(built, '/sub/', primary);
    expect(urls).toEqual([
      '/sub/',
      '/sub/404.html',
      '/sub/_astro/searchUI.abc.js',
      '/sub/fr/',
      '/sub/fr/cases/beta/',
      '/sub/pagefind-fr/index/fr_1.pf_index',
      '/sub/pagefind-fr/pagefind-entry.json',
      '/sub/pagefind-fr/pagefind.js',
      '/sub/pagefind-fr/wasm.fr.pagefind',
      '/sub/pagefind-zh-cn/fragment/zh-cn_1.pf_fragment',
      '/sub/pagefind-zh-cn/pagefind-entry.json',
      '/sub/zh-cn/404/',
    ]);
  });

  it('never lists a file whose path has a segment starting with a dot, .well-known included', () => {
    const urls = precacheUrls(['fr/index.html', '.env', 'fr/.hidden', '.well-known/security.txt', '_astro/.x.js'], '/', primary);
    expect(urls).toEqual(['/fr/']);
  });

  it('only drops search runtime files outside the primary bundle', () => {
    expect(neverRequested('pagefind-zh-cn/pagefind.js', 'pagefind-fr', 'fr')).toBe(true);
    expect(neverRequested('pagefind-fr/pagefind.js', 'pagefind-fr', 'fr')).toBe(false);
    expect(neverRequested('fr/pagefind.js', 'pagefind-fr', 'fr')).toBe(false);
  });
});

describe('per-file revisions', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('depend only on the bytes, so an unchanged file is not downloaded again', () => {
    expect(revisionOf(bytes('page'))).toBe(revisionOf(bytes('page')));
    expect(revisionOf(bytes('page'))).not.toBe(revisionOf(bytes('page!')));
    expect(revisionOf(bytes('x'))).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('service worker source', () => {
  it('puts the build constants in front of the worker code, as valid JavaScript, the same for every build', () => {
    const source = serviceWorkerSource('self.x = [BASE, LOCALES, MANIFEST];', { base: '/sub "quoted"/', locales: ['fr', 'zh-cn'] });
    const scope: { x?: unknown } = {};
    runInNewContext(source, { self: scope });
    expect(scope.x).toEqual(['/sub "quoted"/', ['fr', 'zh-cn'], '/sub "quoted"/precache.json']);
  });
});
