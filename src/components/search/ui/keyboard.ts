/** Arrow keys move between the search box and the result links. */

/**
 * Where focus goes on an arrow key: a result's index, `'input'` for the
 * search box, or `null` to leave the key alone. `current` is the focused
 * result's index, or -1 when the search box has focus.
 */
export function nextFocus(key: string, current: number, count: number): number | 'input' | null {
  if ((key !== 'ArrowDown' && key !== 'ArrowUp') || count === 0) return null;
  const next = key === 'ArrowDown' ? current + 1 : current - 1;
  return next < 0 ? 'input' : Math.min(next, count - 1);
}

export function bindArrowKeys(dialog: HTMLElement, input: HTMLInputElement, list: HTMLElement): void {
  dialog.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll<HTMLElement>('.result-link')];
    const current = links.indexOf(document.activeElement as HTMLElement);
    if (current === -1 && document.activeElement !== input) return;
    const target = nextFocus(event.key, current, links.length);
    if (target === null) return;
    event.preventDefault();
    (target === 'input' ? input : links[target]!).focus();
  });
}
