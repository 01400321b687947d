/**
 * Browser side of the term tooltips (see rehypeTermLinks.ts). CSS shows a
 * tooltip while its term is hovered or focused; this keeps it inside the
 * viewport and lets Esc hide it without moving focus (WCAG 1.4.13). It
 * comes back on the next hover or focus.
 */
const MARGIN = 8;

function place(term: HTMLElement): void {
  const tip = term.querySelector<HTMLElement>('.term-tip');
  if (!tip) return;
  tip.style.removeProperty('--tip-shift');
  delete tip.dataset.above;
  const rect = tip.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  const overflow = rect.right - (width - MARGIN);
  if (overflow > 0) tip.style.setProperty('--tip-shift', `${-Math.min(overflow, rect.left - MARGIN)}px`);
  if (rect.bottom > window.innerHeight - MARGIN && rect.height + MARGIN < term.getBoundingClientRect().top) tip.dataset.above = '';
}

const termOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('.term') : null);

export function watchTermTooltips(): void {
  const enter = (e: Event) => {
    const term = termOf(e.target);
    if (term && !term.contains(termOf((e as MouseEvent | FocusEvent).relatedTarget))) place(term);
  };
  const leave = (e: Event) => {
    const term = termOf(e.target);
    const next = (e as MouseEvent | FocusEvent).relatedTarget;
    if (term && !(next instanceof Node && term.contains(next))) delete term.dataset.dismissed;
  };
  document.addEventListener('mouseover', enter);
  document.addEventListener('focusin', enter);
  document.addEventListener('mouseout', leave);
  document.addEventListener('focusout', leave);
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    for (const term of document.querySelectorAll<HTMLElement>('.term:hover, .term:focus-within')) term.dataset.dismissed = '';
  });
}
