/**
 * The search dialog's behaviour, loaded on first open. It loads the search
 * engine, starts a session (ui/session.ts: the state, and a method for each
 * step) and binds the dialog's events to the session's steps, with where
 * focus goes once a step has drawn.
 */
import { normalizeQuery, type FilterName } from '../../search/query.ts';
import { loadSearch, type SearchEngine } from './client.ts';
import { initialState } from './ui/urlState.ts';
import { bindArrowKeys } from './ui/keyboard.ts';
import { wantsExact } from './ui/suggestion.ts';
import { dialogParts, SearchSession, type DialogParts } from './ui/session.ts';
import { searchPageData } from './pageData.ts';
import type { SearchLabels } from '../../search-index/labels.ts';

async function fetchLabels(url: string): Promise<SearchLabels> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`search: ${url} answered ${response.status}`);
  return (await response.json()) as SearchLabels;
}

export async function startSearchUI(dialog: HTMLDialogElement): Promise<void> {
  const page = searchPageData(dialog)!;
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
  const state = initialState(location.search, input.value);
  input.value = state.query;
  dialog.querySelector('[data-search-status]')!.textContent = page.strings.loading;

  // When either fails, the launcher says the site was updated and offers a reload (launcher.ts).
  const [engine, labels]: [SearchEngine, SearchLabels] = await Promise.all([loadSearch(page.config), fetchLabels(page.labelsUrl)]);
  const ui = dialogParts(dialog, labels);
  // The reader may have typed while the code loaded: what is in the box wins.
  if (input.value.trim()) state.query = normalizeQuery(input.value);

  const session = new SearchSession(dialog, ui, engine, state, wantsExact(location.search));
  bindEvents(dialog, ui, session);
  await session.run();
}

function bindEvents(dialog: HTMLDialogElement, ui: DialogParts, session: SearchSession): void {
  const { input, list } = ui;
  input.addEventListener('input', () => session.typed());
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    list.querySelector<HTMLAnchorElement>('.result-link')?.click();
  });
  ui.suggestion.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-search-exact]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    void session.searchExactly(link.search).then(() => input.focus());
  });
  ui.toggle.addEventListener('click', () => {
    ui.toggle.setAttribute('aria-expanded', String(ui.toggle.getAttribute('aria-expanded') !== 'true'));
  });
  ui.filterBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    void session.setFilter(box.name as FilterName, box.value, box.checked).then(() => document.getElementById(box.id)?.focus());
  });
  ui.chips.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    if (!button) return;
    const { name, value } = button.dataset;
    const done = button.hasAttribute('data-clear') ? session.clearFilters() : session.setFilter(name as FilterName, value!, false);
    // The button is gone once the chips are redrawn: focus the next chip, or the search box.
    void done.then(() => (ui.chips.querySelector<HTMLButtonElement>('button') ?? input).focus());
  });
  ui.more.addEventListener('click', () => session.showMore());
  bindArrowKeys(dialog, input, list);
  dialog.addEventListener('close', () => session.reset());
}
