/**
 * What is searched for a typed query: normalised (NFKC, invisible characters
 * removed), French elisions split ("l’eau" → "eau"), traditional characters
 * folded when a table is given, Chinese function words dropped.
 */
import { dropStopWords, queryWords, toSimplified } from './chinese.ts';
import { normalizeText, splitElisions } from './text.ts';

export function rewriteQuery(typed: string, trad?: ReadonlyMap<string, string>): string {
  let q = splitElisions(normalizeText(typed));
  if (trad) q = toSimplified(q, trad);
  return dropStopWords(q).replace(/\s+/g, ' ').trim();
}

/** Queries that leave out one word each, for a query of several words ("relaxed" match). */
export function relaxedQueries(query: string): string[] {
  const words = queryWords(query);
  if (words.length < 2) return [];
  return [...new Set(words.map((_, i) => words.filter((__, j) => j !== i).join(' ')))];
}
