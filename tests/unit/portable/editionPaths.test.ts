import { describe, expect, it } from 'vitest';
import { dataScript, editionPath, moduleScript, rootFrom } from '../../../src/components/portable/editionPaths.ts';

describe('editionPath', () => {
  it('names the index file of a page, keeping its query and fragment', () => {
    expect(editionPath('/fr/cases/x/', '/')).toBe('fr/cases/x/index.html');
    expect(editionPath('/fr/cases/x/?highlight=eau#s3', '/')).toBe('fr/cases/x/index.html?highlight=eau#s3');
    expect(editionPath('/zh-cn/#main', '/')).toBe('zh-cn/index.html#main');
    expect(editionPath('/', '/')).toBe('index.html');
  });

  it('keeps a file as it is', () => {
    expect(editionPath('/_astro/BaseLayout.css', '/')).toBe('_astro/BaseLayout.css');
    expect(editionPath('/pagefind-fr/pagefind-entry.json?ts=1.6.0', '/')).toBe('pagefind-fr/pagefind-entry.json?ts=1.6.0');
  });

  it('reads paths under a sub-path base', () => {
    expect(editionPath('/fupin/fr/', '/fupin/')).toBe('fr/index.html');
    expect(editionPath('/other/fr/', '/fupin/')).toBeUndefined();
  });

  it('leaves what is not a site path', () => {
    for (const href of [
      'https://example.org/',
      '//cdn.example/x.js',
      '#s3',
      'mailto:a@b.c',
      '../fr/index.html',
      'data:image/png;base64,AA',
    ])
      expect(editionPath(href, '/'), href).toBeUndefined();
  });
});

describe('the edition’s files', () => {
  it('climbs back to the root from any page', () => {
    expect(rootFrom('index.html')).toBe('');
    expect(rootFrom('fr/index.html')).toBe('../');
    expect(rootFrom('fr/cases/x/index.html')).toBe('../../../');
  });

  it('puts data and modules under _portable/', () => {
    expect(dataScript('pagefind-fr/index/fr_1.pf_index')).toBe('_portable/data/pagefind-fr/index/fr_1.pf_index.js');
    expect(moduleScript('pagefind-fr/pagefind.js')).toBe('_portable/pagefind-fr/pagefind.js');
  });
});
