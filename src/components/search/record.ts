/**
 * What Pagefind records of an entry beyond its visible text: language-neutral
 * filter values (labelled in the reader's language by the search UI), the
 * twin's path, and the other language's names of the terms the entry mentions.
 */
import { otherLocale, getLocale, type LocaleKey } from '../../i18n/locales.ts';
import type { EntryData } from '../../content-model/schema.ts';
import { crossLanguageKeywords, entryTerms, type Termbase } from '../../content-model/termbase/termbase.ts';

export interface SearchRecordData {
  filters: Record<string, string[]>;
  twinPath: string;
  keywords: { lang: string; words: string[] };
}

export function searchRecord(
  terms: Termbase,
  entry: { locale: LocaleKey; slug: string; data: EntryData; termIds: readonly string[] },
): SearchRecordData {
  const { data, locale, slug } = entry;
  const lang = getLocale(locale).lang;
  const other = otherLocale(locale);
  const modelKey = data.kind === 'model' ? slug.split('/').at(-1)! : data.model;
  const unique = (values: string[]) => [...new Set(values)];
  return {
    filters: {
      language: [locale],
      kind: [data.kind],
      model: modelKey ? [modelKey] : [],
      province: unique(data.places.map((p) => p.province)),
      actor: unique(data.actors.map((a) => a.type)),
      year: unique(data.events.map((e) => e.date.slice(0, 4))),
    },
    twinPath: `${other.key}/${slug}/`,
    keywords: { lang: other.lang, words: crossLanguageKeywords(terms, entryTerms(terms, entry, lang), lang) },
  };
}
