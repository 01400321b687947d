/**
 * The search query and filters, and their URL state (`?q=…&kind=…`), for the
 * search UI and the listings' links; what the search engine does with
 * Pagefind's results is in ranking.ts.
 */
import { filterNames } from './params.ts';

/** Longest query sent to the index; longer input is cut, never rejected. */
export const MAX_QUERY_LENGTH = 200;

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
