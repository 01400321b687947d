/**
 * Chinese queries: traditional characters folded to simplified ones (from a
 * table emitted at build time, see extras/tradTable.ts) and function or
 * question words dropped, so that they are not required terms.
 */
import { HAN } from './text.ts';

/** Words that carry no topic: question words, particles, copulas. */
const CHINESE_STOP_WORDS: ReadonlySet<string> = new Set([
  '什么',
  '哪些',
  '哪个',
  '哪里',
  '哪儿',
  '怎么',
  '怎样',
  '怎么样',
  '如何',
  '为什么',
  '为何',
  '多少',
  '几个',
  '吗',
  '呢',
  '吧',
  '啊',
  '呀',
  '嘛',
  '的',
  '地',
  '得',
  '了',
  '着',
  '过',
  '是',
  '有',
  '在',
  '和',
  '与',
  '及',
  '或',
  '都',
  '也',
  '就',
  '还',
  '请问',
  '请',
  '一下',
  '介绍',
  '关于',
  '谁',
  '哪',
  '这',
  '那',
  '这个',
  '那个',
  '一个',
  // Light verbs of questions ("水利部做了什么": what did the ministry do).
  '做',
  '做了',
  '干',
  '干了',
  '搞',
  '搞了',
]);

/** Words of a text, Han runs segmented (Intl.Segmenter, as Pagefind does), others split at spaces. */
export function queryWords(text: string): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return text
    .split(' ')
    .filter(Boolean)
    .flatMap((part) => (HAN.test(part) ? [...segmenter.segment(part)].filter((s) => s.isWordLike).map((s) => s.segment) : [part]));
}

/**
 * Drops Chinese function words from a query; keeps the query as typed when it
 * has none, or when nothing else would remain.
 */
export function dropStopWords(text: string): string {
  if (!HAN.test(text)) return text;
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  let dropped = false;
  // Words next to each other stay together ("什么是定点扶贫" → "定点扶贫"); a dropped word leaves a space.
  const kept = [...segmenter.segment(text)]
    .map(({ segment, isWordLike }) => {
      if (isWordLike && CHINESE_STOP_WORDS.has(segment)) {
        dropped = true;
        return ' ';
      }
      return segment;
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return dropped && kept ? kept : text;
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
