/**
 * Wide tables (the models compared) scroll sideways inside their own box on
 * narrow screens instead of widening the page. Runs after rehypeAlignIds: the
 * table's alignment id moves to its box, which the keyboard can reach (a
 * scrollable box must be focusable to be scrolled without a pointer). The box
 * is not a landmark: the parallel view already names each section, and a
 * second region with the section's name would repeat it.
 */
import type { Element, Root } from './hast.ts';

export function rehypeScrollableTables() {
  return (tree: Root) => {
    tree.children = tree.children.map((node) => {
      if (node.type !== 'element' || node.tagName !== 'table') return node;
      const { id, ...rest } = node.properties;
      if (typeof id !== 'string') return node;
      const box: Element = {
        type: 'element',
        tagName: 'div',
        properties: { id, className: ['table-scroll'], tabIndex: 0 },
        children: [{ ...node, properties: rest }],
      };
      return box;
    });
  };
}
