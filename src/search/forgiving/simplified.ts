/**
 * Whether a query may hold traditional characters, without fetching anything:
 * GB 2312, the mainland's character set, holds the simplified characters and
 * almost no traditional ones. A query whose Chinese characters are all in it
 * needs no traditional → simplified folding, so the table (search-extras/
 * trad.json) is fetched only for a query with a character outside it, or with
 * one of the few traditional characters GB 2312 also holds (listed at build
 * time from OpenCC: extras/tradTable.ts).
 *
 * The set comes from the browser's own GBK decoder (the Encoding Standard's
 * `gbk`, in every browser and in Node): the 72 rows × 94 cells of GB 2312's
 * Chinese characters (bytes B0–F7, A1–FE) decoded once.
 */
import { HAN } from './text.ts';

let gb2312: Set<string> | undefined;

export function gb2312Characters(): Set<string> {
  if (!gb2312) {
    const bytes: number[] = [];
    for (let row = 0xb0; row <= 0xf7; row++) for (let cell = 0xa1; cell <= 0xfe; cell++) bytes.push(row, cell);
    gb2312 = new Set(Array.from(new TextDecoder('gbk').decode(new Uint8Array(bytes))).filter((c) => HAN.test(c)));
  }
  return gb2312;
}

/** True when `query` has a Chinese character outside GB 2312, or one of `alsoTraditional`. */
export function mayHaveTraditional(query: string, alsoTraditional: string): boolean {
  const set = gb2312Characters();
  return Array.from(query).some((c) => HAN.test(c) && (!set.has(c) || alsoTraditional.includes(c)));
}
