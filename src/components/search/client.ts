/**
 * Loads the search indexes (only when the reader opens search) and queries
 * both languages at once (one search; a result's id names its language). The French bundle is imported and the Chinese one
 * merged into it: the first bundle's WebAssembly serves every merged index,
 * and only the French one carries a stemmer, while Chinese is segmented at
 * index time and by Intl.Segmenter at query time.
 */
import type { SearchConfig } from '../../search/config.ts';
import { localeOfResult, orderResults, pagefindFilters, type Filters, type RankedResult } from '../../search/query.ts';
import { relaxedQueries, rewriteQuery } from '../../search/forgiving/rewrite.ts';
import { parsePairs, queryWords } from '../../search/forgiving/chinese.ts';
import { excerptShowsGroups, ownExcerpt } from '../../search/forgiving/excerpt.ts';
import { hasHan, normalizeText } from '../../search/forgiving/text.ts';
import { mayHaveTraditional } from '../../search/forgiving/simplified.ts';
import { isWeakMatch } from '../../search/forgiving/weakMatch.ts';
import { mayHaveStopWords, stopSet } from '../../search/forgiving/stopWords.ts';
import {
  EXTRAS_DIR,
  STOP_FILE,
  TRAD_FILE,
  VOCABULARY_FILE,
  type StopFile,
  type TradFile,
  type VocabularyFile,
} from '../../search/forgiving/extrasFiles.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text, its raw form, and the positions of the matched words (Pagefind always sets them). */
  content?: string;
  raw_content?: string;
  locations?: number[];
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

export interface Hit extends RankedResult {
  id: string;
  /** Matches all the words searched for but one (shown when all of them together found fewer than two pages). */
  partial?: boolean;
  load(): Promise<PagefindResultData>;
}

export interface SearchOutcome {
  hits: Hit[];
  /** Counts per filter value among the matching pages. */
  counts: Record<string, Record<string, number>>;
  /** The query as the reader typed it. */
  typed: string;
  /** Set when nothing matched what was typed and the results are for this nearest query of the site's words instead. */
  searchedFor?: string;
  /**
   * Set, with no hits, when nothing matched a query typed with `typing` while the vocabulary is not loaded:
   * search again once the reader stops typing (the vocabulary is fetched then, not for every half-typed word).
   */
  awaitsSettle?: true;
}

/** Fewer matches than this in the reader's language for all the words together, and pages that match all but one are shown too. */
const RELAX_BELOW = 2;
/**
 * Results listed at first, and after each "more results": each loads its page's data (a fragment of
 * about 2 kB), so a first search costs five fragments, not the whole list's. Five fill a phone's screen.
 */
export const PAGE_SIZE = 5;
/** Results whose matched words are checked: the list's first page, whose data it loads anyway. */
const CHECKED = PAGE_SIZE;

