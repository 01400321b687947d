/**
 * Text normalisation shared by the index side (search record, vocabulary) and
 * the query side: what the reader types is folded the way the index was built.
 */

/** Zero-width and invisible formatting characters a paste may carry. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/gu;

/**
 * NFKC (full-width Latin and digits become ASCII, compatibility forms fold),
 * invisible characters removed, spaces collapsed. Case and accents are kept:
 * Pagefind folds them itself.
 */
export function normalizeText(raw: string): string {
  return raw.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

/** Lower case without accents, for comparing words (vocabulary, excerpts). */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export const HAN = /\p{Script=Han}/u;
export const hasHan = (s: string) => HAN.test(s);

/** French elided particles: l’eau, d’État, qu’elle, jusqu’à, lorsqu’il, puisqu’on (’ or '). */
const ELISION = /(?<![\p{L}\p{N}])(jusqu|lorsqu|puisqu|qu|[ldnsjmtc])['’](?=\p{L})/giu;

/**
 * Splits French elisions off the words they are attached to: "l’eau" → "eau".
 * Words such as "aujourd’hui" or "presqu’île" stay whole (their first part is not a particle).
 */
export function splitElisions(text: string): string {
  return text.replace(ELISION, '');
}

/** The words that follow an elided particle in a text, as written ("l’eau, d’État" → ["eau", "État"]). */
export function elidedWords(text: string): string[] {
  const re = new RegExp(`${ELISION.source}([\\p{L}\\p{N}-]+)`, 'giu');
  return [...text.matchAll(re)].map((m) => m[2]!);
}

/** Toneless pinyin, spaced and joined: "dìngdiǎn fúpín" → ["dingdian fupin", "dingdianfupin"]. */
export function pinyinForms(pinyin: string): string[] {
  const spaced = foldWord(pinyin)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const joined = spaced.replace(/ /g, '');
  return [...new Set([spaced, joined])].filter(Boolean);
}
