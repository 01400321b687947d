import { describe, expect, it } from 'vitest';
import { parsePairs, queryWords, toSimplified } from '../../../../src/search/forgiving/chinese.ts';
import { relaxedQueries, rewriteQuery } from '../../../../src/search/forgiving/rewrite.ts';

describe('traditional → simplified', () => {
  const table = parsePairs('結结對对幫帮龍龙頭头業业點点貧贫');
  it('reads the pairs emitted at build time', () => {
    expect(table.get('龍')).toBe('龙');
    expect(table.size).toBe(8);
  });
  it('folds a query character by character, leaving other characters alone', () => {
    expect(toSimplified('結對幫扶', table)).toBe('结对帮扶');
    expect(toSimplified('龍頭企業', table)).toBe('龙头企业');
    expect(toSimplified('定點扶貧 Fugu', table)).toBe('定点扶贫 Fugu');
  });
});

describe('rewriteQuery', () => {
  const table = parsePairs('點点貧贫麼么');
  it('normalises, splits elisions, folds traditional characters, drops stop words and brings pinyin to the index forms', () => {
    expect(rewriteQuery("l'eau")).toBe('eau');
    expect(rewriteQuery('Ｆｕｇｕ')).toBe('Fugu');
    expect(rewriteQuery('什麼是定點扶貧', table, new Set(['什么', '是']))).toBe('定点扶贫');
    expect(rewriteQuery('quels sont les districts', undefined, new Set(['quels', 'sont', 'les']))).toBe('districts');
    expect(rewriteQuery('ding4dian3 fu2pin2')).toBe('dingdian fupin');
  });
  it('drops no word without a stop-word list', () => {
    expect(rewriteQuery('quels districts')).toBe('quels districts');
  });
});

describe('relaxedQueries', () => {
  it('leaves out one word at a time', () => {
    expect(relaxedQueries('Fugu hydraulique irrigation')).toEqual(['hydraulique irrigation', 'Fugu irrigation', 'Fugu hydraulique']);
  });
  it('segments Chinese to find its words', () => {
    const words = queryWords('发挥石油石化行业优势');
    expect(words.length).toBeGreaterThan(2);
    expect(relaxedQueries('发挥石油石化行业优势')).toContain(words.slice(0, -1).join(' '));
  });
  it('has nothing to relax in one word', () => {
    expect(relaxedQueries('hydraulique')).toEqual([]);
  });
});
