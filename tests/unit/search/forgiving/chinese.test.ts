import { describe, expect, it } from 'vitest';
import { dropStopWords, parsePairs, queryWords, toSimplified } from '../../../../src/search/forgiving/chinese.ts';
import { relaxedQueries, rewriteQuery } from '../../../../src/search/forgiving/rewrite.ts';

describe('dropStopWords', () => {
  it('drops question and function words, keeping neighbours together', () => {
    expect(dropStopWords('什么是定点扶贫')).toBe('定点扶贫');
    expect(dropStopWords('定点扶贫有哪些模式')).toBe('定点扶贫 模式');
    expect(dropStopWords('水利部做了什么')).toBe('水利部');
  });
  it('keeps a query without function words, or made only of them, as typed', () => {
    expect(dropStopWords('结对帮扶')).toBe('结对帮扶');
    expect(dropStopWords('什么')).toBe('什么');
    expect(dropStopWords('hydraulique')).toBe('hydraulique');
  });
});

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
  it('normalises, splits elisions, folds traditional characters and drops function words', () => {
    expect(rewriteQuery("l'eau")).toBe('eau');
    expect(rewriteQuery('Ｆｕｇｕ')).toBe('Fugu');
    expect(rewriteQuery('什麼是定點扶貧', table)).toBe('定点扶贫');
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
