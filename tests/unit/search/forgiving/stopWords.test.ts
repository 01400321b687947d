import { describe, expect, it } from 'vitest';
import { dropStopWords, isStopWord, mayHaveStopWords, splitInversions, stopSet } from '../../../../src/search/forgiving/stopWords.ts';
import { stopWordLists, FRENCH_NEGATIONS } from '../../../../src/search-index/stopWordList.ts';
import { parseTermbase } from '../../../../src/content-model/termbase/termbase.ts';

const term = (id: string, fr: string, zh: string) => ({
  id,
  category: 'concept',
  fr: { name: fr, definition: 'x' },
  zh: { name: zh, definition: 'x' },
  pinyin: 'x',
});
/** Names that hold words stopwords-iso lists: the build keeps those words searchable. */
const terms = parseTermbase([
  term('circular', 'circulaire des organes du Parti et de l’État', '《关于做好定点扶贫工作的通知》'),
  term('aid', 'aide aux personnes en difficulté', '结对助困'),
]);
/** The list the build emits, from stopwords-iso and a termbase (the site's: content/termbase.json). */
const stop = stopSet(stopWordLists(terms));

describe('splitInversions', () => {
  it('cuts the pronoun of an inverted question off its verb', () => {
    expect(splitInversions('y a-t-il des chiffres')).toBe('y a il des chiffres');
    expect(splitInversions('est-ce que')).toBe('est ce que');
    expect(splitInversions('quels districts aide-t-elle')).toBe('quels districts aide elle');
    expect(splitInversions('sont-ils')).toBe('sont ils');
  });
  it('leaves hyphenated names and words alone', () => {
    expect(splitInversions('ville-préfecture Jinggang-shan Ho-nan')).toBe('ville-préfecture Jinggang-shan Ho-nan');
  });
});

describe('the stop-word list (stopwords-iso less what the site needs)', () => {
  it('holds French and Chinese question and function words', () => {
    for (const w of ['quels', 'combien', 'qui', 'est', 'les', 'des', 'sont', 'comment', 'pourquoi', 'ou'])
      expect(stop.has(w), w).toBe(true);
    for (const w of ['什么', '哪个', '哪些', '的', '是', '多少', '怎么']) expect(stop.has(w), w).toBe(true);
  });
  it('keeps numerals, negations and the words of the termbase’s names', () => {
    for (const w of ['six', 'sept', 'quatre', 'trois', 'premiere', '七', '四', '六']) expect(stop.has(w), w).toBe(false);
    for (const w of FRENCH_NEGATIONS) expect(stop.has(w), w).toBe(false);
    for (const w of ['没有', '不']) expect(stop.has(w), w).toBe(false);
    // Listed by stopwords-iso, and words of the termbase's names.
    expect(stopSet(stopWordLists(parseTermbase([]))).has('etat')).toBe(true);
    expect(stopSet(stopWordLists(parseTermbase([]))).has('personnes')).toBe(true);
    expect(stop.has('etat')).toBe(false); // "de l’État" in the circular's title
    expect(stop.has('personnes')).toBe(false); // « aide aux personnes en difficulté »
    expect(stop.has('un')).toBe(true);
  });
  it('treats a Han word made only of stop words as one (the segmenter joins 做了, 多少个)', () => {
    expect(isStopWord('做了', stop)).toBe(true);
    expect(isStopWord('多少个', stop)).toBe(true);
    expect(isStopWord('重点', stop)).toBe(false);
  });
});

describe('dropStopWords', () => {
  it('drops French question words and patterns', () => {
    expect(dropStopWords('quels sont les quatre modèles du jumelage', stop)).toBe('quatre modèles jumelage');
    expect(dropStopWords('combien d’institutions participent', stop)).toBe('d’institutions participent');
    expect(dropStopWords('y a-t-il des chiffres sur les résultats', stop)).toBe('chiffres résultats');
    expect(dropStopWords('est-ce que la source donne une date', stop)).toBe('source donne date');
    expect(dropStopWords('qui a aidé le district de Taiqian', stop)).toBe('aidé district Taiqian');
  });
  it('keeps negations', () => {
    expect(dropStopWords('résultats sans chiffres', stop)).toBe('résultats sans chiffres');
  });
  it('drops Chinese question and function words, keeping neighbours together', () => {
    expect(dropStopWords('什么是定点扶贫', stop)).toBe('定点扶贫');
    expect(dropStopWords('水利部做了什么', stop)).toBe('水利部');
    expect(dropStopWords('有多少个重点县', stop)).toBe('重点县');
    expect(dropStopWords('定点扶贫的定义是什么', stop)).toBe('定点扶贫 定义');
  });
  it('keeps a lone character the segmenter guessed between lone characters (结|对|帮|扶)', () => {
    expect(dropStopWords('结对帮扶', stop)).toBe('结对帮扶');
  });
  it('keeps a query made only of stop words, or without any, as typed', () => {
    expect(dropStopWords('什么', stop)).toBe('什么');
    expect(dropStopWords('qui', stop)).toBe('qui');
    expect(dropStopWords('hydraulique', stop)).toBe('hydraulique');
  });
});

describe('mayHaveStopWords (the list is fetched only then)', () => {
  it('is true for a query of several words, Han ones counted by the segmenter', () => {
    expect(mayHaveStopWords('Fugu')).toBe(false);
    expect(mayHaveStopWords('府')).toBe(false);
    expect(mayHaveStopWords('quels districts')).toBe(true);
    expect(mayHaveStopWords('水利部做了什么')).toBe(true);
  });
});
