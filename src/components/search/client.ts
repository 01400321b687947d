/**
 * Loads the search indexes (only when the reader opens search) and queries
 * both languages at once (one search; a result's id names its language). The French bundle is imported and the Chinese one
 * merged into it: the first bundle's WebAssembly serves every merged index,
 * and only the French one carries a stemmer, while Chinese is segmented at
 * index time and by Intl.Segmenter at query time.
 */
import { localeOfResult, orderResults, pagefindFilters, type Filters, type RankedResult } from './query.ts';

/** Any query: its only purpose is to make Pagefind load and decode what every search needs. */
const WARM_UP_QUERY = 'a';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: unknown }): Promise<PagefindSearch | null>;
  preload(query: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SearchConfig {
  /** Site base path, ending with `/`. */
  base: string;
  /** Bundle folders, the primary one (with the French stemmer) first: `pagefind-fr`, `pagefind-zh-cn`. */
  bundles: { dir: string; locale: string; lang: string }[];
  /** Build id, so that a service worker can cache the index metadata. */
  version: string;
}

export interface Hit extends RankedResult {
  id: string;
  load(): Promise<PagefindResultData>;
}

export interface SearchOutcome {
  hits: Hit[];
  /** Counts per filter value among the matching pages. */
  counts: Record<string, Record<string, number>>;
}

export async function loadSearch(config: SearchConfig) {
  const [primary, ...merged] = config.bundles;
  const pagefind = (await import(/* @vite-ignore */ `${config.base}${primary!.dir}/pagefind.js`)) as Pagefind;
  // On the main thread: our indexes are small, and the worker would cost a 12 KB download and a start-up per page.
  await pagefind.options({ baseUrl: config.base, excerptLength: 22, metaCacheTag: config.version, noWorker: true });
  for (const bundle of merged)
    await pagefind.mergeIndex(`${config.base}${bundle.dir}/`, {
      language: bundle.locale,
      baseUrl: config.base,
      metaCacheTag: config.version,
    });
  await pagefind.init();
  const allCounts = await pagefind.filters();
  // A first search decodes the indexes; run one now, while the reader is still typing.
  void pagefind.search(WARM_UP_QUERY);
  const locales = config.bundles.map((b) => b.locale);

  return {
    allCounts,
    /** Loads the index chunks a query will need, as soon as it is typed. */
    preload(query: string): void {
      if (query) void pagefind.preload(query);
    },
    /**
     * One search over both indexes; a result's language is read from its id,
     * so only the results shown ever load their data.
     */
    async search(query: string, filters: Filters, currentLocale: string): Promise<SearchOutcome | null> {
      const found = await pagefind.search(query === '' ? null : query, { filters: pagefindFilters(filters) });
      if (!found) return null; // superseded by a newer search
      const ranked = found.results.map((r) => ({ id: r.id, score: r.score, locale: localeOfResult(r.id, locales) ?? '', data: r }));
      const hits: Hit[] = orderResults(ranked, currentLocale).map(({ data, ...hit }) => ({ ...hit, load: () => data.data() }));
      return { hits, counts: found.filters };
    },
  };
}

export type SearchEngine = Awaited<ReturnType<typeof loadSearch>>;
