/** Marks the words of a search in the page opened from its results. */
import { highlightTerms } from '../../search/query.ts';
import { termRanges } from '../../search/words.ts';

const SKIP = new Set(['SCRIPT', 'STYLE', 'MARK', 'NAV']);

export function highlightPage(root: HTMLElement, query: string): number {
  const terms = highlightTerms(query);
  if (!terms.length) return 0;
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
    const ranges = termRanges(node.data, terms);
    if (!ranges.length) continue;
    const fragment = document.createDocumentFragment();
    let from = 0;
    for (const [start, end] of ranges) {
      if (start > from) fragment.append(node.data.slice(from, start));
      const mark = document.createElement('mark');
      mark.textContent = node.data.slice(start, end);
      fragment.append(mark);
      from = end;
      count++;
    }
    if (from < node.data.length) fragment.append(node.data.slice(from));
    node.replaceWith(fragment);
  }
  root.querySelector('mark')?.scrollIntoView({ block: 'center' });
  return count;
}
