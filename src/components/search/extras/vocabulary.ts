/** The site's own Latin-script words, for "did you mean" (forgiving/suggest.ts). */
import { foldWord, HAN, splitElisions } from '../forgiving/text.ts';

/**
 * Words of 3 letters or more (no digits, no Han), most frequent first; for
 * each folded word, its most frequent written form ("Taiqian", "État", "eau").
 */
export function vocabulary(texts: readonly string[]): string[] {
  const counts = new Map<string, { n: number; forms: Map<string, number> }>();
  for (const text of texts)
    for (const [word] of splitElisions(text).matchAll(/[\p{L}\p{M}]+/gu)) {
      if (word.length < 3 || HAN.test(word)) continue;
      const key = foldWord(word);
      const seen = counts.get(key) ?? { n: 0, forms: new Map<string, number>() };
      seen.n++;
      seen.forms.set(word, (seen.forms.get(word) ?? 0) + 1);
      counts.set(key, seen);
    }
  const best = (forms: Map<string, number>) => [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))[0]![0];
  return [...counts.values()].sort((a, b) => b.n - a.n).map((v) => best(v.forms));
}
