/**
 * "Résultats pour « hydraulique »" / "显示“hydraulique”的结果": shown when the
 * typed query found nothing and the results are for the nearest words of the
 * site, with a link to search exactly what was typed (`?q=…&exact`).
 */
import { fill, h } from './dom.ts';

/** In the URL: search what was typed, without "did you mean". */
const EXACT_PARAM = 'exact';

export interface SuggestionView {
  /** "Résultats pour « hydraulique »." */
  text: string;
  /** "Rechercher exactement « hydrolique »", to a URL that does so. */
  link: { text: string; href: string };
}

export function suggestionView(
  outcome: { typed: string; searchedFor?: string | undefined } | null | undefined,
  strings: { searchedFor: string; searchTyped: string },
  search: string,
): SuggestionView | undefined {
  if (!outcome?.searchedFor) return undefined;
  const params = new URLSearchParams(search);
  params.set('q', outcome.typed);
  params.set(EXACT_PARAM, '');
  return {
    text: fill(strings.searchedFor, { query: outcome.searchedFor }),
    link: { text: fill(strings.searchTyped, { query: outcome.typed }), href: `?${params.toString().replace(/exact=(&|$)/, 'exact$1')}` },
  };
}

export function renderSuggestion(box: HTMLElement, view: SuggestionView | undefined): void {
  box.hidden = !view;
  box.replaceChildren(
    ...(view ? [h('span', {}, view.text), ' ', h('a', { href: view.link.href, 'data-search-exact': '' }, view.link.text)] : []),
  );
}

/** Whether the URL asks to search exactly what was typed. */
export const wantsExact = (search: string) => new URLSearchParams(search).has(EXACT_PARAM);

/** The URL's search part without the exact flag (once the reader types again). */
export function withoutExact(search: string): string {
  const params = new URLSearchParams(search);
  params.delete(EXACT_PARAM);
  const out = params.toString();
  return out ? `?${out}` : '';
}
