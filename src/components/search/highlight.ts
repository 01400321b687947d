/** Marks the words of a search in the page opened from its results. */
import { highlightTerms } from '../../search/query.ts';
import { termRanges, type HanDictionary } from '../../search/words.ts';
import { extrasUrl, HAN_WORDS_FILE, type HanWordsFile } from '../../search/forgiving/extrasFiles.ts';
import { searchPageData } from './pageData.ts';

const SKIP = new Set(['SCRIPT', 'STYLE', 'MARK', 'NAV']);

/**
 * The site's Chinese words with their breaks, fetched from the build's search extras (where the page's
 * search data says); empty if they cannot be fetched: Han text is then cut by character.
 */
async function dictionary(): Promise<HanDictionary> {
  const page = searchPageData();
  if (!page) return [];
  const file = await fetch(extrasUrl(page.config, HAN_WORDS_FILE))
    .then((r) => (r.ok ? (r.json() as Promise<HanWordsFile>) : undefined))
    .catch(() => undefined);
  return file?.words ?? [];
}

export async function highlightPage(root: HTMLElement, query: string): Promise<number> {
  const terms = highlightTerms(query);
  if (!terms.length) return 0;
  const hanWords = await dictionary();
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
