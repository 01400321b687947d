/**
 * The stop words a query loses (search/forgiving/stopWords.ts): the French and
 * Chinese lists of stopwords-iso (a maintained collection, MIT), less the words
 * this site needs to find its pages:
 * - numerals ("six projets", "sept districts", "四种模式", "七个县"), but not the
 *   articles "un", "une";
 * - negations ("ce que la source ne dit pas", "没有给出"): the site has pages on
 *   what its source does not say;
 * - every word of four letters or more of a termbase name, alias or search word
 *   ("État" in the circular's title, "personnes" in « jumelage d’aide aux personnes
 *   en difficulté »), and every Chinese one of two characters or more: articles
 *   and prepositions of names ("des", "aux", "的") stay stop words.
 */
import { createRequire } from 'node:module';
import type { Termbase } from '../content-model/termbase/termbase.ts';
import { searchForms } from '../content-model/termbase/termbase.ts';
import type { StopFile } from '../search/forgiving/extrasFiles.ts';
import { foldWord, HAN } from '../search/forgiving/text.ts';

const FRENCH_NUMERAL =
  /^(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille)(-.+)?$|i[eè]me(ment)?$|^premi[eè]re?s?(ment)?$|^(cinquantaine|centaine|dizaine)$/u;
const CHINESE_NUMERAL = /^[零〇二两三四五六七八九十百千万亿]+$/u;
export const FRENCH_NEGATIONS: readonly string[] = [
  'pas',
  'non',
  'ni',
  'aucun',
  'aucune',
  'aucuns',
  'nul',
  'nulle',
  'rien',
  'sans',
  'jamais',
];
const CHINESE_NEGATIONS: readonly string[] = ['不', '没', '没有', '无', '未', '非', '否'];

/** Words of the termbase's forms, folded: Latin words split at anything not a letter, Han forms whole and segmented. */
function termWords(terms: Termbase): Set<string> {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const words = new Set<string>();
  for (const term of terms.values())
    for (const lang of ['fr', 'zh-CN'] as const)
      for (const form of searchForms(term, lang)) {
        for (const w of foldWord(form).split(/[^\p{L}\p{N}]+/u)) if (w.length >= 4 && !HAN.test(w)) words.add(w);
        if (HAN.test(form)) {
          words.add(form);
          for (const s of segmenter.segment(form)) if (s.isWordLike && s.segment.length >= 2) words.add(s.segment);
        }
      }
  return words;
}

type Lists = { fr: readonly string[]; zh: readonly string[] };
// Loaded with require (the package is a JSON file); knip.json names it, as it cannot see this import.
const maintained = (): Lists => createRequire(import.meta.url)('stopwords-iso') as Lists;

export function stopWordLists(terms: Termbase, lists: Lists = maintained()): StopFile {
  const keep = termWords(terms);
  const word = /^[\p{L}'’-]+$/u;
  const fr = lists.fr.filter(
    (w) => word.test(w) && !keep.has(foldWord(w)) && !FRENCH_NEGATIONS.includes(w) && !FRENCH_NUMERAL.test(foldWord(w)),
  );
  const zh = lists.zh.filter(
    (w) => HAN.test(w) && word.test(w) && !keep.has(w) && !CHINESE_NEGATIONS.includes(w) && !CHINESE_NUMERAL.test(w),
  );
  return { fr: [...new Set(fr)], zh: [...new Set(zh)] };
}
