import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleGlob, isSearchablePage } from '../../../src/integrations/pagefind.ts';
import { searchBundles } from '../../../src/search-index/bundles.ts';

describe('bundleGlob', () => {
  it('reads every folder of the language but the parallel views', () => {
    const dist = mkdtempSync(join(tmpdir(), 'pagefind-glob-'));
    for (const folder of ['cases', 'models', 'parallel', 'glossary']) mkdirSync(join(dist, 'fr', folder), { recursive: true });
    const fr = searchBundles.find((b) => b.locale === 'fr')!;
    expect(bundleGlob(dist, fr)).toBe('fr/{cases,glossary,models}/**/*.html');
  });

  it('matches exactly the pages isSearchablePage names (a reused bundle is trusted on the digest of those pages)', () => {
    const dist = mkdtempSync(join(tmpdir(), 'pagefind-glob-agree-'));
    for (const folder of ['cases', 'models', 'parallel', 'glossary']) mkdirSync(join(dist, 'fr', folder), { recursive: true });
    const glob = bundleGlob(
      dist,
      searchBundles.find((b) => b.locale === 'fr')!,
    );
    const files = [
      'fr/index.html',
      'fr/cases/a/index.html',
      'fr/models/b/index.html',
      'fr/glossary/index.html',
      'fr/parallel/cases/a/index.html',
      'fr/cases/a/index.html.br',
      'fr/manifest.webmanifest',
    ];
    expect(files.filter((f) => matchesGlob(f, glob))).toEqual(files.filter(isSearchablePage));
  });
});

describe('isSearchablePage', () => {
  it('takes the pages of each language but the parallel views', () => {
    expect(isSearchablePage('fr/cases/beta/index.html')).toBe(true);
    expect(isSearchablePage('zh-cn/glossary/index.html')).toBe(true);
    expect(isSearchablePage('fr/parallel/cases/beta/index.html')).toBe(false);
    expect(isSearchablePage('404.html')).toBe(false);
    expect(isSearchablePage('fr/cases/beta/index.html.br')).toBe(false);
  });
});
