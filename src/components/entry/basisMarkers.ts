/**
 * The reader's side of « Sources » / 出处: a toggle, remembered across pages,
 * that shows a marker at the end of each block (src/markdown/rehypeBasis.ts),
 * and the marker's note (a popover, src/components/entry/BasisNotes.astro).
 *
 * - The choice is `<html data-sources="on">`, stored in localStorage; the
 *   pre-paint script (src/components/theme/themeScript.ts) applies it before
 *   the first paint, so markers never pop in after the text.
 * - A marker is a button with `popovertarget`: the browser opens and closes
 *   the note (click, Enter, Space; Escape and a click elsewhere close it;
 *   focus stays on, or returns to, the marker). This module keeps
 *   `aria-expanded` true on the marker that opened it, places the note
 *   next to that marker, inside the viewport, and moves focus into it.
 */
export const SOURCES_KEY = 'sources';

function setSources(
  on: boolean,
  root: HTMLElement = document.documentElement,
  storage: Pick<Storage, 'setItem' | 'removeItem'> = localStorage,
): void {
  if (on) root.dataset.sources = 'on';
  else delete root.dataset.sources;
  try {
    if (on) storage.setItem(SOURCES_KEY, 'on');
    else storage.removeItem(SOURCES_KEY);
  } catch {
    /* storage disabled: the choice lasts for this page only */
  }
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Where a note of this size goes for a marker at `anchor` in a viewport of
 * `width` × `height`: below the marker, aligned on its start, moved left to
 * stay inside; above it when there is no room below and more above. Pure.
 */
export function notePosition(
  anchor: Box,
  note: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 6,
  margin = 8,
): { left: number; top: number } {
  const left = Math.max(margin, Math.min(anchor.left, viewport.width - note.width - margin));
  const below = anchor.bottom + gap;
  const above = anchor.top - gap - note.height;
  const fitsBelow = below + note.height <= viewport.height - margin;
  const top = fitsBelow || above < margin ? Math.max(margin, Math.min(below, viewport.height - note.height - margin)) : above;
  return { left, top };
}

/** Wires the toggles and the notes of the page. */
export function initBasisMarkers(doc: Document = document): void {
  const root = doc.documentElement;
  const toggles = [...doc.querySelectorAll<HTMLButtonElement>('[data-sources-toggle]')];
  const show = () => {
    const on = root.dataset.sources === 'on';
    for (const t of toggles) t.setAttribute('aria-pressed', String(on));
  };
  show();
  for (const toggle of toggles)
    toggle.addEventListener('click', () => {
      const on = root.dataset.sources !== 'on';
      setSources(on, root);
      show();
      if (!on) for (const note of doc.querySelectorAll<HTMLElement>('.basis-note:popover-open')) note.hidePopover();
    });

  let invoker: HTMLButtonElement | undefined;
  const place = (note: HTMLElement) => {
    if (!invoker) return;
    const view = doc.defaultView!;
    const rect = note.getBoundingClientRect();
    const { left, top } = notePosition(invoker.getBoundingClientRect(), rect, { width: view.innerWidth, height: view.innerHeight });
    note.style.left = `${left}px`;
    note.style.top = `${top}px`;
  };
  doc.addEventListener('click', (event) => {
    const marker = (event.target as Element | null)?.closest?.<HTMLButtonElement>('button.basis');
    if (marker) invoker = marker;
  });
  for (const note of doc.querySelectorAll<HTMLElement>('.basis-note')) {
    note.addEventListener('beforetoggle', (event) => {
      const { newState } = event;
      if (newState === 'open' && invoker) {
        // A first place before it shows, from the marker alone; corrected once its size is known.
        const r = invoker.getBoundingClientRect();
        note.style.left = `${Math.max(8, Math.min(r.left, doc.defaultView!.innerWidth - 8 - Math.min(352, doc.defaultView!.innerWidth - 16)))}px`;
        note.style.top = `${r.bottom + 6}px`;
      }
    });
    note.addEventListener('toggle', (event) => {
      const open = event.newState === 'open';
      for (const m of doc.querySelectorAll<HTMLButtonElement>(`button.basis[popovertarget="${note.id}"]`))
        m.setAttribute('aria-expanded', String(open && m === invoker));
      if (!open) return;
      place(note);
      // Into the note, so that a screen reader reads it; Escape or a click elsewhere brings focus back to the marker.
      note.focus({ preventScroll: true });
    });
    note.querySelector('[data-note-close]')?.addEventListener('click', () => {
      note.hidePopover();
      invoker?.focus();
    });
  }
  const reposition = () => {
    for (const note of doc.querySelectorAll<HTMLElement>('.basis-note:popover-open')) place(note);
  };
  doc.defaultView?.addEventListener('resize', reposition);
  doc.addEventListener('scroll', reposition, { passive: true, capture: true });
}
