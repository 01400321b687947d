import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  neverRequested,
  precacheUrls,
  precacheVersion,
  serviceWorkerSource,
  urlOfFile,
} from '../../../src/integrations/offline/precache.ts';

const primary = { dir: 'pagefind-fr', language: 'fr' };
const built = [
  'index.html',
  '404.html',
  'sw.js',
  'precache.json',
  'fr/index.html',
  'fr/cases/fugu-3331/index.html',
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
    expect(urlOfFile('fr/cases/fugu-3331/index.html', '/sub/')).toBe('/sub/fr/cases/fugu-3331/');
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
      '/sub/fr/cases/fugu-3331/',
      '/sub/pagefind-fr/index/fr_1.pf_index',
      '/sub/pagefind-fr/pagefind-entry.json',
      '/sub/pagefind-fr/pagefind.js',
      '/sub/pagefind-fr/wasm.fr.pagefind',
      '/sub/pagefind-zh-cn/fragment/zh-cn_1.pf_fragment',
      '/sub/pagefind-zh-cn/pagefind-entry.json',
      '/sub/zh-cn/404/',
    ]);
  });

  it('only drops search runtime files outside the primary bundle', () => {
    expect(neverRequested('pagefind-zh-cn/pagefind.js', 'pagefind-fr', 'fr')).toBe(true);
    expect(neverRequested('pagefind-fr/pagefind.js', 'pagefind-fr', 'fr')).toBe(false);
    expect(neverRequested('fr/pagefind.js', 'pagefind-fr', 'fr')).toBe(false);
  });
});

describe('precache version', () => {
  const file = (url: string, text: string) => ({ url, bytes: new TextEncoder().encode(text) });

  it('is stable for the same files in any order', () => {
    const a = precacheVersion([file('/a', '1'), file('/b', '2')]);
    expect(precacheVersion([file('/b', '2'), file('/a', '1')])).toBe(a);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes when any byte or name changes', () => {
    const a = precacheVersion([file('/a', '1'), file('/b', '2')]);
    expect(precacheVersion([file('/a', '1'), file('/b', '3')])).not.toBe(a);
    expect(precacheVersion([file('/a', '1'), file('/c', '2')])).not.toBe(a);
  });
});

describe('service worker source', () => {
  it('puts the build constants in front of the worker code, as valid JavaScript', () => {
    const source = serviceWorkerSource('self.x = [VERSION, BASE, LOCALES, MANIFEST];', {
      version: 'v1',
      base: '/sub "quoted"/',
      locales: ['fr', 'zh-cn'],
    });
    const scope: { x?: unknown } = {};
    runInNewContext(source, { self: scope });
    expect(scope.x).toEqual(['v1', '/sub "quoted"/', ['fr', 'zh-cn'], '/sub "quoted"/precache.json?v=v1']);
  });
});
