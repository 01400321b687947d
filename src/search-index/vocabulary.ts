/** The site's own Latin-script words, for "did you mean" (forgiving/suggest.ts). */
import { foldWord, HAN, splitElisions } from '../search/forgiving/text.ts';

/**
 * Words of 3 letters or more (no digits, no Han), most frequent first; for
 * each folded word, its most frequent written form ("Taiqian", "État", "eau").
 */
export function vocabulary(texts: readonly string[]): string[] {
  const counts: WordCounts = new Map();
  for (const text of texts) countWords(counts, text);
  return rankWords(counts);
}

/** Each folded word's count and its written forms' counts. */
export type WordCounts = Map<string, { n: number; forms: Map<string, number> }>;

/** Adds the words of one text to `counts` (pages are counted one at a time, never held together). */
export function countWords(counts: WordCounts, text: string): void {
  for (const [word] of splitElisions(text).matchAll(/[\p{L}\p{M}]+/gu)) {
    if (word.length < 3 || HAN.test(word)) continue;
    const key = foldWord(word);
    const seen = counts.get(key) ?? { n: 0, forms: new Map<string, number>() };
    seen.n++;
    seen.forms.set(word, (seen.forms.get(word) ?? 0) + 1);
    counts.set(key, seen);
  }
}

/**
 * The counted words, most frequent first (equally frequent ones in the order
 * of their folded form, whatever order the pages were counted in), each in
 * its most frequent written form.
 */
export function rankWords(counts: WordCounts): string[] {
  const best = (forms: Map<string, number>) => [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))[0]![0];
  return [...counts].sort(([ka, a], [kb, b]) => b.n - a.n || (ka < kb ? -1 : ka > kb ? 1 : 0)).map(([, v]) => best(v.forms));
}
