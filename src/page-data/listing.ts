/**
 * Listings that do not grow with the site. A kind of entry with more than
 * `LISTED_INLINE` entries is shown inline (home page, navigation) by its first
 * or nearest entries only, and in full on its own paginated listing
 * (`/fr/list/case/`, `/fr/list/case/2/`, …) of `LIST_PAGE_SIZE` entries a page.
 * The real site, with a few entries per kind, lists everything inline and has
 * no listing pages.
 */
import { localePath } from '../i18n/paths.ts';
import type { LocaleKey } from '../i18n/locales.ts';
import { writeState, type Filters } from '../search/query.ts';

export const LISTED_INLINE = 12;
export const LIST_PAGE_SIZE = 100;

/** Whether a kind with this many entries gets its own listing pages. */
export const hasListing = (count: number) => count > LISTED_INLINE;

/** Consecutive pages of at most `size` items (at least one page, maybe empty). */
export function pagesOf<T>(items: readonly T[], size = LIST_PAGE_SIZE): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}

/** The URL of page `n` (1-based) of a kind's listing. */
export function listingPath(locale: LocaleKey, kind: string, n = 1): string {
  return localePath(locale, n === 1 ? `list/${kind}` : `list/${kind}/${n}`);
}

/**
 * A page of the site with its search opened on `filters` (`/fr/places/?kind=case&province=henan`):
 * where a list too long to show in full sends the reader.
 */
export function searchPath(locale: LocaleKey, page: string, filters: Filters, query = ''): string {
  return `${localePath(locale, page)}${writeState('', { query, filters })}`;
}

/** The first `limit` items, and how many there are in all when some are left out. */
export function listedInline<T>(items: readonly T[], limit = LISTED_INLINE): { shown: T[]; total?: number } {
  return items.length > limit ? { shown: items.slice(0, limit), total: items.length } : { shown: [...items] };
}
