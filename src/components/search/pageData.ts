/** What the page carries for search (search-index/labels.ts, SearchPageData), read from its JSON script. */
import type { SearchPageData } from '../../search-index/labels.ts';

export function searchPageData(root: ParentNode = document): SearchPageData | undefined {
  const json = root.querySelector('[data-search-page]')?.textContent;
  return json ? (JSON.parse(json) as SearchPageData) : undefined;
}
