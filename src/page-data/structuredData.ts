/**
 * What a page tells search engines and link previews: Open Graph tags, and
 * for an entry a schema.org `Article` in its language, linked to its
 * translation (the French version is the work, the Chinese its translation:
 * `workTranslation` one way, `translationOfWork` the other).
 */
import type { Article, WithContext } from 'schema-dts';
import type { LangTag } from '../i18n/locales.ts';
import type { SourceRef } from './source.ts';

/** `fr` → `fr_FR`, `zh-CN` → `zh_CN`, as Open Graph writes locales. */
export function openGraphLocale(lang: LangTag): string {
  return lang === 'fr' ? 'fr_FR' : lang.replace('-', '_');
}

export interface ArticleFacts {
  title: string;
  summary: string;
  lang: LangTag;
  url: string;
  siteName: string;
  siteUrl: string;
  source: SourceRef;
  twin: { url: string; lang: LangTag; title: string };
  /** True when this version is the work and the twin its translation. */
  isOriginal: boolean;
}

/** Typed by schema-dts: a misspelt property or a wrong type fails `astro check`. */
export function articleJsonLd(a: ArticleFacts): WithContext<Article> {
  const twin: Article = { '@type': 'Article', headline: a.twin.title, inLanguage: a.twin.lang, url: a.twin.url };
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: a.title,
    description: a.summary,
    inLanguage: a.lang,
    url: a.url,
    mainEntityOfPage: a.url,
    isPartOf: { '@type': 'WebSite', name: a.siteName, url: a.siteUrl },
    isBasedOn: {
      '@type': 'CreativeWork',
      name: a.source.title,
      dateModified: a.source.date.toISOString().slice(0, 10),
      publisher: { '@type': 'Organization', name: a.source.site },
    },
    ...(a.isOriginal ? { workTranslation: twin } : { translationOfWork: twin }),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
