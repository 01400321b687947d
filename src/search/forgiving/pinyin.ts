/**
 * Pinyin as readers type it: with tone marks (also on capitals: "FǓGǓ"), with
 * tone digits ("ding4dian3"), in any case, syllables joined or apart
 * ("ding dian fu pin"). Such a query is brought to the forms the index holds
 * for each term (forgiving/text.ts pinyinForms): toneless, lower case, the
 * words as written and all of them joined.
 */

/** One pinyin syllable without tone (initial, then final), ü written ü, v or u. */
const SYLLABLE =
  '(?:(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|üan|van|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ue|üe|ve|ui|un|ün|uo|a|e|i|o|u|ü|v)|ng|m|n)';
const SYLLABLES = new RegExp(`^(?:${SYLLABLE}[1-5]?)+$`, 'u');
const ONE_SYLLABLE = new RegExp(`^${SYLLABLE}$`, 'u');

/** Marks that only pinyin puts on Latin vowels (macron, caron, ü with a tone): a word with one is pinyin, not French. */
const PINYIN_MARK = /[\u0304\u030C]|[ǖǘǚǜ]/u;

/**
 * Lower case, tone marks and tone digits removed, when the word reads as pinyin (a mark or digit
 * only pinyin uses, or `surely`, and nothing but syllables); undefined otherwise.
 */
export function plainPinyin(word: string, surely = false): string | undefined {
  const decomposed = word.normalize('NFD');
  const marked = surely || PINYIN_MARK.test(decomposed) || PINYIN_MARK.test(word);
  const bare = decomposed
    .replace(/\p{M}/gu, (m) => (m === '\u0308' ? '\u0308' : ''))
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’]/g, '');
  const digits = /\d/.test(bare);
  if (!marked && !digits) return undefined;
  if (!SYLLABLES.test(bare)) return undefined;
  return bare.replace(/[1-5]/g, '').replace(/ü/g, 'u');
}

const isSyllable = (w: string) => ONE_SYLLABLE.test(w.toLowerCase());

/**
 * A query's pinyin brought to the index's forms: marked or numbered words made
 * plain ("Dìngdiǎn" → "dingdian", "ding4dian3" → "dingdian"), and a query made
 * only of two or more single syllables joined ("ding dian fu pin" →
 * "dingdianfupin", which the index holds joined; "le fugu" is left alone).
 * Other words are left as typed.
 */
export function normalizePinyin(query: string): string {
  const words = query.split(' ').filter(Boolean);
  let plain = words.map((w) => plainPinyin(w) ?? w);
  // Beside a word that is surely pinyin, an accented word that reads as pinyin is pinyin too ("Dìngdiǎn Fúpín").
  if (plain.some((p, i) => p !== words[i]))
    plain = plain.map((p, i) => (p === words[i] && /\p{M}/u.test(p.normalize('NFD')) ? (plainPinyin(p, true) ?? p) : p));
  if (plain.length >= 2 && words.every((w, i) => isSyllable(plain[i]!) && (plainPinyin(w) !== undefined || isSyllable(w))))
    return plain.join('').toLowerCase();
  return plain.join(' ');
}