export async function loadSearch(config: SearchConfig) {
  const [primary, ...merged] = config.bundles;
  // The portable edition (opened from disk, where module scripts are refused) loads pagefind.js as a classic script.
  const portableImport = (globalThis as { portableImport?: (url: string) => Promise<unknown> }).portableImport;
  const url = `${config.base}${primary!.dir}/pagefind.js`;
  const pagefind = (await (portableImport ? portableImport(url) : import(/* @vite-ignore */ url))) as Pagefind;
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
  // Every page has a language filter: none means the index did not load (its files are gone after deploys).
  if (!allCounts.language) throw new Error('search: the index did not load');
  // A first search sets up Pagefind's search; run one now, while the reader is still typing. Filters only,
  // no words: a word would load an index chunk that the reader's query may not need.
  void pagefind.search(null);
  const locales = config.bundles.map((b) => b.locale);

  // Small build-time files, fetched only when a query needs them (see extras/).
  const fetchExtra = <T>(file: string) => {
    let loaded: Promise<T | undefined> | undefined;
    return () =>
      (loaded ??= fetch(`${config.base}${EXTRAS_DIR}/${file}?v=${encodeURIComponent(config.version)}`)
        .then((r) => (r.ok ? (r.json() as Promise<T>) : undefined))
        .catch(() => undefined));
  };
  const tradFile = fetchExtra<TradFile>(TRAD_FILE);
  let trad: Map<string, string> | undefined;
  const stopFile = fetchExtra<StopFile>(STOP_FILE);
  let stop: ReadonlySet<string> | undefined;
  const vocabularyFile = fetchExtra<VocabularyFile>(VOCABULARY_FILE);
  let vocabularyLoaded = false;
  /** The vocabulary and the code that searches it (loaded with it: only a query that finds nothing needs them). */
  const vocabulary = async () => {
    const [file, { suggestQuery }] = await Promise.all([vocabularyFile(), import('../../search/forgiving/suggest.ts')]);
    vocabularyLoaded = true;
    return (query: string) => suggestQuery(query, file?.words ?? []);
  };

  /** `unverified`: not checked, while some of the checked results proved partial: listed with those. */
  type Found = {
    results: { result: PagefindResult; partial: boolean; unverified?: boolean }[];
    counts: Record<string, Record<string, number>>;
  };
  async function allWords(query: string, filters: Filters): Promise<Found | null> {
    const found = await pagefind.search(query, { filters: pagefindFilters(filters) });
    return found && { results: found.results.map((result) => ({ result, partial: false })), counts: found.filters };
  }
  /**
   * Pagefind drops the words an index does not hold, and matches a word it does not know against shorter
   * words it starts with ("entreprize" → "entre"): the first results (the list's first page, whose data
   * it loads anyway) that did not match every typed word are marked partial (see forgiving/weakMatch.ts).
   * True when all of them are.
   */
  async function markWeakMatches(found: Found, query: string, currentLocale: string): Promise<boolean> {
    const words = queryWords(query);
    if (!words.some((w) => /^\p{L}{4,}$/u.test(w))) return false;
    // The first page in display order: the results the list loads anyway.
    const shown = orderResults(
      found.results.map((r) => ({ r, score: r.result.score, locale: localeOfResult(r.result.id, locales) ?? '' })),
      currentLocale,
    ).map(({ r }) => r);
    const top = shown.slice(0, CHECKED);
    const datas = await Promise.all(top.map((r) => r.result.data()));
    datas.forEach((d, i) => {
      if (isWeakMatch(d.raw_content ?? '', d.locations ?? [], words)) top[i]!.partial = true;
    });
    // When some of them miss a word, so may the rest: they are listed with the partial matches.
    if (top.some((r) => r.partial)) for (const r of shown.slice(CHECKED)) r.unverified = true;
    return top.length > 0 && top.every((r) => r.partial);
  }
  /** Adds the pages that match all the words but one, marked partial. */
  async function relax(found: Found, query: string, filters: Filters): Promise<Found | null> {
    for (const relaxed of relaxedQueries(query)) {
      const more = await pagefind.search(relaxed, { filters: pagefindFilters(filters) });
      if (!more) return null;
      for (const result of more.results)
        if (!found.results.some((r) => r.result.id === result.id)) {
          found.results.push({ result, partial: true });
          for (const [name, values] of Object.entries(more.filters))
            for (const [value, n] of Object.entries(values))
              (found.counts[name] ??= {})[value] = Math.max(found.counts[name]?.[value] ?? 0, n);
        }
    }
    return found;
  }

  return {
    allCounts,
    /** Loads the index chunks a query will need, as soon as it is typed. */
    preload(query: string): void {
      const q = rewriteQuery(query, trad, stop);
      if (q) void pagefind.preload(q);
    },
    /**
     * One search over both indexes; a result's language is read from its id,
     * so only the results shown ever load their data.
     * `exact`: no "did you mean". `typing`: the reader may still be typing, so a query that finds nothing
     * does not fetch the vocabulary yet (see `awaitsSettle`). `stale`: true once the reader has typed on;
     * then the search stops before loading any result's data, and returns null.
     */
    async search(
      query: string,
      filters: Filters,
      currentLocale: string,
      options: { exact?: boolean; typing?: boolean; stale?: () => boolean } = {},
    ): Promise<SearchOutcome | null> {
      // The table of traditional characters (1 kB), only for a query that may hold one.
      if (!trad && hasHan(normalizeText(query)) && mayHaveTraditional(normalizeText(query), config.traditionalInGb2312)) {
        const file = await tradFile();
        trad = parsePairs(file?.pairs ?? '');
      }
      // The stop words (a few kB), only for a query of several words: dropping some must leave others.
      if (!stop && mayHaveStopWords(normalizeText(query))) stop = stopSet(await stopFile());
      let searched = rewriteQuery(query, trad, stop);
      if (searched === '') {
        const found = await pagefind.search(null, { filters: pagefindFilters(filters) });
        if (!found) return null;
        return {
          ...rank(
            found.results.map((result) => ({ result, partial: false })),
            searched,
            currentLocale,
          ),
          counts: found.filters,
          typed: query,
        };
      }
      let found = await allWords(searched, filters);
      if (!found || options.stale?.()) return null;
      let searchedFor: string | undefined;
      const allWeak = await markWeakMatches(found, searched, currentLocale);
      if (!options.exact && (found.results.length === 0 || allWeak)) {
        if (options.typing && !vocabularyLoaded) return { hits: [], counts: found.counts, typed: query, awaitsSettle: true };
        // Nothing found for what was typed: the nearest words of the site's vocabulary, if they find pages.
        const suggestion = (await vocabulary())(searched);
        const retry = suggestion ? await allWords(suggestion, filters) : undefined;
        if (retry === null) return null;
        if (retry && retry.results.length && !(await markWeakMatches(retry, suggestion!, currentLocale)))
          [found, searchedFor, searched] = [retry, suggestion, suggestion!];
      }
      // Decided on the reader's language: a Chinese page's query that matched French pages only is relaxed on Chinese ones too.
      const ownFull = found.results.filter((r) => !r.partial && localeOfResult(r.result.id, locales) === currentLocale).length;
      if (ownFull < RELAX_BELOW) found = await relax(found, searched, filters);
      if (!found) return null;
      return {
        ...rank(found.results, searched, currentLocale),
        counts: found.counts,
        typed: query,
        ...(searchedFor ? { searchedFor } : {}),
      };
    },
  };

  /** Full matches before partial ones; in each, the reader's language first, then by score. */
  function rank(results: Found['results'], searched: string, currentLocale: string) {
    // The words as typed (split at spaces, never by Intl.Segmenter, which cuts Chinese differently in each browser).
    const words = searched.split(' ').filter(Boolean);
    const ranked = results.map(({ result, partial, unverified }) => ({
      id: result.id,
      score: result.score,
      locale: localeOfResult(result.id, locales) ?? '',
      partial,
      group: partial || unverified ? 1 : 0,
      data: result,
    }));
    const ordered = [0, 1].flatMap((group) =>
      orderResults(
        ranked.filter((r) => r.group === group),
        currentLocale,
      ),
    );
    const hits: Hit[] = ordered.map(({ data, partial, group: _group, ...hit }) => ({
      ...hit,
      ...(partial ? { partial } : {}),
      load: async () => {
        const d = await data.data();
        // Pagefind's excerpt shows the hidden groups, or marks nothing (a name matched in the other script, as
        // Firefox segments it): the page's own sentence that names what was searched.
        if (!((excerptShowsGroups(d.excerpt) || !d.excerpt.includes('<mark>')) && d.content)) return d;
        // The title is the result's heading already: the sentence comes from the text after it.
        const title = d.meta.title ?? '';
        const text = title && d.content.startsWith(title) ? d.content.slice(title.length).replace(/^[\s.。]+/u, '') : d.content;
        return { ...d, excerpt: ownExcerpt(text || d.content, words) };
      },
    }));
    return { hits };
  }
}

export type SearchEngine = Awaited<ReturnType<typeof loadSearch>>;
