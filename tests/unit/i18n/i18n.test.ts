import { describe, expect, it } from 'vitest';
import { pluralTemplates, resources, useTranslations } from '../../../src/i18n/index.ts';
import { getLocale, otherLocale, pickLocale } from '../../../src/i18n/locales.ts';

const baseKeys = (strings: Record<string, string>) =>
  new Set(Object.keys(strings).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')));

describe('interface strings', () => {
  it('exist in both languages, key for key', () => {
    const fr = baseKeys(resources.fr);
    const zh = baseKeys(resources['zh-CN']);
    expect(
      [...fr].filter((k) => !zh.has(k)),
      'keys only in French',
    ).toEqual([]);
    expect(
      [...zh].filter((k) => !fr.has(k)),
      'keys only in Chinese',
    ).toEqual([]);
  });

  it('are translated: no Chinese value is identical to the French one', () => {
    const same = Object.keys(resources.fr).filter((k) => resources['zh-CN'][k] === resources.fr[k]);
    expect(same).toEqual([]);
  });

  it('have the plural forms each language needs', () => {
    expect(Object.keys(pluralTemplates('fr', 'search.results')).sort()).toEqual(['many', 'one', 'other']);
    expect(pluralTemplates('zh-CN', 'search.results')).toEqual({ other: '共 {{count}} 条结果' });
  });

  it('French strings use narrow no-break spaces before high punctuation and inside « »', () => {
    for (const [key, value] of Object.entries(resources.fr)) {
      expect(value, key).not.toMatch(/ [:;!?»]|« /);
    }
  });
});

describe('useTranslations', () => {
  it('returns the string of the requested language, interpolated and pluralised', () => {
    expect(useTranslations('fr')('nav.next')).toBe('Suivant');
    expect(useTranslations('zh-CN')('nav.next')).toBe('下一篇');
    expect(useTranslations('fr')('search.results', { count: 1 })).toBe('1 résultat');
    expect(useTranslations('fr')('search.results', { count: 3 })).toBe('3 résultats');
    expect(useTranslations('zh-CN')('search.results', { count: 3 })).toBe('共 3 条结果');
  });

  it('throws on a key that does not exist instead of showing the key', () => {
    // @ts-expect-error: the key is deliberately unknown
    expect(() => useTranslations('fr')('no.such.key')).toThrow(/Missing interface string "no.such.key"/);
  });
});

describe('locales', () => {
  it('keep the URL key apart from the lang tag', () => {
    expect(getLocale('zh-cn').lang).toBe('zh-CN');
    expect(otherLocale('fr').key).toBe('zh-cn');
    expect(() => getLocale('en')).toThrow(/Unknown locale key "en"/);
  });

  it('pick the browser language, falling back to French', () => {
    expect(pickLocale(['zh-CN', 'fr']).key).toBe('zh-cn');
    expect(pickLocale(['zh-TW']).key).toBe('zh-cn');
    expect(pickLocale(['en-US', 'fr-CA']).key).toBe('fr');
    expect(pickLocale(['de', 'en']).key).toBe('fr');
    expect(pickLocale([]).key).toBe('fr');
  });
});
