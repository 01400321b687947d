/**
 * A search session: the dialog's state and the steps that change it. Its
 * fields are what is searched (the query and filters kept in the URL, and
 * whether to search exactly what was typed), what is on screen (the hits, how
 * many are listed, what was searched instead) and two timers; each method is
 * one step, drawn with the helpers beside this file. Every search takes a
 * generation number, checked after each await, so only the latest query's
 * results are ever rendered. ui.ts binds the dialog's events to the steps.
 */
import { highlightTerms, isActive, normalizeQuery, type FilterName, type SearchState } from '../../../search/query.ts';
import { PAGE_SIZE, type Hit, type SearchEngine, type SearchOutcome } from '../client.ts';
import type { SearchLabels } from '../../../search-index/labels.ts';
import { h } from './dom.ts';
import { generations } from './generation.ts';
import { replaceSearch, syncUrl } from './urlState.ts';
import {
  filterChipsView,
  filterGroupsView,
  renderChips,
  renderFilterGroups,
  toggleText,
  unmatchedNotices,
  withValue,
  type Counts,
} from './filters.ts';
import { hitView, renderHit } from './results.ts';
import { renderSuggestion, suggestionView, withoutExact } from './suggestion.ts';
import { statusAndNotice } from './status.ts';

const DEBOUNCE_MS = 40;
/** A query that finds nothing is searched again this long after the last key, with "did you mean" (see client.ts). */
const SETTLE_MS = 250;

/** The dialog's elements, and the labels of its language. */
export function dialogParts(dialog: HTMLDialogElement, labels: SearchLabels) {
  const q = <T extends Element>(selector: string) => dialog.querySelector<T>(selector)!;
  return {
    labels,
    form: q<HTMLFormElement>('form'),
    input: q<HTMLInputElement>('input[type="search"]'),
    status: q<HTMLElement>('[data-search-status]'),
    notice: q<HTMLElement>('[data-search-notice]'),
    suggestion: q<HTMLElement>('[data-search-suggestion]'),
    start: q<HTMLElement>('[data-search-start]'),
    list: q<HTMLOListElement>('[data-search-results]'),
    more: q<HTMLButtonElement>('[data-search-more]'),
    filterBox: q<HTMLElement>('[data-search-filters]'),
    toggle: q<HTMLButtonElement>('[data-search-filters-toggle]'),
    chips: q<HTMLElement>('[data-search-chips]'),
  };
}
export type DialogParts = ReturnType<typeof dialogParts>;

export class SearchSession {
  /** What is searched: the query and the filters, as the URL has them. */
  #state: SearchState;
  /** Set by the "search exactly what was typed" link (or its URL), cleared when the reader types. */
  #exact: boolean;
  /** What was searched instead of the typed query ("did you mean"), marked on the pages opened from the results. */
  #searchedFor: string | undefined;
  /** The results of the search on screen, and how many of them are listed. */
  #hits: Hit[] = [];
  #shown = 0;
  /** The search of what is in the box, once the reader pauses. */
  #debounce: ReturnType<typeof setTimeout> | undefined;
  /** The search again, "did you mean" allowed, of a query that found nothing while the reader typed. */
  #settle: ReturnType<typeof setTimeout> | undefined;
  readonly #requests = generations();
  readonly #dialog: HTMLDialogElement;
  readonly #ui: DialogParts;
  readonly #engine: SearchEngine;
  readonly #lang = document.documentElement.lang;
  readonly #plural = new Intl.PluralRules(this.#lang);

  constructor(dialog: HTMLDialogElement, ui: DialogParts, engine: SearchEngine, state: SearchState, exact: boolean) {
    this.#dialog = dialog;
    this.#ui = ui;
    this.#engine = engine;
    this.#state = state;
    this.#exact = exact;
  }

  /** The reader typed: exact mode ends, and the box is searched once they pause. */
  typed(): void {
    const { input } = this.#ui;
    this.#engine.preload(normalizeQuery(input.value));
    clearTimeout(this.#debounce);
    clearTimeout(this.#settle);
    if (this.#exact) {
      this.#exact = false;
      replaceSearch(withoutExact(location.search));
    }
    this.#debounce = setTimeout(() => {
      this.#state = { ...this.#state, query: normalizeQuery(input.value) };
      void this.run(true);
    }, DEBOUNCE_MS);
  }

  /** A filter value chosen or removed. */
  setFilter(name: FilterName, value: string, on: boolean): Promise<void> {
    this.#state = { ...this.#state, filters: withValue(this.#state.filters, name, value, on) };
    return this.run();
  }

  clearFilters(): Promise<void> {
    this.#state = { ...this.#state, filters: {} };
    return this.run();
  }

  /** The "search exactly what was typed" link: its `search` (`?q=…&exact`) becomes the page's. */
  searchExactly(search: string): Promise<void> {
    this.#exact = true;
    replaceSearch(search);
    return this.run();
  }

  /** The dialog closed: the box, the filters and the URL are emptied for the next opening. */
  reset(): void {
    this.#state = { query: '', filters: {} };
    this.#exact = false;
    replaceSearch(withoutExact(location.search));
    this.#ui.input.value = '';
    void this.run();
  }

