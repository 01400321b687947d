/** The small files written next to the search indexes at build time (extras/) and fetched by the client when a query needs them. */
export const EXTRAS_DIR = 'search-extras';
export const TRAD_FILE = 'trad.json';
export const VOCABULARY_FILE = 'vocabulary.json';
export const STOP_FILE = 'stopwords.json';
export const HAN_WORDS_FILE = 'han-words.json';

/** Traditional → simplified pairs whose simplified character occurs on the site: "結结對对…". */
export interface TradFile {
  pairs: string;
}
/** The site's indexed Latin-script words (French, names, pinyin), most frequent first. */
export interface VocabularyFile {
  words: string[];
}
/** The termbase's Chinese names with their word breaks ("陕西|省"): how highlighting cuts Chinese in every browser (search/words.ts). */
export interface HanWordsFile {
  words: string[];
}
/** Words dropped from a query of several words (forgiving/stopWords.ts), per language. */
export interface StopFile {
  fr: string[];
  zh: string[];
}

/** A file's address: under the site's base, with the build's version so a new build's file is never taken from an old cache. */
export const extrasUrl = (config: { base: string; version: string }, file: string) =>
  `${config.base}${EXTRAS_DIR}/${file}?v=${encodeURIComponent(config.version)}`;
