import { describe, expect, it } from 'vitest';
import { localePage, localeStaticPaths } from '../../../src/page-data/localePage.ts';

describe('a page per language', () => {
  it('has one static path per language', () => {
    expect(localeStaticPaths()).toEqual([{ params: { lang: 'fr' } }, { params: { lang: 'zh-cn' } }]);
  });
  it('knows its locale key, its lang tag and its strings', () => {
    const fr = localePage({ lang: 'fr' });
    const zh = localePage({ lang: 'zh-cn' });
    expect([fr.locale, fr.lang, zh.locale, zh.lang]).toEqual(['fr', 'fr', 'zh-cn', 'zh-CN']);
    expect(fr.t('nav.home')).toBe('Accueil');
    expect(zh.t('nav.home')).not.toBe('Accueil');
  });
});
