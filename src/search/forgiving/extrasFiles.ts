/** The small files written next to the search indexes at build time (extras/) and fetched by the client when a query needs them. */
export const EXTRAS_DIR = 'search-extras';
export const TRAD_FILE = 'trad.json';
export const VOCABULARY_FILE = 'vocabulary.json';

/** Traditional → simplified pairs whose simplified character occurs on the site: "結结對对…". */
export interface TradFile {
  pairs: string;
}
/** The site's indexed Latin-script words (French, names, pinyin), most frequent first. */
export interface VocabularyFile {
  words: string[];
}
