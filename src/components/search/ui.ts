/**
 * The search dialog's behaviour, loaded on first open. It wires the parts in
 * ui/: URL state, filters (checkboxes, chips, the phone's toggle), results
 * and keyboard. Every search takes a generation number, checked after each
 * await, so only the latest query's results are ever rendered.
 */
import { highlightTerms, isActive, normalizeQuery, type FilterName } from '../../search/query.ts';
import { loadSearch, PAGE_SIZE, type Hit, type SearchEngine } from './client.ts';
import type { SearchLabels } from '../../search-index/labels.ts';
import { fill, h } from './ui/dom.ts';
import { generations } from './ui/generation.ts';
import { initialState, syncUrl } from './ui/urlState.ts';
import { bindArrowKeys } from './ui/keyboard.ts';
import { filterChipsView, filterGroupsView, renderChips, renderFilterGroups, toggleText, withValue, type Counts } from './ui/filters.ts';
import { hitView, renderHit } from './ui/results.ts';
import { renderSuggestion, suggestionView, wantsExact, withoutExact } from './ui/suggestion.ts';

const DEBOUNCE_MS = 40;
/** A query that finds nothing is searched again this long after the last key, with "did you mean" (see client.ts). */
const SETTLE_MS = 250;

function parts(dialog: HTMLDialogElement) {
  const q = <T extends Element>(selector: string) => dialog.querySelector<T>(selector)!;
  return {
    labels: JSON.parse(q('[data-search-labels]').textContent) as SearchLabels,
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

export async function startSearchUI(dialog: HTMLDialogElement): Promise<void> {
  const ui = parts(dialog);
  const { labels, input, status, list, more } = ui;
  const { strings } = labels;
  const lang = document.documentElement.lang;
  const plural = new Intl.PluralRules(lang);

  let state = initialState(location.search, input.value);
  input.value = state.query;
  status.textContent = strings.loading;

  let engine: SearchEngine;
  try {
    engine = await loadSearch(labels.config);
  } catch (error) {
    status.textContent = strings.error;
    throw error;
  }
  // The reader may have typed while the code loaded: what is in the box wins.
  if (input.value.trim()) state.query = normalizeQuery(input.value);

  const requests = generations();
  /** Set by the "search exactly what was typed" link (or its URL), cleared when the reader types. */
  let exact = wantsExact(location.search);
  /** What was searched instead of the typed query ("did you mean"), marked on the pages opened from the results. */
  let searchedFor: string | undefined;
  let hits: Hit[] = [];
  let shown = 0;

  /** List items for `of[from…from + PAGE_SIZE]`, or null if a newer search started meanwhile. */
  async function loadPage(generation: number, of: Hit[], from: number, query: string) {
    const slice = of.slice(from, from + PAGE_SIZE);
    const datas = await Promise.all(slice.map((hit) => hit.load()));
    if (!requests.isCurrent(generation)) return null;
    const terms = highlightTerms(query);
    return datas.map((data, i) => renderHit(hitView(slice[i]!, data, labels, terms)));
  }

  /** Filters, chips and the toggle's count; returns what the chips flag as matching nothing. */
  function renderFilters(counts: Counts): string[] {
    renderFilterGroups(ui.filterBox, filterGroupsView(labels, engine.allCounts, counts, state.filters, lang), lang);
    const chips = filterChipsView(labels, engine.allCounts, counts, state.filters);
    renderChips(ui.chips, chips, labels);
    ui.toggle.textContent = toggleText(labels, state.filters);
    return chips.filter((c) => c.unmatched).map((c) => fill(c.unknown ? strings.unmatchedFilter : strings.emptyFilter, { filter: c.text }));
  }

  /** The announced status, and a notice naming the chosen filters that match nothing. */
  function statusAndNotice(unmatched: string[]): [status: string, notice: string] {
    if (hits.length)
      return [fill(strings.results[plural.select(hits.length)] ?? strings.results.other!, { count: hits.length }), unmatched.join(' ')];
    if (state.query) return [fill(strings.noResults, { query: state.query }), unmatched.join(' ')];
    return [unmatched.length ? unmatched.join(' ') : strings.noResultsFiltered, ''];
  }

  /**
   * A file of the index or an excerpt could not be fetched: after a deploy, a
   * page opened before it asks for files the new build no longer has. Say so,
   * never leave an empty list under an old count.
   */
  function showOutdated(generation: number, error: unknown) {
    if (!requests.isCurrent(generation)) return;
    console.warn('search:', error);
    hits = [];
    shown = 0;
    list.replaceChildren();
    more.hidden = true;
    status.textContent = strings.outdated;
    const reload = h('button', { type: 'button', class: 'search-reload' }, strings.reload);
    reload.addEventListener('click', () => location.reload());
    ui.notice.replaceChildren(reload);
    ui.notice.hidden = false;
    dialog.dataset.searchReady = String(generation);
  }

  let settle: ReturnType<typeof setTimeout> | undefined;

  /** `typing`: run from a keystroke, the reader may type on (see `awaitsSettle` in client.ts). */
  async function run(typing = false) {
    clearTimeout(settle);
    const generation = requests.next();
    try {
      await show(generation, typing);
    } catch (error) {
      showOutdated(generation, error);
    }
  }

  async function show(generation: number, typing: boolean) {
    /**
     * A newer search has started, or the reader has typed on (its search starts after the debounce):
     * this one's results, and the data of its results, are not needed.
     */
    const query = state.query;
    const stale = () => !requests.isCurrent(generation) || (typing && normalizeQuery(input.value) !== query);
    syncUrl(state);
    const active = isActive(state);
    const outcome = active
      ? await engine.search(state.query, state.filters, labels.locale, { exact, typing, stale })
      : { hits: [], counts: engine.allCounts, typed: '' };
    if (!outcome || stale()) return;
    if ('awaitsSettle' in outcome) {
      // Nothing found, perhaps for a half-typed word: the previous results stay until the reader pauses.
      settle = setTimeout(() => void run(), SETTLE_MS - DEBOUNCE_MS);
      return;
    }
    const instead = 'searchedFor' in outcome ? outcome.searchedFor : undefined;
    const items = await loadPage(generation, outcome.hits, 0, instead ?? state.query);
    if (!items || stale()) return;
    searchedFor = instead;
    // Everything below is synchronous: list, count and filters always describe the same query.
    hits = outcome.hits;
    list.replaceChildren(...items);
    shown = items.length;
    more.hidden = shown >= hits.length;
    const unmatched = renderFilters(outcome.counts);
    const [statusText, notice] = active ? statusAndNotice(unmatched) : ['', ''];
    status.textContent = statusText;
    ui.notice.textContent = notice;
    ui.notice.hidden = !notice;
    renderSuggestion(ui.suggestion, suggestionView(outcome, strings, location.search));
    ui.start.hidden = active;
    // For tests and tools: the generation now on screen (the first one is the empty box's).
    dialog.dataset.searchReady = String(generation);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    engine.preload(normalizeQuery(input.value));
    clearTimeout(timer);
    clearTimeout(settle);
    if (exact) {
      exact = false;
      history.replaceState(history.state, '', `${location.pathname}${withoutExact(location.search)}${location.hash}`);
    }
    timer = setTimeout(() => {
      state = { ...state, query: normalizeQuery(input.value) };
      void run(true);
    }, DEBOUNCE_MS);
  });
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    list.querySelector<HTMLAnchorElement>('.result-link')?.click();
  });
  ui.suggestion.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-search-exact]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    exact = true;
    history.replaceState(history.state, '', `${location.pathname}${link.search}${location.hash}`);
    void run().then(() => input.focus());
  });
  ui.toggle.addEventListener('click', () => {
    ui.toggle.setAttribute('aria-expanded', String(ui.toggle.getAttribute('aria-expanded') !== 'true'));
  });
  ui.filterBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    state = { ...state, filters: withValue(state.filters, box.name as FilterName, box.value, box.checked) };
    void run().then(() => document.getElementById(box.id)?.focus());
  });
  ui.chips.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    if (!button) return;
    const { name, value } = button.dataset;
    state = { ...state, filters: button.hasAttribute('data-clear') ? {} : withValue(state.filters, name as FilterName, value!, false) };
    // The button is gone once the chips are redrawn: focus the next chip, or the search box.
    void run().then(() => (ui.chips.querySelector<HTMLButtonElement>('button') ?? input).focus());
  });
  more.addEventListener('click', () => {
    const generation = requests.current;
    const from = shown;
    more.disabled = true;
    void loadPage(generation, hits, from, searchedFor ?? state.query).then(
      (items) => {
        more.disabled = false;
        // A newer search, or a second click, has already redrawn the list.
        if (!items || shown !== from) return;
        list.append(...items);
        shown = from + items.length;
        more.hidden = shown >= hits.length;
        list.querySelectorAll<HTMLElement>('.result-link')[from]?.focus();
      },
      (error: unknown) => showOutdated(generation, error),
    );
  });
  bindArrowKeys(dialog, input, list);
  dialog.addEventListener('close', () => {
    state = { query: '', filters: {} };
    exact = false;
    history.replaceState(history.state, '', `${location.pathname}${withoutExact(location.search)}${location.hash}`);
    input.value = '';
    void run();
  });

  await run();
}
