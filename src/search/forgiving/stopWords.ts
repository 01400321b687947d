/**
 * Words of a query that carry no topic (question words, articles, particles,
 * copulas) are dropped before the query is searched, so that Pagefind, which
 * requires every word, does not lose the right page over "quels" or "哪个".
 * The list comes from a maintained stop-word collection (stopwords-iso, French
 * and Chinese), less the words this site needs (see search-index/stopWordList.ts),
 * and is fetched only when a query has more than one word.
 */
import { foldWord, HAN } from './text.ts';

/**
 * French inverted questions: "a-t-il", "aide-t-elle", "est-ce", "sont-ils" →
 * the verb, then the pronoun as its own word (both then checked as stop words).
 */
const INVERSION = /(?<=\p{L})-(?:t-)?(il|elle|on|ils|elles|je|tu|nous|vous|ce)(?![\p{L}\p{N}-])/giu;

export function splitInversions(text: string): string {
  return text.replace(INVERSION, ' $1');
}

/** Words of a query: spaces split Latin words, Intl.Segmenter cuts Han runs; each with whether it is a word. */
function pieces(text: string): { segment: string; isWordLike: boolean }[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return text
    .split(/(\s+)/)
    .filter(Boolean)
    .flatMap((part) =>
      /\s/.test(part)
        ? [{ segment: ' ', isWordLike: false }]
        : HAN.test(part)
          ? [...segmenter.segment(part)].map(({ segment, isWordLike }) => ({ segment, isWordLike: !!isWordLike }))
          : [{ segment: part, isWordLike: true }],
    );
}

/**
 * A stop word, or a Han word made only of stop words: the segmenter cuts "做了"
 * and "多少个" as one word, the list has 做, 了, 多少 and 个.
 */
export function isStopWord(word: string, stop: ReadonlySet<string>): boolean {
  const w = foldWord(word);
  if (stop.has(w)) return true;
  if (!HAN.test(w)) return false;
  // Can the word be cut into list words? (reach[i]: its first i characters can.)
  const chars = Array.from(w);
  const reach = [true];
  for (let i = 1; i <= chars.length; i++)
    reach[i] = Array.from({ length: i }, (_, j) => j).some((j) => reach[j] && stop.has(chars.slice(j, i).join('')));
  return reach[chars.length]!;
}

/**
 * Drops the stop words (compared folded: "Quels" is "quels", "où" is "ou") of
 * a query; keeps the query as typed when it has none, or when nothing else
 * would remain. Han words next to each other stay together ("什么是定点扶贫" →
 * "定点扶贫"); a dropped word leaves a space.
 */
export function dropStopWords(text: string, stop: ReadonlySet<string>): string {
  if (stop.size === 0) return text;
  const split = splitInversions(text);
  let dropped = false;
  const list = pieces(split);
  const han = (i: number) => HAN.test(list[i]?.segment ?? '');
  const lone = (i: number) => han(i) && Array.from(list[i]!.segment).length === 1 && !isStopWord(list[i]!.segment, stop);
  const kept = list
    .map(({ segment, isWordLike }, i) => {
      // A lone character between lone characters is a segmenter's guess (结|对|帮|扶): 对 is part of a word there.
      const guessed = han(i) && Array.from(segment).length === 1 && (i === 0 || lone(i - 1)) && (i === list.length - 1 || lone(i + 1));
      if (isWordLike && !guessed && isStopWord(segment, stop)) {
        dropped = true;
        return ' ';
      }
      return segment;
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return dropped && /[\p{L}\p{N}]/u.test(kept) ? kept : text;
}

/** The stop-word file's lists as one set of folded words. */
export const stopSet = (file: { fr?: readonly string[]; zh?: readonly string[] } | undefined): ReadonlySet<string> =>
  new Set([...(file?.fr ?? []), ...(file?.zh ?? [])].map(foldWord));

/** Does the query have more than one word, so that dropping some could leave the others? (Then the list is fetched.) */
export function mayHaveStopWords(text: string): boolean {
  return pieces(splitInversions(text)).filter((p) => p.isWordLike).length > 1;
}
