import { describe, expect, it } from 'vitest';
import { pluralTemplates, resources, useTranslations, type UIKey } from '../../../src/i18n/index.ts';
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

  it('French strings come out with narrow no-break spaces before high punctuation and inside « », never doubled', () => {
    const t = useTranslations('fr');
    for (const key of Object.keys(resources.fr)) {
      const value = t(key.replace(/_(one|many|other)$/, '') as UIKey, { count: 2 });
      expect(value, key).not.toMatch(/[ \u00a0][:;!?»]|«[ \u00a0]|[\s\u202f]{2}/);
    }
    for (const template of Object.values(pluralTemplates('fr', 'search.results'))) expect(template).not.toMatch(/ [:;!?»]|« /);
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

  it('typesets French values: an ordinary space before a colon becomes a narrow no-break space', () => {
    expect(resources.fr['search.shortcut']).toBe('Raccourci : / ou Ctrl K');
    expect(useTranslations('fr')('search.shortcut')).toBe('Raccourci\u202f: / ou Ctrl K');
    expect(useTranslations('fr')('search.noResults', { query: 'Fugu' })).toMatch(/^Aucun résultat pour «\u202fFugu\u202f»\./);
    expect(useTranslations('zh-CN')('search.shortcut')).toBe('快捷键：/ 或 Ctrl K');
  });

  it('gives the same answer to the same question, whatever was asked before (strings are kept once made)', () => {
    const t = useTranslations('fr');
    expect(useTranslations('fr')).toBe(t);
    for (const n of [1, 2, 1]) expect(t('parallel.passage', { n })).toBe(`Passage ${n}`);
    expect(t('search.results', { count: 1 })).toBe('1 résultat');
    expect(t('search.results', { count: 2 })).toBe('2 résultats');
    expect(useTranslations('zh-CN')('parallel.passage', { n: 2 })).toBe('第 2 段');
    expect(t('search.noResults', { query: 'Fugu' })).not.toBe(t('search.noResults', { query: 'Taiqian' }));
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
