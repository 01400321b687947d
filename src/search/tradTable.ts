/**
 * Traditional → simplified pairs for the query side, from OpenCC (opencc-js,
 * Taiwan standard → mainland simplified): only the pairs whose simplified
 * character occurs in the indexed text, so the browser fetches a kilobyte or two.
 */
import * as OpenCC from 'opencc-js';
import { HAN } from './forgiving/text.ts';
import { gb2312Characters } from './forgiving/simplified.ts';

/** Every single character OpenCC's Taiwan → traditional → simplified dictionaries convert. */
function traditionalCharacters(): string[] {
  const chars = new Set<string>();
  const groups = [...(OpenCC.Locale.from.tw ?? []), ...(OpenCC.Locale.to.cn ?? [])] as unknown as (string | string[])[][];
  for (const group of groups)
    for (const dict of group)
      for (const entry of (Array.isArray(dict) ? dict : [dict]).join('|').split('|')) {
        const from = entry.split(' ')[0] ?? '';
        if (Array.from(from).length === 1 && HAN.test(from)) chars.add(from);
      }
  return [...chars];
}

/** The Han characters of a text, added to `into`. */
export function hanCharacters(text: string, into = new Set<string>()): Set<string> {
  for (const c of text) if (HAN.test(c)) into.add(c);
  return into;
}

/** "結结對对…": each traditional character followed by its simplified form, for characters of `indexed` only. */
export function tradPairs(indexed: string | ReadonlySet<string>): string {
  const present = typeof indexed === 'string' ? hanCharacters(indexed) : indexed;
  const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const pairs: string[] = [];
  for (const t of traditionalCharacters().sort()) {
    const s = convert(t);
    if (s !== t && Array.from(s).length === 1 && present.has(s)) pairs.push(t + s);
  }
  return pairs.join('');
}

let inGb2312: string | undefined;
/**
 * The traditional characters OpenCC converts that GB 2312 holds as well (後, 於, 著…): a query of
 * GB 2312 characters only is folded when it has one of them (see forgiving/simplified.ts).
 */
export function traditionalInGb2312(): string {
  if (inGb2312 === undefined) {
    const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const set = gb2312Characters();
    inGb2312 = traditionalCharacters()
      .sort()
      .filter((t) => set.has(t) && convert(t) !== t)
      .join('');
  }
  return inGb2312;
}
