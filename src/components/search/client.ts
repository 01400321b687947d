/**
 * Loads the search indexes (only when the reader opens search) and queries
 * both languages at once (one search; a result's id names its language). The French bundle is imported and the Chinese one
 * merged into it: the first bundle's WebAssembly serves every merged index,
 * and only the French one carries a stemmer, while Chinese is segmented at
 * index time and by Intl.Segmenter at query time.
 */
import type { SearchConfig } from '../../search/config.ts';
import type { Filters } from '../../search/query.ts';
import { localeOfResult, orderResults, pagefindFilters, type RankedResult } from '../../search/ranking.ts';
import { relaxedQueries, rewriteQuery } from '../../search/forgiving/rewrite.ts';
import { parsePairs, queryWords } from '../../search/forgiving/chinese.ts';
import { excerptShowsGroups, ownExcerpt } from '../../search/forgiving/excerpt.ts';
import { hasHan, normalizeText } from '../../search/forgiving/text.ts';
import { mayHaveTraditional } from '../../search/forgiving/simplified.ts';
import { isWeakMatch } from '../../search/forgiving/weakMatch.ts';
import { mayHaveStopWords, stopSet } from '../../search/forgiving/stopWords.ts';
import type { HanDictionary } from '../../search/words.ts';
import {
  extrasUrl,
  HAN_WORDS_FILE,
  STOP_FILE,
  TRAD_FILE,
  VOCABULARY_FILE,
  type HanWordsFile,
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

/** `unverified`: not checked, while some of the checked results proved partial: listed with those. */
interface Found {
  results: { result: PagefindResult; partial: boolean; unverified?: boolean }[];
  counts: Record<string, Record<string, number>>;
}

/** Options of a search: see SearchEngine.search. */
interface SearchOptions {
  exact?: boolean;
  typing?: boolean;
  stale?: () => boolean;
}

/**
 * Small build-time files (see search-index/searchExtras.ts), each fetched once, and only when a query
 * needs it: the traditional-character table for a Han query that may hold one, the stop words for a
 * query of several words, the vocabulary (with the code that searches it) for a query that found nothing,
 * the Chinese words with their breaks for marking the results' excerpts.
 */
class SearchExtras {
  trad: Map<string, string> | undefined;
  stop: ReadonlySet<string> | undefined;
  vocabularyLoaded = false;
  private readonly files = new Map<string, Promise<unknown>>();

  constructor(private readonly config: SearchConfig) {}

  private fetchOnce<T>(file: string): Promise<T | undefined> {
    if (!this.files.has(file))
      this.files.set(
        file,
        fetch(extrasUrl(this.config, file))
          .then((r) => (r.ok ? (r.json() as Promise<T>) : undefined))
          .catch(() => undefined),
      );
    return this.files.get(file) as Promise<T | undefined>;
  }

  /** Loads what `query` needs before it is rewritten. */
  async forQuery(query: string): Promise<void> {
    const text = normalizeText(query);
    if (!this.trad && hasHan(text) && mayHaveTraditional(text, this.config.traditionalInGb2312))
      this.trad = parsePairs((await this.fetchOnce<TradFile>(TRAD_FILE))?.pairs ?? '');
    // Dropping stop words must leave other words: only a query of several words needs the list.
    if (!this.stop && mayHaveStopWords(text)) this.stop = stopSet(await this.fetchOnce<StopFile>(STOP_FILE));
  }

  /** The termbase's Chinese words with their breaks (empty if the file cannot be fetched: Han text is then cut by character). */
  async hanWords(): Promise<HanDictionary> {
    return (await this.fetchOnce<HanWordsFile>(HAN_WORDS_FILE))?.words ?? [];
  }

  /** The nearest query made of the site's words, if any. */
  async suggest(query: string): Promise<string | undefined> {
    const [file, { suggestQuery }] = await Promise.all([
      this.fetchOnce<VocabularyFile>(VOCABULARY_FILE),
      import('../../search/forgiving/suggest.ts'),
    ]);
    this.vocabularyLoaded = true;
    return suggestQuery(query, file?.words ?? []) || undefined;
  }
}

/**
 * Both languages' indexes, searched at once (one search; a result's id names its language), with the
 * forgiving steps around Pagefind's search: rewrite the query, search all its words, check that the
 * first results really match them, try "did you mean" when nothing does, add the pages that match
 * all the words but one when the reader's language has too few, and rank.
 */
export class SearchEngine {
  private readonly locales: string[];

  constructor(
    private readonly pagefind: Pagefind,
    /** Counts per filter value over the whole site. */
    readonly allCounts: Record<string, Record<string, number>>,
    config: SearchConfig,
    private readonly extras = new SearchExtras(config),
  ) {
    this.locales = config.bundles.map((b) => b.locale);
  }

  /** How Chinese is cut when the words searched are marked in the results (search/words.ts). */
  hanWords(): Promise<HanDictionary> {
    return this.extras.hanWords();
  }

  /** Loads the index chunks a query will need, as soon as it is typed. */
  preload(query: string): void {
    const q = rewriteQuery(query, this.extras.trad, this.extras.stop);
    if (q) void this.pagefind.preload(q);
  }

  /**
   * Only the results shown ever load their data.
   * `exact`: no "did you mean". `typing`: the reader may still be typing, so a query that finds nothing
   * does not fetch the vocabulary yet (see `awaitsSettle`). `stale`: true once the reader has typed on;
   * then the search stops before loading any result's data, and returns null.
   */
  async search(query: string, filters: Filters, currentLocale: string, options: SearchOptions = {}): Promise<SearchOutcome | null> {
    await this.extras.forQuery(query);
    let searched = rewriteQuery(query, this.extras.trad, this.extras.stop);
    if (searched === '') return this.everything(query, filters, currentLocale);
    let found = await this.allWords(searched, filters);
    if (!found || options.stale?.()) return null;
    let searchedFor: string | undefined;
    const allWeak = await this.markWeakMatches(found, searched, currentLocale);
    if (!options.exact && (found.results.length === 0 || allWeak)) {
      if (options.typing && !this.extras.vocabularyLoaded) return { hits: [], counts: found.counts, typed: query, awaitsSettle: true };
      const instead = await this.didYouMean(searched, filters, currentLocale);
      if (instead === null) return null;
      if (instead) [found, searchedFor, searched] = [instead.found, instead.query, instead.query];
    }
    found = await this.relaxIfFew(found, searched, filters, currentLocale);
    if (!found) return null;
    return {
      hits: this.rank(found.results, searched, currentLocale),
      counts: found.counts,
      typed: query,
      ...(searchedFor ? { searchedFor } : {}),
    };
  }

  /** No words to search (only filters, or nothing left once rewritten): every page the filters keep. */
  private async everything(query: string, filters: Filters, currentLocale: string): Promise<SearchOutcome | null> {
    const found = await this.pagefind.search(null, { filters: pagefindFilters(filters) });
    if (!found) return null;
    const results = found.results.map((result) => ({ result, partial: false }));
    return { hits: this.rank(results, '', currentLocale), counts: found.filters, typed: query };
  }

  private async allWords(query: string, filters: Filters): Promise<Found | null> {
    const found = await this.pagefind.search(query, { filters: pagefindFilters(filters) });
    return found && { results: found.results.map((result) => ({ result, partial: false })), counts: found.filters };
  }

  /**
   * Pagefind drops the words an index does not hold, and matches a word it does not know against shorter
   * words it starts with ("entreprize" → "entre"): the first results (the list's first page, whose data
   * it loads anyway) that did not match every typed word are marked partial (see forgiving/weakMatch.ts).
   * True when all of them are.
   */
  private async markWeakMatches(found: Found, query: string, currentLocale: string): Promise<boolean> {
    const words = queryWords(query);
    if (!words.some((w) => /^\p{L}{4,}$/u.test(w))) return false;
    // The first page in display order: the results the list loads anyway.
    const shown = orderResults(
      found.results.map((r) => ({ r, score: r.result.score, locale: localeOfResult(r.result.id, this.locales) ?? '' })),
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

  /**
   * Nothing matched what was typed: the nearest words of the site's vocabulary, if they find pages that
   * really match them. Undefined when there are none; null when the index could not be searched.
   */
  private async didYouMean(
    query: string,
    filters: Filters,
    currentLocale: string,
  ): Promise<{ found: Found; query: string } | null | undefined> {
    const suggestion = await this.extras.suggest(query);
    if (!suggestion) return undefined;
    const retry = await this.allWords(suggestion, filters);
    if (retry === null) return null;
    if (!retry.results.length || (await this.markWeakMatches(retry, suggestion, currentLocale))) return undefined;
    return { found: retry, query: suggestion };
  }

  /**
   * Adds the pages that match all the words but one, marked partial, when fewer than RELAX_BELOW pages of
   * the reader's language match them all (decided on the reader's language: a Chinese page's query that
   * matched French pages only is relaxed on Chinese ones too).
   */
  private async relaxIfFew(found: Found, query: string, filters: Filters, currentLocale: string): Promise<Found | null> {
    const ownFull = found.results.filter((r) => !r.partial && localeOfResult(r.result.id, this.locales) === currentLocale).length;
    if (ownFull >= RELAX_BELOW) return found;
    for (const relaxed of relaxedQueries(query)) {
      const more = await this.pagefind.search(relaxed, { filters: pagefindFilters(filters) });
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

  /** Full matches before partial ones; in each, the reader's language first, then by score. */
  private rank(results: Found['results'], searched: string, currentLocale: string): Hit[] {
    // The words as typed (split at spaces, never by Intl.Segmenter, which cuts Chinese differently in each browser).
    const words = searched.split(' ').filter(Boolean);
    const ranked = results.map(({ result, partial, unverified }) => ({
      id: result.id,
      score: result.score,
      locale: localeOfResult(result.id, this.locales) ?? '',
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
    return ordered.map(({ data, partial, group: _group, ...hit }) => ({
      ...hit,
      ...(partial ? { partial } : {}),
      load: () => data.data().then((d) => withOwnExcerpt(d, words)),
    }));
  }
}

/**
 * Pagefind's excerpt shows the hidden groups, or marks nothing (a name matched in the other script, as
 * Firefox segments it): the page's own sentence that names what was searched instead.
 */
function withOwnExcerpt(d: PagefindResultData, words: string[]): PagefindResultData {
  if (!((excerptShowsGroups(d.excerpt) || !d.excerpt.includes('<mark>')) && d.content)) return d;
  // The title is the result's heading already: the sentence comes from the text after it.
  const title = d.meta.title ?? '';
  const text = title && d.content.startsWith(title) ? d.content.slice(title.length).replace(/^[\s.。]+/u, '') : d.content;
  return { ...d, excerpt: ownExcerpt(text || d.content, words) };
}

/**
 * Loads Pagefind and the indexes (only when the reader opens search). When this fails (files gone after
 * a deploy), the launcher says the site was updated and offers a reload.
 */
export async function loadSearch(config: SearchConfig): Promise<SearchEngine> {
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
  const engine = new SearchEngine(pagefind, allCounts, config);
  // The first results' excerpts need it: fetched now, with the indexes.
  void engine.hanWords();
  return engine;
}
