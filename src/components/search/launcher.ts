/**
 * The part of search that ships with every page: it opens the dialog (button,
 * `/`, Ctrl/⌘+K, or a URL carrying a search) and imports the search UI the
 * first time. It also highlights the words of a search on a page opened from it.
 */
import { carriesSearch, HIGHLIGHT_PARAM } from '../../search/params.ts';
import { searchPageData } from './pageData.ts';

/**
 * The search code or its data could not be loaded: a page opened before one or
 * more deploys asks for files the new build no longer has (or the network is
 * gone). The dialog says the site was updated and offers a reload, from the
 * strings the page carries, so it works whatever failed to load.
 */
function showOutdated(dialog: HTMLDialogElement, error: unknown): void {
  console.warn('search:', error);
  const strings = searchPageData(dialog)?.strings;
  const status = dialog.querySelector('[data-search-status]');
  const notice = dialog.querySelector<HTMLElement>('[data-search-notice]');
  if (!strings || !status || !notice) return;
  status.textContent = strings.outdated;
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'search-reload';
  reload.textContent = strings.reload;
  reload.addEventListener('click', () => location.reload());
  notice.replaceChildren(reload);
  notice.hidden = false;
  dialog.querySelector<HTMLElement>('[data-search-start]')?.setAttribute('hidden', '');
  dialog.dataset.searchReady = 'outdated';
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export function setUpSearchLauncher(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const opener = document.querySelector<HTMLButtonElement>('[data-search-open]');
  if (!dialog || !opener) return;
  let ui: Promise<void> | undefined;

  const open = () => {
    if (!dialog.open) dialog.showModal();
    dialog.querySelector('input')?.focus();
    ui ??= import('./ui.ts').then((m) => m.startSearchUI(dialog)).catch((error: unknown) => showOutdated(dialog, error));
  };

  opener.addEventListener('click', open);
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => opener.focus());
  // A click on the backdrop (outside the dialog's box) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  document.addEventListener('keydown', (event) => {
    const k = event.key.toLowerCase();
    if ((k === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !isTyping(event.target))) {
      event.preventDefault();
      open();
    }
  });

  opener.dataset.ready = '';
  if (carriesSearch(location.search)) open();
  const highlight = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM);
  const body = document.querySelector<HTMLElement>('[data-pagefind-body]');
  if (highlight && body) void import('./highlight.ts').then((m) => m.highlightPage(body, highlight));
}
