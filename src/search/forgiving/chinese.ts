/**
 * Chinese queries: their words, and traditional characters folded to
 * simplified ones (from a table emitted at build time, see search/tradTable.ts).
 */
import { HAN } from './text.ts';

/** Words of a text, Han runs segmented (Intl.Segmenter, as Pagefind does), others split at spaces. */
export function queryWords(text: string): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return text
    .split(' ')
    .filter(Boolean)
    .flatMap((part) => (HAN.test(part) ? [...segmenter.segment(part)].filter((s) => s.isWordLike).map((s) => s.segment) : [part]));
}

/** Traditional → simplified pairs, as emitted at build time: "結结對对…" (traditional then simplified). */
export function parsePairs(pairs: string): Map<string, string> {
  const chars = Array.from(pairs);
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return map;
}

export function toSimplified(text: string, table: ReadonlyMap<string, string>): string {
  return Array.from(text, (c) => table.get(c) ?? c).join('');
}