  /** Searches the state as a new generation. `typing`: run from a keystroke, the reader may type on (see `awaitsSettle` in client.ts). */
  async run(typing = false): Promise<void> {
    clearTimeout(this.#settle);
    const generation = this.#requests.next();
    try {
      await this.#show(generation, typing);
    } catch (error) {
      this.#showOutdated(generation, error);
    }
  }

  /** Searches, loads the first page of results and renders it, unless a newer search or more typing made it unneeded. */
  async #show(generation: number, typing: boolean): Promise<void> {
    // A newer search has started, or the reader has typed on (its search starts after the debounce):
    // this one's results, and the data of its results, are not needed.
    const query = this.#state.query;
    const stale = () => !this.#requests.isCurrent(generation) || (typing && normalizeQuery(this.#ui.input.value) !== query);
    syncUrl(this.#state);
    const active = isActive(this.#state);
    const outcome: SearchOutcome | null = active
      ? await this.#engine.search(query, this.#state.filters, this.#ui.labels.locale, { exact: this.#exact, typing, stale })
      : { hits: [], counts: this.#engine.allCounts, typed: '' };
    if (!outcome || stale()) return;
    if (outcome.awaitsSettle) {
      // Nothing found, perhaps for a half-typed word: the previous results stay until the reader pauses.
      this.#settle = setTimeout(() => void this.run(), SETTLE_MS - DEBOUNCE_MS);
      return;
    }
    const items = await this.#loadPage(generation, outcome.hits, 0, outcome.searchedFor ?? this.#state.query);
    if (!items || stale()) return;
    this.#render(generation, outcome, items, active);
  }

  /** A search's first page on screen. Synchronous: list, count and filters always describe the same query. */
  #render(generation: number, outcome: SearchOutcome, items: HTMLLIElement[], active: boolean): void {
    const { labels, list, more, status, notice } = this.#ui;
    this.#searchedFor = outcome.searchedFor;
    this.#hits = outcome.hits;
    list.replaceChildren(...items);
    this.#shown = items.length;
    more.hidden = this.#shown >= this.#hits.length;
    const unmatched = this.#renderFilters(outcome.counts);
    const summary = { active, count: this.#hits.length, query: this.#state.query, unmatched };
    const [statusText, noticeText] = statusAndNotice(summary, labels.strings, this.#plural);
    status.textContent = statusText;
    notice.textContent = noticeText;
    notice.hidden = !noticeText;
    renderSuggestion(this.#ui.suggestion, suggestionView(outcome, labels.strings, location.search));
    this.#ui.start.hidden = active;
    // For tests and tools: the generation now on screen (the first one is the empty box's).
    this.#dialog.dataset.searchReady = String(generation);
  }

  /** List items for `of[from…from + PAGE_SIZE]`, or null if a newer search started meanwhile. */
  async #loadPage(generation: number, of: Hit[], from: number, query: string): Promise<HTMLLIElement[] | null> {
    const slice = of.slice(from, from + PAGE_SIZE);
    const datas = await Promise.all(slice.map((hit) => hit.load()));
    if (!this.#requests.isCurrent(generation)) return null;
    const terms = highlightTerms(query);
    const hanWords = await this.#engine.hanWords();
    if (!this.#requests.isCurrent(generation)) return null;
    return datas.map((data, i) => renderHit(hitView(slice[i]!, data, this.#ui.labels, terms, hanWords)));
  }

  /** The "more results" button: the next page is appended, and focus moves to its first result. */
  showMore(): void {
    const { list, more } = this.#ui;
    const generation = this.#requests.current;
    const from = this.#shown;
    more.disabled = true;
    void this.#loadPage(generation, this.#hits, from, this.#searchedFor ?? this.#state.query).then(
      (items) => {
        more.disabled = false;
        // A newer search, or a second click, has already redrawn the list.
        if (!items || this.#shown !== from) return;
        list.append(...items);
        this.#shown = from + items.length;
        more.hidden = this.#shown >= this.#hits.length;
        list.querySelectorAll<HTMLElement>('.result-link')[from]?.focus();
      },
      (error: unknown) => this.#showOutdated(generation, error),
    );
  }

  /** Filters, chips and the toggle's count; returns the notices of the chips that match nothing. */
  #renderFilters(counts: Counts): string[] {
    const { labels, filterBox, chips, toggle } = this.#ui;
    const filters = this.#state.filters;
    const all = this.#engine.allCounts;
    renderFilterGroups(filterBox, filterGroupsView(labels, all, counts, filters, this.#lang), this.#lang);
    const chipViews = filterChipsView(labels, all, counts, filters);
    renderChips(chips, chipViews, labels);
    toggle.textContent = toggleText(labels, filters);
    return unmatchedNotices(chipViews, labels.strings);
  }

  /**
   * A file of the index or an excerpt could not be fetched: after a deploy, a
   * page opened before it asks for files the new build no longer has. Say so,
   * never leave an empty list under an old count.
   */
  #showOutdated(generation: number, error: unknown): void {
    if (!this.#requests.isCurrent(generation)) return;
    const { labels, list, more, status, notice } = this.#ui;
    console.warn('search:', error);
    this.#hits = [];
    this.#shown = 0;
    list.replaceChildren();
    more.hidden = true;
    status.textContent = labels.strings.outdated;
    const reload = h('button', { type: 'button', class: 'search-reload' }, labels.strings.reload);
    reload.addEventListener('click', () => location.reload());
    notice.replaceChildren(reload);
    notice.hidden = false;
    this.#dialog.dataset.searchReady = String(generation);
  }
}
