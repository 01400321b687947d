/**
 * Build step after the pages are written: the small files the search client
 * fetches only when a query needs them — the traditional → simplified pairs
 * (a query with Han characters) and the site's vocabulary (a query that found
 * nothing), from the text of the pages the search indexes, and the stop words
 * (a query of several words, see stopWordList.ts), and the termbase's Chinese
 * words with their breaks (highlighting, in the results and on a page opened
 * from them).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  EXTRAS_DIR,
  HAN_WORDS_FILE,
  STOP_FILE,
  TRAD_FILE,
  VOCABULARY_FILE,
  type HanWordsFile,
  type StopFile,
  type TradFile,
  type VocabularyFile,
} from '../search/forgiving/extrasFiles.ts';
import type { Termbase } from '../content-model/termbase/termbase.ts';
import { stopWordLists } from './stopWordList.ts';
import { hanDictionary } from './labels.ts';
import { indexedText } from './indexedText.ts';
import { hanCharacters, tradPairs } from '../search/tradTable.ts';
import { countWords, rankWords, type WordCounts } from './vocabulary.ts';

/**
 * Gathers what the files need from the pages Pagefind reads
 * (src/integrations/pagefind.ts), as the build reads them one at a time
 * (src/integrations/siteBuild.ts): only their characters and word counts are
 * kept. `write` writes the files and returns one line saying what and how much.
 */
export function searchExtras(terms: Termbase): { add(html: string): void; write(distDir: string): string } {
  const characters = new Set<string>();
  const counts: WordCounts = new Map();
  return {
    add(html) {
      const text = indexedText(html);
      hanCharacters(text, characters);
      countWords(counts, text);
    },
    write(distDir) {
      const out = join(distDir, EXTRAS_DIR);
      mkdirSync(out, { recursive: true });
      const trad: TradFile = { pairs: tradPairs(characters) };
      const vocab: VocabularyFile = { words: rankWords(counts) };
      const stop: StopFile = stopWordLists(terms);
      const hanWords: HanWordsFile = { words: hanDictionary(terms) };
      const sizes = [
        [TRAD_FILE, JSON.stringify(trad)],
        [VOCABULARY_FILE, JSON.stringify(vocab)],
        [STOP_FILE, JSON.stringify(stop)],
        [HAN_WORDS_FILE, JSON.stringify(hanWords)],
      ].map(([file, json]) => {
        writeFileSync(join(out, file!), json!);
        return `${relative(distDir, join(out, file!))} ${(gzipSync(json!).length / 1000).toFixed(1)} kB gzip`;
      });
      return `${sizes.join(', ')} (${Array.from(trad.pairs).length / 2} character pairs, ${vocab.words.length} words, ${stop.fr.length + stop.zh.length} stop words)`;
    },
  };
}
