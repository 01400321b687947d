/**
 * Wide tables (the models compared) scroll sideways inside their own box on
 * narrow screens instead of widening the page. Runs after rehypeAlignIds: the
 * table's alignment id moves to its box, which is named by the section's
 * heading and reachable by keyboard (a scrollable region must be focusable).
 */
import type { Element, Root } from './hast.ts';

export function rehypeScrollableTables() {
  return (tree: Root) => {
    let heading: string | undefined;
    tree.children = tree.children.map((node) => {
      if (node.type !== 'element') return node;
      if (/^h[2-6]$/.test(node.tagName) && typeof node.properties.id === 'string') heading = node.properties.id;
      if (node.tagName !== 'table') return node;
      const { id, ...rest } = node.properties;
      if (typeof id !== 'string') return node;
      const box: Element = {
        type: 'element',
        tagName: 'div',
        properties: { id, className: ['table-scroll'], role: 'region', tabIndex: 0, ...(heading ? { ariaLabelledBy: [heading] } : {}) },
        children: [{ ...node, properties: rest }],
      };
      return box;
    });
  };
}
