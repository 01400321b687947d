/**
 * The part of search that ships with every page: it opens the dialog (button,
 * `/`, Ctrl/⌘+K, or a URL carrying a search) and imports the search UI the
 * first time. It also highlights the words of a search on a page opened from it.
 */
import { isActive, readState } from '../../search/query.ts';
import { HIGHLIGHT_PARAM } from '../../search/params.ts';

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
    ui ??= import('./ui.ts').then((m) => m.startSearchUI(dialog));
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
  if (isActive(readState(location.search))) open();
  const highlight = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM);
  const body = document.querySelector<HTMLElement>('[data-pagefind-body]');
  if (highlight && body) void import('./highlight.ts').then((m) => m.highlightPage(body, highlight));
}
