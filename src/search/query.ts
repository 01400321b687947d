/**
 * Pure search logic shared by the search UI and the tests: query cleaning,
 * URL state, ordering of results across languages.
 */

/** Longest query sent to the index; longer input is cut, never rejected. */
export const MAX_QUERY_LENGTH = 200;

/** Filter names, in display order. Values are language-neutral keys. */
export const filterNames = ['language', 'kind', 'model', 'province', 'actor', 'year'] as const;
export type FilterName = (typeof filterNames)[number];
export type Filters = Partial<Record<FilterName, string[]>>;

export function normalizeQuery(raw: string): string {
  return raw.replace(/\s+/gu, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

export interface SearchState {
  query: string;
  filters: Filters;
}

/** Reads `?q=…&kind=case&province=henan` (repeatable keys) from a URL's search part. */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const name of filterNames) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) filters[name] = [...new Set(values)];
  }
  return { query: normalizeQuery(params.get('q') ?? ''), filters };
}

/** Writes the state into a URL's search part, keeping unrelated parameters. */
export function writeState(search: string, state: SearchState): string {
  const params = new URLSearchParams(search);
  params.delete('q');
  for (const name of filterNames) params.delete(name);
  if (state.query) params.set('q', state.query);
  for (const name of filterNames) for (const value of state.filters[name] ?? []) params.append(name, value);
  const out = params.toString();
  return out ? `?${out}` : '';
}

export const isActive = (state: SearchState) => state.query !== '' || Object.values(state.filters).some((v) => v && v.length > 0);

/** Pagefind's filter argument: values of one name are alternatives (any), names combine (all). */
export function pagefindFilters(filters: Filters): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, v]) => v && v.length)
      .map(([name, values]) => [name, { any: values }]),
  );
}

export interface RankedResult {
  /** Locale key of the page (`fr`, `zh-cn`). */
  locale: string;
  score: number;
}

/**
 * Results of both languages in one list: the reader's language first, each
 * language by score (stable for equal scores).
 */
export function orderResults<T extends RankedResult>(results: T[], currentLocale: string): T[] {
  return results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => Number(b.r.locale === currentLocale) - Number(a.r.locale === currentLocale) || b.r.score - a.r.score || a.i - b.i)
    .map(({ r }) => r);
}

/** Pagefind prefixes each result id with its index's language (`fr_…`, `zh-cn_…`). */
export function localeOfResult(id: string, locales: readonly string[]): string | undefined {
  return locales.find((locale) => id.startsWith(`${locale}_`));
}

/** The words to highlight on a page opened from a result. */
export function highlightTerms(query: string): string[] {
  return [
    ...new Set(
      normalizeQuery(query)
        .split(' ')
        .filter((w) => w.length > 0),
    ),
  ].slice(0, 10);
}
