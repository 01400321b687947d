/**
 * Finds the query's words in a text the way a reader reads it: a match must
 * start where a word starts and must not run into the middle of the next word.
 * One path in every browser: engines' Intl.Segmenter cut Chinese differently
 * (Firefox 陕西|省府|谷|县, Chromium 陕西|省|府谷|县), so Han text is cut here
 * by the site's own dictionary — the termbase's Chinese names, each with its
 * word breaks computed once at build time ("陕西|省", "府谷|县"): the longest
 * dictionary word at each place, and outside them each character on its own.
 * In 陕西省府谷县, 府谷 and 府谷县 match, 省府 does not. Latin words match
 * whole or as a prefix (hydraulique → « hydrauliques »), ignoring case and
 * accents. Pure: used for the pages opened from a result and for the excerpts.
 */

export type Range = [start: number, end: number];

/** Han words with their breaks: "陕西|省". */
export type HanDictionary = readonly string[];

const HAN_CHAR = /\p{Script=Han}/u;
const LATIN_WORD = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu;

/** The dictionary as a map from each word (breaks removed) to its break offsets, and its longest word's length. */
interface Compiled {
  breaks: Map<string, number[]>;
  longest: number;
}
const compiledDictionaries = new WeakMap<HanDictionary, Compiled>();
function compile(dictionary: HanDictionary): Compiled {
  let c = compiledDictionaries.get(dictionary);
  if (!c) {
    const breaks = new Map<string, number[]>();
    let longest = 0;
    for (const entry of dictionary) {
      const parts = entry.split('|');
      const word = parts.join('');
      const offsets: number[] = [];
      let at = 0;
      for (const p of parts.slice(0, -1)) offsets.push((at += p.length));
      breaks.set(word, offsets);
      longest = Math.max(longest, word.length);
    }
    c = { breaks, longest };
    compiledDictionaries.set(dictionary, c);
  }
  return c;
}

/** Word ranges of a run of Han characters starting at `offset`. */
function hanWords(run: string, offset: number, dictionary: HanDictionary): Range[] {
  const { breaks, longest } = compile(dictionary);
  const out: Range[] = [];
  let i = 0;
  while (i < run.length) {
    let matched = 0;
    for (let len = Math.min(longest, run.length - i); len >= 2 && !matched; len--) if (breaks.has(run.slice(i, i + len))) matched = len;
    if (!matched) {
      out.push([offset + i, offset + i + 1]);
      i++;
      continue;
    }
    let start = i;
    for (const b of breaks.get(run.slice(i, i + matched))!) {
      out.push([offset + start, offset + i + b]);
      start = i + b;
    }
    out.push([offset + start, offset + i + matched]);
    i += matched;
  }
  return out;
}

/** Word segments of a text as [start, end) ranges; an elided article starts its own word (l’|eau). */
export function words(text: string, dictionary: HanDictionary = []): Range[] {
  const ranges: Range[] = [];
  for (const m of text.matchAll(LATIN_WORD)) {
    // Han and other characters inside one run: Han runs are cut by the dictionary.
    const segment = m[0];
    let at = 0;
    for (const part of segment.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? []) {
      const index = m.index + at;
      at += part.length;
      if (HAN_CHAR.test(part)) {
        ranges.push(...hanWords(part, index, dictionary));
        continue;
      }
      let start = index;
      for (let i = 0; i < part.length; i++)
        if (/['’]/.test(part[i]!) && i + 1 < part.length) {
          ranges.push([start, index + i + 1]);
          start = index + i + 1;
        }
      ranges.push([start, index + part.length]);
    }
  }
  return ranges;
}

/** Does [start, end) begin at a word and end at a word's end, or inside the word it began in? */
export function alignsWithWords(wordRanges: readonly Range[], start: number, end: number): boolean {
  const first = wordRanges.find(([s]) => s === start);
  if (!first) return false;
  return end <= first[1] || wordRanges.some(([, e]) => e === end);
}

/** Lower case without accents, one UTF-16 unit for one, so that indexes stay those of the text. */
export function fold(text: string): string {
  let out = '';
  for (const unit of text) {
    if (unit.length > 1) out += unit;
    else out += unit.normalize('NFD')[0]!.toLowerCase()[0]!;
  }
  return out;
}

/** Merges overlapping or touching ranges, in order. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const [s, e] of sorted) {
    const last = out.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/**
 * Where the terms occur in the text as words or word prefixes, merged and in
 * order. A prefix of a Latin word marks the whole word (hydraulique marks
 * « hydrauliques »); a Han prefix marks only itself.
 */
export function termRanges(
  text: string,
  terms: readonly string[],
  dictionary: HanDictionary = [],
  wordRanges: readonly Range[] = words(text, dictionary),
): Range[] {
  const haystack = fold(text);
  const found: Range[] = [];
  for (const term of terms) {
    const needle = fold(term);
    if (!needle) continue;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1))
      if (alignsWithWords(wordRanges, at, at + needle.length)) {
        const word = wordRanges.find(([s]) => s === at)!;
        const end = at + needle.length < word[1] && !HAN_CHAR.test(text.slice(at, word[1])) ? word[1] : at + needle.length;
        found.push([at, end]);
      }
  }
  return mergeRanges(found);
}
