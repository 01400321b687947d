/**
 * Parallel reading: an entry and its twin, rendered, are cut into their
 * aligned blocks (`s2`, `s2-3`: ids that rehypeAlignIds gave both versions)
 * and paired block by block. Each block loses its id, which the pair carries
 * instead, so that a page holding both versions has unique ids.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, RootContent } from 'hast';

/** Attributes that refer to ids, kept pointing at the renamed ones. */
const ID_REFERENCES = ['ariaDescribedBy', 'ariaLabelledBy', 'ariaControls', 'htmlFor'] as const;

/** Gives every id inside a block (a term's tooltip, say) a suffix, so the two versions on one page never share one. */
function suffixIds(node: Element, suffix: string): Element {
  const properties = { ...node.properties };
  if (typeof properties.id === 'string') properties.id = `${properties.id}-${suffix}`;
  for (const name of ID_REFERENCES) {
    const value = properties[name];
    if (Array.isArray(value)) properties[name] = value.map((ref) => `${ref}-${suffix}`); // parsed as space-separated lists
  }
  const children = node.children.map((child) => (child.type === 'element' ? suffixIds(child, suffix) : child));
  return { ...node, properties, children };
}

export interface AlignedPair {
  /** The shared block id (`s2-3`). */
  id: string;
  /** True for section headings (`s2`). */
  heading: boolean;
  /** The block's HTML in each version, in the order given. */
  html: [string, string];
}

const isBlock = (node: RootContent): node is Element => node.type === 'element' && typeof node.properties.id === 'string';

function blocksOf(html: string, suffix: string): Map<string, Element> {
  const blocks = new Map<string, Element>();
  for (const node of fromHtml(html, { fragment: true }).children.filter(isBlock)) {
    const id = node.properties.id as string;
    if (!/^s\d+(-\d+)?$/.test(id)) continue;
    blocks.set(id, suffixIds({ ...node, properties: { ...node.properties, id: undefined } }, suffix));
  }
  return blocks;
}

/**
 * Pairs the aligned blocks of two renderings; `suffixes` keep the ids inside
 * each version apart; `label` names the entry in the error.
 */
export function pairBlocks(first: string, second: string, label: string, suffixes: [string, string] = ['a', 'b']): AlignedPair[] {
  const a = blocksOf(first, suffixes[0]);
  const b = blocksOf(second, suffixes[1]);
  const ids = [...a.keys()];
  if (ids.length === 0 || ids.join() !== [...b.keys()].join())
    throw new Error(`${label}: the two versions do not have the same aligned blocks (${ids.join(' ')} | ${[...b.keys()].join(' ')})`);
  return ids.map((id) => ({
    id,
    heading: !id.includes('-'),
    html: [toHtml(a.get(id)!), toHtml(b.get(id)!)],
  }));
}
