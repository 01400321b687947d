/**
 * The language switch keeps the reader's place: aligned blocks (`s2`,
 * `s2-3`, shared by an entry and its twin) are measured when the switch is
 * about to be followed, and the one at the reading line becomes its `#hash`.
 */

/** The id of the last block whose top is at or above the reading line (blocks in document order). */
export function blockAtReadingLine(blocks: ReadonlyArray<{ id: string; top: number }>, line: number): string | undefined {
  let current: string | undefined;
  for (const block of blocks) {
    if (block.top > line) break;
    current = block.id;
  }
  return current;
}

/** Keeps `link`'s hash on the aligned block being read, whichever way the link is followed. */
export function followReadingPosition(link: HTMLAnchorElement, blocks: readonly HTMLElement[]): void {
  if (blocks.length === 0) return;
  const page = link.href.replace(/#.*$/, '');
  const update = () => {
    // Where an anchored block lands (its scroll margin keeps it below the sticky header), plus a little slack.
    const line = (parseFloat(getComputedStyle(blocks[0]!).scrollMarginTop) || 0) + 16;
    const id = blockAtReadingLine(
      blocks.map((b) => ({ id: b.id, top: b.getBoundingClientRect().top })),
      line,
    );
    link.href = id ? `${page}#${id}` : page;
  };
  for (const type of ['pointerdown', 'focus', 'click', 'contextmenu']) link.addEventListener(type, update);
}
