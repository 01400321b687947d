/**
 * Finds the query's words in a text the way a reader reads it: a match must
 * start where a word starts and must not run into the middle of the next word.
 * Han text has no spaces, so words come from Intl.Segmenter's dictionary
 * segmentation: in 陕西|省|府谷|县, 府谷 and 府谷县 match, 省府 does not.
 * Latin words match whole or as a prefix (hydraulique → « hydrauliques »),
 * ignoring case and accents. Pure: used for the pages opened from a result
 * and for the excerpts in the results.
 */

export type Range = [start: number, end: number];

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const APOSTROPHE = /['’]/;

/** Word segments of a text as [start, end) ranges; an elided article starts its own word (l’|eau). */
export function words(text: string): Range[] {
  const ranges: Range[] = [];
  for (const { segment, index, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike) continue;
    let start = index;
    for (let i = 0; i < segment.length; i++)
      if (APOSTROPHE.test(segment[i]!) && i + 1 < segment.length) {
        ranges.push([start, index + i + 1]);
        start = index + i + 1;
      }
    ranges.push([start, index + segment.length]);
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

const HAN = /\p{Script=Han}/u;

/**
 * Where the terms occur in the text as words or word prefixes, merged and in
 * order. A prefix of a Latin word marks the whole word (hydraulique marks
 * « hydrauliques »); a Han prefix marks only itself.
 */
export function termRanges(text: string, terms: readonly string[], wordRanges: readonly Range[] = words(text)): Range[] {
  const haystack = fold(text);
  const found: Range[] = [];
  for (const term of terms) {
    const needle = fold(term);
    if (!needle) continue;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1))
      if (alignsWithWords(wordRanges, at, at + needle.length)) {
        const word = wordRanges.find(([s]) => s === at)!;
        const end = at + needle.length < word[1] && !HAN.test(text.slice(at, word[1])) ? word[1] : at + needle.length;
        found.push([at, end]);
      }
  }
  return mergeRanges(found);
}
