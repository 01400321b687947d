/**
 * What is searched for a typed query: normalised (NFKC, invisible characters
 * removed), French elisions split ("l’eau" → "eau"), traditional characters
 * folded when a table is given, stop words dropped when a list is given
 * (forgiving/stopWords.ts), pinyin brought to the index's forms (forgiving/pinyin.ts).
 */
import { queryWords, toSimplified } from './chinese.ts';
import { normalizePinyin } from './pinyin.ts';
import { dropStopWords } from './stopWords.ts';
import { normalizeText, splitElisions } from './text.ts';

export function rewriteQuery(typed: string, trad?: ReadonlyMap<string, string>, stop: ReadonlySet<string> = new Set()): string {
  let q = splitElisions(normalizeText(typed));
  if (trad) q = toSimplified(q, trad);
  q = dropStopWords(q, stop).replace(/\s+/g, ' ').trim();
  return normalizePinyin(q);
}

/** Queries that leave out one word each, for a query of several words ("relaxed" match). */
export function relaxedQueries(query: string): string[] {
  const words = queryWords(query);
  if (words.length < 2) return [];
  return [...new Set(words.map((_, i) => words.filter((__, j) => j !== i).join(' ')))];
}
