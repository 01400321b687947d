/**
 * The prologue of a page that exists once per language (`src/pages/[lang]/x.astro`):
 * its static paths, and its locale key, lang tag and translation function.
 */
import { getLocale, localeKeys, type LangTag, type LocaleKey } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/index.ts';

/** One page per language: `getStaticPaths` of a `[lang]` page. */
export function localeStaticPaths() {
  return localeKeys.map((lang) => ({ params: { lang } }));
}

export function localePage(params: { lang?: string | undefined }): {
  locale: LocaleKey;
  lang: LangTag;
  t: ReturnType<typeof useTranslations>;
} {
  const locale = params.lang as LocaleKey;
  const lang = getLocale(locale).lang;
  return { locale, lang, t: useTranslations(lang) };
}
