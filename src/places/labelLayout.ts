/**
 * Where to put the stacks of labels drawn on the map: each stack is centred
 * on its province, then moved down just enough not to cover a stack placed
 * before it (stacks are placed from north to south). Pure and deterministic.
 */
export interface LabelStack {
  /** Centre of the province, in view-box units. */
  x: number;
  y: number;
  lines: string[];
}

export interface LayoutOptions {
  lineHeight: number;
  fontSize: number;
  /** Space kept between two stacks. */
  gap?: number;
}

/** Rough text width: a Han character is one em wide, other characters about 0.6 em. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /\p{Script=Han}/u.test(ch) ? 1 : 0.6;
  return em * fontSize;
}

export interface Placement {
  /** Horizontal centre of the stack (moved sideways if that spares a long move down). */
  x: number;
  /** Top of the stack. */
  top: number;
}

interface Box {
  left: number;
  right: number;
  top: number;
  height: number;
}

const overlaps = (a: Box, b: Box, gap: number) =>
  a.left < b.right + gap && a.right + gap > b.left && a.top < b.top + b.height + gap && a.top + a.height + gap > b.top;

/** Pushes a box down below every placed box it covers. */
function pushDown(box: Box, placed: Box[], gap: number): Box {
  const b = { ...box };
  for (let moved = true; moved;) {
    moved = false;
    for (const p of placed)
      if (overlaps(b, p, gap)) {
        b.top = p.top + p.height + gap;
        moved = true;
      }
  }
  return b;
}

/**
 * Where each stack goes, in input order: on its point if free; otherwise the
 * cheapest of a few sideways shifts (up to one stack width) each followed by
 * the smallest move down that clears the stacks placed before it.
 */
export function layoutLabels(stacks: LabelStack[], { lineHeight, fontSize, gap = 2 }: LayoutOptions): Placement[] {
  const boxes = stacks.map((s) => {
    const width = Math.max(...s.lines.map((l) => textWidth(l, fontSize)));
    const height = s.lines.length * lineHeight;
    return { left: s.x - width / 2, right: s.x + width / 2, top: s.y - height / 2, height, width };
  });
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[a]!.top - boxes[b]!.top || boxes[a]!.left - boxes[b]!.left);
  const placed: Box[] = [];
  const result: Placement[] = [];
  for (const i of order) {
    const box = boxes[i]!;
    let best: { box: Box; cost: number } | undefined;
    for (const f of [0, -0.5, 0.5, -1, 1]) {
      const dx = f * box.width;
      const moved = pushDown({ ...box, left: box.left + dx, right: box.right + dx }, placed, gap);
      const cost = Math.abs(dx) + (moved.top - box.top);
      if (!best || cost < best.cost) best = { box: moved, cost };
    }
    placed.push(best!.box);
    const r = (v: number) => Math.round(v * 10) / 10;
    result[i] = { x: r((best!.box.left + best!.box.right) / 2), top: r(best!.box.top) };
  }
  return result;
}
