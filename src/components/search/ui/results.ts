/**
 * One search result as the reader sees it: title link (in the page's
 * language), language tag, excerpt with the matched words marked, and a link
 * to the other language's version. `hitView` is pure; `renderHit` turns a view
 * into DOM nodes (text only, no innerHTML).
 */
import type { Hit } from '../client.ts';
import type { SearchLabels } from '../../../search-index/labels.ts';
import { HIGHLIGHT_PARAM } from '../../../search/params.ts';
import { h } from './dom.ts';
import { tidyExcerpt } from '../../../search/excerptTypography.ts';
import { alignsWithWords, mergeRanges, termRanges, words, type HanDictionary, type Range } from '../../../search/words.ts';

export type HitData = Awaited<ReturnType<Hit['load']>>;

/** A run of excerpt text, marked when it matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface HitView {
  href: string;
  title: string;
  /** BCP 47 tag of the result's page. */
  lang: string;
  /** Set when the page is in the other language than the reader's. */
  hreflang?: string;
  langName: string;
  /** « Correspondance partielle » when the page matches all the words but one. */
  partial?: string | undefined;
  excerpt: ExcerptPart[];
  twin?: { href: string; hreflang: string; text: string };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an index excerpt may hold (`&amp;`, `&#39;`, `&#x27;`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Splits an index excerpt (escaped text with `<mark>` around matches) into
 * plain-text parts. Any other markup stays literal text.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece) {
      const text = decodeEntities(piece);
      const last = parts.at(-1);
      if (last && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}

/** Shrinks a range to the letters and digits inside it (`府谷.` → `府谷`). */
function trimmed(text: string, [start, end]: Range): Range {
  while (start < end && !/[\p{L}\p{N}]/u.test(text[start]!)) start++;
  while (end > start && !/[\p{L}\p{N}]/u.test(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * Re-marks an excerpt by words: the index's marks are kept only where they
 * fall on word boundaries (it can mark 省府 inside 陕西省府谷县), and the
 * query's own words are marked where they stand as words.
 */
export function markWords(parts: readonly ExcerptPart[], terms: readonly string[], dictionary: HanDictionary = []): ExcerptPart[] {
  const text = parts.map((p) => p.text).join('');
  const wordRanges = words(text, dictionary);
  const indexMarks: Range[] = [];
  let at = 0;
  for (const part of parts) {
    if (part.mark) indexMarks.push(trimmed(text, [at, at + part.text.length]));
    at += part.text.length;
  }
  const marks = mergeRanges([
    ...indexMarks.filter(([s, e]) => s < e && alignsWithWords(wordRanges, s, e)),
    ...termRanges(text, terms, dictionary, wordRanges),
  ]);
  const out: ExcerptPart[] = [];
  let from = 0;
  for (const [s, e] of marks) {
    if (s > from) out.push({ text: text.slice(from, s), mark: false });
    out.push({ text: text.slice(s, e), mark: true });
    from = e;
  }
  if (from < text.length) out.push({ text: text.slice(from), mark: false });
  return out;
}

/** A result's link, carrying the query's words so the opened page can mark them. */
export function resultHref(url: string, terms: readonly string[]): string {
  if (!terms.length) return url;
  const [path, hash] = url.split('#', 2);
  const separator = path!.includes('?') ? '&' : '?';
  return `${path}${separator}${HIGHLIGHT_PARAM}=${encodeURIComponent(terms.join(' '))}${hash === undefined ? '' : `#${hash}`}`;
}

export function hitView(hit: Hit, data: HitData, labels: SearchLabels, terms: readonly string[], hanWords: HanDictionary): HitView {
  const lang = labels.config.bundles.find((b) => b.locale === hit.locale)?.lang ?? '';
  const twinBundle = labels.config.bundles.find((b) => b.locale !== hit.locale);
  const twinText = twinBundle && labels.strings.twinIn[twinBundle.locale];
  return {
    href: resultHref(data.url, terms),
    title: data.meta.title ?? data.url,
    lang,
    hreflang: hit.locale === labels.locale ? undefined : lang,
    langName: labels.strings.langNames[hit.locale] ?? hit.locale,
    partial: hit.partial ? labels.strings.partial : undefined,
    excerpt: tidyExcerpt(markWords(excerptParts(data.excerpt), terms, hanWords), lang, data.meta.title ?? ''),
    twin:
      data.meta.twin && twinBundle && twinText
        ? { href: labels.config.base + data.meta.twin, hreflang: twinBundle.lang, text: twinText }
        : undefined,
  };
}

export function renderHit(view: HitView): HTMLLIElement {
  const excerpt = view.excerpt.map((part) => (part.mark ? h('mark', {}, part.text) : part.text));
  return h(
    'li',
    { class: 'search-result' },
    h('a', { class: 'result-link', href: view.href, lang: view.lang, hreflang: view.hreflang }, view.title),
    ' ',
    h('span', { class: 'result-lang' }, view.langName),
    view.partial && ' ',
    view.partial && h('span', { class: 'result-partial' }, view.partial),
    h('p', { class: 'result-excerpt', lang: view.lang }, ...excerpt),
    view.twin && h('a', { class: 'result-twin', href: view.twin.href, hreflang: view.twin.hreflang }, view.twin.text),
  );
}
