import { describe, expect, it } from 'vitest';
import { articleJsonLd, jsonForScript, openGraphLocale } from '../../../src/page-data/structuredData.ts';

const facts = {
  title: 'Fugu et la formule « 3331 »',
  summary: 'Résumé',
  lang: 'fr' as const,
  url: 'https://example.org/fr/cases/beta/',
  siteName: 'Le jumelage contre la pauvreté',
  siteUrl: 'https://example.org/fr/',
  source: { title: 'L’assistance aux démunis par le jumelage', site: 'french.china.org.cn', date: new Date('2021-01-06T00:00:00Z') },
  twin: { url: 'https://example.org/zh-cn/cases/beta/', lang: 'zh-CN' as const, title: '府谷县的“3331”扶贫方式' },
  isOriginal: true,
};

describe('structured data', () => {
  it('describes an entry as an Article in its language, based on the source', () => {
    const data = articleJsonLd(facts);
    expect(data).toMatchObject({ '@type': 'Article', inLanguage: 'fr', headline: facts.title, url: facts.url });
    expect(data.isBasedOn).toMatchObject({ name: facts.source.title, dateModified: '2021-01-06' });
  });

  it('links the French work to its translation and the translation back', () => {
    expect(articleJsonLd(facts)).toMatchObject({ workTranslation: { url: facts.twin.url, inLanguage: 'zh-CN' } });
    const chinese = articleJsonLd({ ...facts, lang: 'zh-CN', isOriginal: false, twin: { url: facts.url, lang: 'fr', title: facts.title } });
    expect(chinese).toMatchObject({ translationOfWork: { url: facts.url, inLanguage: 'fr' } });
    expect(chinese).not.toHaveProperty('workTranslation');
  });

  it('writes JSON that no text can break out of', () => {
    const json = jsonForScript({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });

  it('writes Open Graph locales', () => {
    expect(openGraphLocale('fr')).toBe('fr_FR');
    expect(openGraphLocale('zh-CN')).toBe('zh_CN');
  });
});
