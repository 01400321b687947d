/**
 * URL parameters shared by the search launcher (every page) and the search UI
 * (loaded on demand). The launcher imports this module only, so it stays small.
 */

/** Carries the words of a search to the page opened from its results, to mark them there. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Filter names, in display order. Values are language-neutral keys. */
export const filterNames = ['language', 'kind', 'model', 'province', 'actor', 'year'] as const;

/** Does a URL's search part carry a search (words, or a filter value)? Then the page opens the search dialog. */
export function carriesSearch(search: string): boolean {
  const params = new URLSearchParams(search);
  return /\S/.test(params.get('q') ?? '') || filterNames.some((name) => params.getAll(name).some(Boolean));
}
