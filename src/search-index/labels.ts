/**
 * Everything the search UI shows, resolved at build time in the page's
 * language (the UI code holds no text): the labels, in one file per language
 * fetched when search first opens (`search-extras/labels-<lang>.json`), and the
 * little every page carries (SearchPageData).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getLocale, locales, type LocaleKey } from '../i18n/locales.ts';
import { pluralTemplates, useTranslations } from '../i18n/index.ts';
import { searchBundles } from './bundles.ts';
import { entryKinds, actorTypes } from '../content-model/schema.ts';
import { termName, type Termbase } from '../content-model/termbase/termbase.ts';
import { filterNames } from '../search/params.ts';
import type { FilterName } from '../search/query.ts';
import type { SearchConfig } from '../search/config.ts';
import { traditionalInGb2312 } from '../search/tradTable.ts';
import { EXTRAS_DIR } from '../search/forgiving/extrasFiles.ts';

/**
 * Pagefind's `metaCacheTag`: the query string of its metadata request, in
 * place of a timestamp, so the offline worker can store the metadata. It is
 * the same in every build of one Pagefind version: freshness comes from the
 * metadata's own revalidation (`no-cache`) and the worker's per-file
 * revisions, not from an id in every page (which would change every page of
 * the site whenever one entry changes, and make two builds of one commit differ).
 */
const buildId = `pagefind-${pagefindVersion()}`;

function pagefindVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(process.cwd(), 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** The file of a language's labels, under the site's base (written by src/pages/search-extras/labels-[lang].json.ts). */
const labelsPath = (locale: LocaleKey) => `${EXTRAS_DIR}/labels-${locale}.json`;

/**
 * What every page carries for search, as JSON: where the indexes and the labels are, and the few strings
 * shown before the labels arrive, or when they or the search code cannot be fetched.
 */
export interface SearchPageData {
  config: SearchConfig;
  labelsUrl: string;
  strings: Pick<SearchLabels['strings'], 'loading' | 'outdated' | 'reload'>;
}

export function pageDataFor(labels: SearchLabels): SearchPageData {
  const { loading, outdated, reload } = labels.strings;
  return { config: labels.config, labelsUrl: `${labels.config.base}${labelsPath(labels.locale)}`, strings: { loading, outdated, reload } };
}

export interface SearchLabels {
  locale: LocaleKey;
  config: SearchConfig;
  strings: {
    results: Record<string, string>;
    noResults: string;
    loading: string;
    error: string;
    /** When the index or an excerpt can no longer be fetched: the site changed since this page loaded. */
    outdated: string;
    reload: string;
    more: string;
    clearFilters: string;
    /** « Filtres » on the phone's toggle, and « Filtres ({{n}}) » when some are active. */
    filtersToggle: string;
    filtersCount: string;
    /** « {{name}} : {{value}} » on an active filter's chip. */
    filterChip: string;
    removeFilter: string;
    /** A chosen value no page has (`?kind=bogus`). */
    unmatchedFilter: string;
    /** A chosen value that pages have, but none of this search's results. */
    emptyFilter: string;
    noResultsFiltered: string;
    filterNames: Record<FilterName, string>;
    langNames: Record<string, string>;
    twinIn: Record<string, string>;
    /** « Résultats pour « {{query}} » », when the typed words found nothing and their nearest site words did. */
    searchedFor: string;
    searchTyped: string;
    /** Marks a result that matches all the words but one. */
    partial: string;
  };
  values: Record<FilterName, Record<string, string>>;
}

/**
 * The Chinese runs (two characters or more) of every term's names, aliases and
 * search words, each cut into words once, here, at build time: one cut for
 * every browser (search/words.ts).
 */
export function hanDictionary(terms: Termbase): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const runs = new Set<string>();
  for (const term of terms.values())
    for (const form of [term.zh.name, ...term.zh.aliases, ...term.zh.search])
      for (const run of form.match(/\p{Script=Han}{2,}/gu) ?? []) runs.add(run);
  return [...runs].sort().map((run) => [...segmenter.segment(run)].map((s) => s.segment).join('|'));
}

const capitalised = (text: string, lang: string) => text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);

export function searchLabels(
  locale: LocaleKey,
  base: string,
  models: { key: string; title: string }[],
  provinces: string[],
  terms: Termbase,
): SearchLabels {
  const lang = getLocale(locale).lang;
  const t = useTranslations(lang);
  const byLocale = (f: (key: LocaleKey) => string) => Object.fromEntries(locales.map((l) => [l.key, f(l.key)]));
  return {
    locale,
    config: {
      base,
      bundles: searchBundles.map(({ dir, locale, lang }) => ({ dir, locale, lang })),
      version: buildId,
      traditionalInGb2312: traditionalInGb2312(),
    },
    strings: {
      results: pluralTemplates(lang, 'search.results'),
      noResults: t('search.noResults', { query: '{{query}}' }),
      loading: t('search.loading'),
      error: t('search.error'),
      outdated: t('search.outdated'),
      reload: t('search.reload'),
      more: t('search.more'),
      clearFilters: t('search.clearFilters'),
      filtersToggle: t('search.filters'),
      filtersCount: t('search.filtersCount', { n: '{{n}}' }),
      filterChip: t('search.filterChip', { name: '{{name}}', value: '{{value}}' }),
      removeFilter: t('search.removeFilter', { filter: '{{filter}}' }),
      unmatchedFilter: t('search.unmatchedFilter', { filter: '{{filter}}' }),
      emptyFilter: t('search.emptyFilter', { filter: '{{filter}}' }),
      noResultsFiltered: t('search.noResultsFiltered'),
      filterNames: Object.fromEntries(filterNames.map((n) => [n, t(`search.filter.${n}`)])) as Record<FilterName, string>,
      langNames: byLocale((k) => t(`search.langName.${k}`)),
      twinIn: byLocale((k) => t(`search.twinIn.${k}`)),
      searchedFor: t('search.searchedFor', { query: '{{query}}' }),
      searchTyped: t('search.searchTyped', { query: '{{query}}' }),
      partial: t('search.partial'),
    },
    values: {
      language: byLocale((k) => t(`search.langName.${k}`)),
      kind: Object.fromEntries(entryKinds.map((k) => [k, t(`kind.${k}`)])),
      model: Object.fromEntries(models.map((m) => [m.key, m.title])),
      province: Object.fromEntries(provinces.map((p) => [p, termName(terms, p, lang)])),
      // Capitalised like the other values of a list (« Gouvernement local »); in running text they stay lower case.
      actor: Object.fromEntries(actorTypes.map((a) => [a, capitalised(t(`actorType.${a}`), lang)])),
      year: {},
    },
  };
}
