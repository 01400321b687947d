import { describe, expect, it } from 'vitest';
import { absoluteUrl, localePath, pathInSite, sitePath } from '../../../src/i18n/paths.ts';

// vitest.config.ts defines the base as the real config does: `/` unless BASE_PATH says otherwise.
const base = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}/` : '/';

describe('site paths', () => {
  it('adds the trailing slash to page paths only', () => {
    expect(sitePath('fr/cases/x')).toBe(`${base}fr/cases/x/`);
    expect(sitePath('/fr/glossary/')).toBe(`${base}fr/glossary/`);
    expect(sitePath('sw.js')).toBe(`${base}sw.js`);
    expect(sitePath('fr/glossary/#fugu')).toBe(`${base}fr/glossary/#fugu`);
    expect(sitePath()).toBe(base);
  });

  it('prefixes the language', () => {
    expect(localePath('zh-cn', 'models/alpha')).toBe(`${base}zh-cn/models/alpha/`);
    expect(localePath('fr')).toBe(`${base}fr/`);
  });

  it('reads a URL path back relative to the base', () => {
    expect(pathInSite(`${base}fr/cases/x/`)).toBe('fr/cases/x/');
  });
});

describe('absoluteUrl', () => {
  it('makes a site path absolute on the site URL, or on localhost when none is set', () => {
    expect(absoluteUrl('/fr/cases/x/', new URL('https://fupin.example/'))).toBe('https://fupin.example/fr/cases/x/');
    expect(absoluteUrl('/fr/', undefined)).toBe('http://localhost/fr/');
  });
});
