/** What the page tells the search code at start: written at build time (search-index/labels.ts), read in the browser (components/search/client.ts). */
export interface SearchConfig {
  /** Site base path, ending with `/`. */
  base: string;
  /** Bundle folders, the primary one (with the French stemmer) first: `pagefind-fr`, `pagefind-zh-cn`. */
  bundles: { dir: string; locale: string; lang: string }[];
  /** Build id, so that a service worker can cache the index metadata. */
  version: string;
  /** Traditional characters that GB 2312 also holds (see forgiving/simplified.ts). */
  traditionalInGb2312: string;
}
