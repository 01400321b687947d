/** The search state kept in the page's URL (`?q=…&kind=…`), so a search can be shared and reloaded. */
import { normalizeQuery, readState, writeState, type SearchState } from '../../../search/query.ts';

/**
 * The state to start from: the URL's, except that what the reader typed
 * while the search code loaded wins over the URL's query.
 */
export function initialState(search: string, typed: string): SearchState {
  const state = readState(search);
  if (typed.trim()) state.query = normalizeQuery(typed);
  return state;
}

/** Puts `search` (a URL's `?…` part, or nothing) in the address bar without adding a history entry. */
export function replaceSearch(search: string): void {
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}

/** Writes the state into the address bar without adding a history entry. */
export function syncUrl(state: SearchState): void {
  replaceSearch(writeState(location.search, state));
}
