/**
 * The search dialog's behaviour, loaded on first open: queries both languages
 * as the reader types, shows filters with counts, keeps query and filters in
 * the URL, and lets the keyboard move through results.
 */
import {
  escapeHtml,
  filterNames,
  highlightTerms,
  isActive,
  normalizeQuery,
  readState,
  safeExcerpt,
  writeState,
  type FilterName,
  type SearchState,
} from './query.ts';
import { loadSearch, type Hit, type SearchEngine } from './client.ts';
import type { SearchLabels } from './labels.ts';
import { HIGHLIGHT_PARAM } from './launcher.ts';

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 40;

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));

export async function startSearchUI(dialog: HTMLDialogElement): Promise<void> {
  const labels = JSON.parse(dialog.querySelector('[data-search-labels]')!.textContent) as SearchLabels;
  const { strings } = labels;
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
  const list = dialog.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = dialog.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const filterBox = dialog.querySelector<HTMLElement>('[data-search-filters]')!;
  const plural = new Intl.PluralRules(document.documentElement.lang);
  const langOf = Object.fromEntries(labels.config.bundles.map((b) => [b.locale, b.lang]));

  const state: SearchState = readState(location.search);
  // The reader may have typed while the code loaded: what is in the box wins.
  if (input.value.trim()) state.query = normalizeQuery(input.value);
  else input.value = state.query;
  status.textContent = strings.loading;

  let engine: SearchEngine;
  try {
    engine = await loadSearch(labels.config);
  } catch (error) {
    status.textContent = strings.error;
    throw error;
  }
  if (input.value.trim()) state.query = normalizeQuery(input.value);

  let hits: Hit[] = [];
  let shown = 0;
  let runId = 0;

  const syncUrl = () => {
    const search = writeState(location.search, state);
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  };

  const valueLabel = (name: FilterName, value: string) => labels.values[name]?.[value] ?? value;

  function renderFilters(counts: Record<string, Record<string, number>>) {
    filterBox.replaceChildren();
    for (const name of filterNames) {
      const known = Object.keys(engine.allCounts[name] ?? {});
      if (known.length === 0) continue;
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = strings.filterNames[name];
      fieldset.append(legend);
      const order =
        name === 'year'
          ? known.sort()
          : known.sort((a, b) => valueLabel(name, a).localeCompare(valueLabel(name, b), document.documentElement.lang));
      for (const value of order) {
        const id = `filter-${name}-${value}`;
        const checked = state.filters[name]?.includes(value) ?? false;
        const count = counts[name]?.[value] ?? 0;
        const label = document.createElement('label');
        label.htmlFor = id;
        const box = document.createElement('input');
        Object.assign(box, { type: 'checkbox', id, name, value, checked });
        const text = document.createElement('span');
        text.textContent = valueLabel(name, value);
        const n = document.createElement('span');
        n.className = 'count';
        n.textContent = new Intl.NumberFormat(document.documentElement.lang).format(count);
        label.append(box, text, n);
        if (count === 0 && !checked) label.classList.add('empty');
        fieldset.append(label);
      }
      filterBox.append(fieldset);
    }
  }

  async function renderHits(from: number) {
    const slice = hits.slice(from, from + PAGE_SIZE);
    const datas = await Promise.all(slice.map((h) => h.load()));
    const terms = encodeURIComponent(highlightTerms(state.query).join(' '));
    const items = datas.map((data, i) => {
      const hit = slice[i]!;
      const lang = langOf[hit.locale] ?? '';
      const twinLocale = labels.config.bundles.find((b) => b.locale !== hit.locale);
      const href = terms ? `${data.url}?${HIGHLIGHT_PARAM}=${terms}` : data.url;
      const li = document.createElement('li');
      li.className = 'search-result';
      li.innerHTML = `
        <a class="result-link" href="${escapeHtml(href)}" lang="${lang}" ${hit.locale === labels.locale ? '' : `hreflang="${lang}"`}>${escapeHtml(data.meta.title ?? data.url)}</a>
        <span class="result-lang">${escapeHtml(strings.langNames[hit.locale] ?? hit.locale)}</span>
        <p class="result-excerpt" lang="${lang}">${safeExcerpt(data.excerpt)}</p>
        ${
          data.meta.twin && twinLocale
            ? `<a class="result-twin" href="${escapeHtml(labels.config.base + data.meta.twin)}" hreflang="${twinLocale.lang}">${escapeHtml(strings.twinIn[twinLocale.locale] ?? '')}</a>`
            : ''
        }`;
      return li;
    });
    list.append(...items);
    shown = from + slice.length;
    more.hidden = shown >= hits.length;
  }

  async function run() {
    const id = ++runId;
    syncUrl();
    if (!isActive(state)) {
      hits = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      renderFilters(engine.allCounts);
      return;
    }
    const outcome = await engine.search(state.query, state.filters, labels.locale);
    if (!outcome || id !== runId) return; // a newer search has started
    hits = outcome.hits;
    list.replaceChildren();
    renderFilters(outcome.counts);
    await renderHits(0);
    if (id !== runId) return;
    const category = plural.select(hits.length);
    status.textContent = hits.length
      ? fill(strings.results[category] ?? strings.results.other!, { count: hits.length })
      : fill(strings.noResults, { query: state.query });
    dialog.dataset.searchReady = String(id);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    engine.preload(normalizeQuery(input.value));
    clearTimeout(timer);
    timer = setTimeout(() => {
      state.query = normalizeQuery(input.value);
      void run();
    }, DEBOUNCE_MS);
  });
  dialog.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    list.querySelector<HTMLAnchorElement>('.result-link')?.click();
  });
  filterBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const name = box.name as FilterName;
    const values = new Set(state.filters[name] ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    state.filters[name] = [...values];
    void run().then(() => document.getElementById(box.id)?.focus());
  });
  more.addEventListener('click', () => {
    const first = shown;
    void renderHits(shown).then(() => list.querySelectorAll<HTMLElement>('.result-link')[first]?.focus());
  });

  // Arrow keys move between the input and the results; Enter follows the focused link.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLElement>('.result-link')];
    if (!links.length) return;
    const current = links.indexOf(document.activeElement as HTMLElement);
    if (current === -1 && document.activeElement !== input) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? current + 1 : current - 1;
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]!.focus();
  });
  dialog.addEventListener('close', () => {
    state.query = '';
    for (const name of filterNames) delete state.filters[name];
    input.value = '';
    syncUrl();
    void run();
  });

  await run();
}
