/**
 * Loads the search indexes (only when the reader opens search) and queries
 * both languages at once. The French bundle is imported and the Chinese one
 * merged into it: the first bundle's WebAssembly serves every merged index,
 * and only the French one carries a stemmer, while Chinese is segmented at
 * index time and by Intl.Segmenter at query time.
 */
import { orderResults, pagefindFilters, type Filters, type RankedResult } from './query.ts';

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

  return {
    allCounts,
    /**
     * One search for the counts, then one per language (the reader's first), so
     * that a result's language is known without loading its data: only the
     * results shown are ever fetched.
     */
    async search(query: string, filters: Filters, currentLocale: string): Promise<SearchOutcome | null> {
      const term = query === '' ? null : query;
      const all = await pagefind.search(term, { filters: pagefindFilters(filters) });
      if (!all) return null; // superseded by a newer search
      const locales = orderResults(
        config.bundles.map((b, i) => ({ locale: b.locale, score: -i })),
        currentLocale,
      ).map((b) => b.locale);
      const hits: Hit[] = [];
      for (const locale of locales) {
        if (filters.language?.length && !filters.language.includes(locale)) continue;
        const own = await pagefind.search(term, { filters: pagefindFilters({ ...filters, language: [locale] }) });
        for (const r of own?.results ?? []) hits.push({ id: r.id, score: r.score, locale, load: () => r.data() });
      }
      return { hits, counts: all.filters };
    },
  };
}

export type SearchEngine = Awaited<ReturnType<typeof loadSearch>>;
