/** Marks the words of a search in the page opened from its results. */
import { highlightTerms } from '../../search/query.ts';
import { termRanges, type HanDictionary } from '../../search/words.ts';

const SKIP = new Set(['SCRIPT', 'STYLE', 'MARK', 'NAV']);

/** The site's Chinese words with their breaks, from the labels every page carries (search-index/labels.ts). */
function dictionary(): HanDictionary {
  const json = document.querySelector('[data-search-labels]')?.textContent;
  return json ? ((JSON.parse(json) as { hanWords?: string[] }).hanWords ?? []) : [];
}

export function highlightPage(root: HTMLElement, query: string): number {
  const terms = highlightTerms(query);
  if (!terms.length) return 0;
  const hanWords = dictionary();
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
    const ranges = termRanges(node.data, terms, hanWords);
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
