/**
 * "Did you mean": the nearest words of the site's own vocabulary (emitted at
 * build time, see extras/vocabulary.ts) for the words of a query that found nothing.
 */
import { foldWord, HAN } from './text.ts';

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), stopping early above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2.splice(0, prev2.length, ...prev);
    prev = row;
  }
  return prev[b.length]!;
}

/** Edits allowed for a word: 1, or 2 for words of 7 letters or more; none under 3 letters. */
export const allowedEdits = (word: string) => (word.length < 3 ? 0 : word.length >= 7 ? 2 : 1);

/** A word and, for a French plural (-s, -x), its singular: "hydrauliques" also offers "hydraulique". */
const withSingular = (word: string) => (/[^sx][sx]$/.test(word) && word.length > 4 ? [word, word.slice(0, -1)] : [word]);

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
  folded.forEach((v, i) => {
    withSingular(v).forEach((form, k) => {
      if (Math.abs(form.length - w.length) >= bestDistance) return;
      const d = editDistance(w, form, bestDistance - 1);
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
