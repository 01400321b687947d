/**
 * Pagefind matches a word it does not know against shorter words it starts
 * with ("entreprize" → "en", "entre"): results, but not for what was typed.
 * Such a query is treated as one that found nothing, so that "did you mean"
 * can offer the nearest real word.
 */
import { foldWord, HAN, splitElisions } from './text.ts';

/** Words checked: Latin words of 4 letters or more (shorter ones and Han are matched as typed). */
const checked = (words: readonly string[]) => words.map(foldWord).filter((w) => w.length >= 4 && !HAN.test(w) && !/\d/.test(w));

/** A matched word is close to a typed one when they share all but the last two letters of the shorter (inflections, stems). */
function close(typed: string, matched: string): boolean {
  const n = Math.max(3, Math.min(typed.length, matched.length) - 2);
  return matched.slice(0, n) === typed.slice(0, n) && Math.abs(typed.length - matched.length) <= 3;
}

/**
 * True when some typed word has no close word among the words a result
 * matched (`locations`: positions of the matched words in Pagefind's
 * `raw_content`, split as Pagefind does: at zero-width spaces when there are any, else at spaces).
 */
export function isWeakMatch(rawContent: string, locations: readonly number[], typedWords: readonly string[]): boolean {
  const words = rawContent.includes('\u200B') ? rawContent.split('\u200B') : rawContent.split(/[^\S\uFEFF]+/);
  // Each matched word whole and in its parts ("ville-préfecture" → "villeprefecture", "ville", "prefecture").
  const matched = locations.flatMap((l) => {
    const word = foldWord(splitElisions(words[l] ?? ''));
    return [word.replace(/[^\p{L}\p{N}]+/gu, ''), ...word.split(/[^\p{L}\p{N}]+/u)].filter(Boolean);
  });
  return checked(typedWords).some((typed) => !matched.some((m) => close(typed, m)));
}
