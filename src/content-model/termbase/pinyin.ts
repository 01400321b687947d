/**
 * Tone-marked pinyin of the termbase's Chinese names.
 *
 * The reading — which syllable and which tone for each character, polyphones
 * resolved by context (重点 zhòng, 柞水 zhà) — comes from pinyin-pro, with
 * its tone sandhi turned off: GB/T 16159 writes the original tone (新一轮
 * Xīn Yī Lún). What a dictionary cannot decide is the spelling around it:
 * where words break, which words are proper nouns and get a capital, the
 * apostrophe of Jí’ān. That layout is the termbase's hand-written `pinyin`
 * field, and the build refuses it when its syllables differ from the
 * library's reading (see content/README.md).
 */
import { customPinyin, pinyin } from 'pinyin-pro';
import { jsonPosition, type Problem } from '../problems.ts';
import type { Term, Termbase } from './termbase.ts';

// Words the library misreads: 开发式 is kāifā shì, not the fà of 发式 (hairstyle).
customPinyin({ 开发式: 'kāi fā shì' });

/**
 * The library's reading of a Chinese text: one lower-case syllable per Han
 * character, runs of Latin letters and digits as they are; spaces and
 * punctuation dropped.
 */
export function readingOf(zh: string): string[] {
  const tokens: string[] = [];
  let latin = '';
  for (const { origin, pinyin: syllable, isZh } of pinyin(zh, { type: 'all', toneType: 'symbol', toneSandhi: false })) {
    if (!isZh && /[\p{L}\p{N}]/u.test(origin)) {
      latin += origin;
      continue;
    }
    if (latin) {
      tokens.push(latin);
      latin = '';
    }
    if (isZh) tokens.push(syllable);
  }
  if (latin) tokens.push(latin);
  return tokens;
}

/** Characters a layout may put between syllables. */
const SEPARATOR = /[\s'’,.·-]/u;

/**
 * The pinyin of `zh` spelt as `layout` spells it (word breaks, capitals,
 * apostrophes), with the library's syllables. Throws when the layout's
 * letters are not the library's reading.
 */
export function spellPinyin(zh: string, layout: string): string {
  const syllables = readingOf(zh);
  const text = layout.normalize('NFC');
  let out = '';
  let pos = 0;
  for (const syllable of syllables) {
    while (pos < text.length && SEPARATOR.test(text[pos]!)) {
      const c = text[pos++]!;
      out += c === "'" ? '’' : c;
    }
    const written = text.slice(pos, pos + syllable.length);
    if (written.toLowerCase() !== syllable.toLowerCase())
      throw new Error(`pinyin "${layout}" does not match the reading of ${zh} (${syllables.join(' ')}) at "${text.slice(pos) || '(end)'}"`);
    out += written.charAt(0) === written.charAt(0).toUpperCase() ? syllable.charAt(0).toUpperCase() + syllable.slice(1) : syllable;
    pos += syllable.length;
  }
  if (text.slice(pos).trim())
    throw new Error(`pinyin "${layout}" has more than the reading of ${zh} (${syllables.join(' ')}): "${text.slice(pos)}"`);
  return out;
}

export function termPinyin(term: Term): string {
  return spellPinyin(term.zh.name, term.pinyin);
}

/** One message per term whose `pinyin` field disagrees with the library. */
export function pinyinProblems(terms: Termbase, file = 'content/termbase.json'): string[] {
  return pinyinProblemList(terms, file).map((p) => `${p.file}: ${p.problem}. ${p.fix}`);
}

/** Each term whose `pinyin` field disagrees with the library, at the line of that field when the file's text is given. */
export function pinyinProblemList(terms: Termbase, file = 'content/termbase.json', text?: string): Problem[] {
  const problems: Problem[] = [];
  for (const [index, term] of [...terms.values()].entries()) {
    try {
      termPinyin(term);
    } catch (e) {
      problems.push({
        file,
        ...(text === undefined ? {} : jsonPosition(text, [index, 'pinyin'])),
        problem: `"${term.id}": ${(e as Error).message}`,
        fix: 'fix the field; if pinyin-pro misreads a polyphone, teach it the word with customPinyin() in src/content-model/termbase/pinyin.ts.',
      });
    }
  }
  return problems;
}
