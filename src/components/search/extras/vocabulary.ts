/** The site's own Latin-script words, for "did you mean" (forgiving/suggest.ts). */
import { foldWord, HAN, splitElisions } from '../forgiving/text.ts';

/** Words of 3 letters or more (no digits, no Han), most frequent first; one written form per folded word. */
export function vocabulary(texts: readonly string[]): string[] {
  const counts = new Map<string, { form: string; n: number }>();
  for (const text of texts)
    for (const [word] of splitElisions(text).matchAll(/[\p{L}\p{M}]+/gu)) {
      if (word.length < 3 || HAN.test(word)) continue;
      const key = foldWord(word);
      const seen = counts.get(key);
      if (seen) seen.n++;
      else counts.set(key, { form: word.toLowerCase(), n: 1 });
    }
  return [...counts.values()].sort((a, b) => b.n - a.n || a.form.localeCompare(b.form)).map((v) => v.form);
}
