/**
 * Parallel reading: an entry and its twin, rendered, are cut into their
 * aligned blocks (`s2`, `s2-3`: ids that rehypeAlignIds gave both versions)
 * and paired block by block. Each block loses its id, which the pair carries
 * instead, so that a page holding both versions has unique ids.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, RootContent } from 'hast';

export interface AlignedPair {
  /** The shared block id (`s2-3`). */
  id: string;
  /** True for section headings (`s2`). */
  heading: boolean;
  /** The block's HTML in each version, in the order given. */
  html: [string, string];
}

const isBlock = (node: RootContent): node is Element => node.type === 'element' && typeof node.properties.id === 'string';

function blocksOf(html: string): Map<string, Element> {
  const blocks = new Map<string, Element>();
  for (const node of fromHtml(html, { fragment: true }).children.filter(isBlock)) {
    const id = node.properties.id as string;
    if (!/^s\d+(-\d+)?$/.test(id)) continue;
    blocks.set(id, { ...node, properties: { ...node.properties, id: undefined } });
  }
  return blocks;
}

/** Pairs the aligned blocks of two renderings; `label` names the entry in the error. */
export function pairBlocks(first: string, second: string, label: string): AlignedPair[] {
  const a = blocksOf(first);
  const b = blocksOf(second);
  const ids = [...a.keys()];
  if (ids.length === 0 || ids.join() !== [...b.keys()].join())
    throw new Error(`${label}: the two versions do not have the same aligned blocks (${ids.join(' ')} | ${[...b.keys()].join(' ')})`);
  return ids.map((id) => ({
    id,
    heading: !id.includes('-'),
    html: [toHtml(a.get(id)!), toHtml(b.get(id)!)],
  }));
}
