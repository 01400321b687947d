/** What the search engine does with Pagefind's results: filters in its form, and one list across languages. */
import type { Filters } from './query.ts';

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
