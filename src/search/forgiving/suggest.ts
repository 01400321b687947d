/**
 * "Did you mean": the nearest words of the site's own vocabulary (emitted at
 * build time, see extras/vocabulary.ts) for the words of a query that found nothing.
 */
import { foldWord, HAN } from './text.ts';
import { allowedEdits, editDistance } from './editDistance.ts';

/** A word and, for a French plural (-s, -x), its singular: "hydrauliques" also offers "hydraulique". */
const withSingular = (word: string) => (/[^sx][sx]$/.test(word) && word.length > 4 ? [word, word.slice(0, -1)] : [word]);

/**
 * A name spelt the French way, read as pinyin: "ou" is pinyin "u", "tch" is "ch", "dj" is "j"
 * ("Fougou" → "fugu", "Djiaxian" → "jiaxian"). The same word when none applies.
 */
export const frenchToPinyin = (word: string) => word.replace(/tch/g, 'ch').replace(/dj/g, 'j').replace(/ou/g, 'u').replace(/-/g, '');

/**
 * The vocabulary word nearest to `word` within the allowed edits (the most
 * frequent one on ties: the vocabulary is sorted by frequency), or undefined
 * when the word is known or nothing is near. A plural may be offered as its
 * singular, which the French stemmer matches anyway.
 */
export function suggestWord(word: string, vocabulary: readonly string[], folded = vocabulary.map(foldWord)): string | undefined {
  const w = foldWord(word);
  const max = allowedEdits(w);
  if (max === 0 || HAN.test(w) || /^\d+$/.test(w) || folded.some((v) => withSingular(v).includes(w))) return undefined;
  let best: string | undefined;
  let bestDistance = max + 1;
  // The word as typed, and read as pinyin spelt the French way (one edit more than the word, at best).
  const spelt = frenchToPinyin(w);
  folded.forEach((v, i) => {
    withSingular(v).forEach((form, k) => {
      let d = Math.abs(form.length - w.length) >= bestDistance ? bestDistance : editDistance(w, form, bestDistance - 1);
      if (spelt !== w && bestDistance >= 2 && Math.abs(form.length - spelt.length) <= bestDistance - 2)
        d = Math.min(d, editDistance(spelt, form, bestDistance - 2) + 1);
      if (d < bestDistance) {
        bestDistance = d;
        best = k === 0 ? vocabulary[i] : vocabulary[i]!.slice(0, -1);
      }
    });
  });
  return best;
}

/** The query with each unknown word replaced by its suggestion, or undefined when nothing changes. */
export function suggestQuery(query: string, vocabulary: readonly string[]): string | undefined {
  const folded = vocabulary.map(foldWord);
  let changed = false;
  const out = query
    .split(' ')
    .map((word) => {
      const s = suggestWord(word, vocabulary, folded);
      if (s) changed = true;
      return s ?? word;
    })
    .join(' ');
  return changed ? out : undefined;
}
