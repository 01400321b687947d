/**
 * The search dialog's behaviour, loaded on first open. It wires the parts in
 * ui/: URL state, filters (checkboxes, chips, the phone's toggle), results
 * and keyboard. Every search takes a generation number, checked after each
 * await, so only the latest query's results are ever rendered.
 */
import { highlightTerms, isActive, normalizeQuery, type FilterName } from './query.ts';
import { loadSearch, type Hit, type SearchEngine } from './client.ts';
import type { SearchLabels } from './labels.ts';
import { fill } from './ui/dom.ts';
import { generations } from './ui/generation.ts';
import { initialState, syncUrl } from './ui/urlState.ts';
import { bindArrowKeys } from './ui/keyboard.ts';
import { filterChipsView, filterGroupsView, renderChips, renderFilterGroups, toggleText, withValue, type Counts } from './ui/filters.ts';
import { hitView, renderHit } from './ui/results.ts';

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 40;

function parts(dialog: HTMLDialogElement) {
  const q = <T extends Element>(selector: string) => dialog.querySelector<T>(selector)!;
  return {
    labels: JSON.parse(q('[data-search-labels]').textContent) as SearchLabels,
    form: q<HTMLFormElement>('form'),
    input: q<HTMLInputElement>('input[type="search"]'),
    status: q<HTMLElement>('[data-search-status]'),
    notice: q<HTMLElement>('[data-search-notice]'),
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

  async function run() {
    const generation = requests.next();
    syncUrl(state);
    const active = isActive(state);
    const outcome = active ? await engine.search(state.query, state.filters, labels.locale) : { hits: [], counts: engine.allCounts };
    if (!outcome || !requests.isCurrent(generation)) return;
    const items = await loadPage(generation, outcome.hits, 0, state.query);
    if (!items) return;
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
    ui.start.hidden = active;
    // For tests and tools: the generation now on screen (the first one is the empty box's).
    dialog.dataset.searchReady = String(generation);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    engine.preload(normalizeQuery(input.value));
    clearTimeout(timer);
    timer = setTimeout(() => {
      state = { ...state, query: normalizeQuery(input.value) };
      void run();
    }, DEBOUNCE_MS);
  });
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    list.querySelector<HTMLAnchorElement>('.result-link')?.click();
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
    void loadPage(generation, hits, from, state.query).then((items) => {
      more.disabled = false;
      // A newer search, or a second click, has already redrawn the list.
      if (!items || shown !== from) return;
      list.append(...items);
      shown = from + items.length;
      more.hidden = shown >= hits.length;
      list.querySelectorAll<HTMLElement>('.result-link')[from]?.focus();
    });
  });
  bindArrowKeys(dialog, input, list);
  dialog.addEventListener('close', () => {
    state = { query: '', filters: {} };
    input.value = '';
    void run();
  });

  await run();
}
