/** Marks the words of a search in the page opened from its results. */
import { highlightTerms } from './query.ts';

const SKIP = new Set(['SCRIPT', 'STYLE', 'MARK', 'NAV']);

export function highlightPage(root: HTMLElement, query: string): number {
  const terms = highlightTerms(query);
  if (!terms.length) return 0;
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(${escaped.join('|')})`, 'giu');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[hidden], [data-pagefind-ignore]') || SKIP.has(node.parentElement?.tagName ?? '')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let count = 0;
  for (const node of nodes) {
    const parts = node.data.split(pattern);
    if (parts.length < 2) continue;
    const fragment = document.createDocumentFragment();
    parts.forEach((part, i) => {
      if (i % 2 === 1) {
        const mark = document.createElement('mark');
        mark.textContent = part;
        fragment.append(mark);
        count++;
      } else if (part) fragment.append(part);
    });
    node.replaceWith(fragment);
  }
  root.querySelector('mark')?.scrollIntoView({ block: 'center' });
  return count;
}
