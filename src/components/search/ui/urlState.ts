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

/** Writes the state into the address bar without adding a history entry. */
export function syncUrl(state: SearchState): void {
  const search = writeState(location.search, state);
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}
