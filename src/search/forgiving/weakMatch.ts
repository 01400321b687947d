/**
 * Pagefind matches a word it does not know against shorter words it starts
 * with ("entreprize" → "en", "entre"): results, but not for what was typed.
 * Such a query is treated as one that found nothing, so that "did you mean"
 * can offer the nearest real word.
 */
import { allowedEdits, editDistance } from './editDistance.ts';
import { foldWord, HAN, splitElisions } from './text.ts';

/** Words checked: Latin words of 4 letters or more (shorter ones and Han are matched as typed). */
const checked = (words: readonly string[]) => words.map(foldWord).filter((w) => w.length >= 4 && !HAN.test(w) && !/\d/.test(w));

/** French inflectional and derivational endings the stemmer folds together (Snowball's suffixes, short ones). */
const ENDINGS = new Set(
  [
    '',
    's',
    'x',
    'e',
    'es',
    'er',
    'ez',
    'ent',
    'ant',
    'ants',
    'ante',
    'antes',
    'é',
    'ée',
    'és',
    'ées',
    'ement',
    'ements',
    'ment',
    'ments',
    'ion',
    'ions',
    'if',
    'ive',
    'ifs',
    'ives',
    'al',
    'ale',
    'aux',
    'ales',
    'el',
    'elle',
    'els',
    'elles',
    'ique',
    'iques',
    'ité',
    'ités',
    'eur',
    'eurs',
    'euse',
    'euses',
    'ir',
    'it',
    'is',
    'ie',
    'ies',
    'a',
    'ait',
    'aient',
    'ation',
    'ations',
    'ateur',
    'atrice',
  ].map((e) => e.normalize('NFD').replace(/\p{M}/gu, '')),
);

/**
 * A matched word stands for a typed one when it is the typed word completed (a prefix typed: "hydrau" →
 * "hydraulique"), within the did-you-mean budget of edits of it, measured on the whole words
 * ("jumelagge" → "jumelage"), or the same stem of five letters or more with another French ending,
 * as the stemmer matches it ("hydrauliques" → "hydraulique", "développer" → "développement"). A word
 * that only starts like the typed one is not it ("circulair" is not "circuit"): did-you-mean gets its chance.
 */
export function standsFor(typed: string, matched: string): boolean {
  if (matched.startsWith(typed)) return true;
  const budget = allowedEdits(typed);
  if (editDistance(typed, matched, budget) <= budget) return true;
  let shared = 0;
  while (shared < typed.length && shared < matched.length && typed[shared] === matched[shared]) shared++;
  for (let stem = shared; stem >= 5 && stem >= shared - 3; stem--)
    if (ENDINGS.has(typed.slice(stem)) && ENDINGS.has(matched.slice(stem))) return true;
  return false;
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
  return checked(typedWords).some((typed) => !matched.some((m) => standsFor(typed, m)));
}
