import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, highlightTerms, isActive, normalizeQuery, readState, writeState } from '../../../src/search/query.ts';
import { localeOfResult, orderResults, pagefindFilters } from '../../../src/search/ranking.ts';
import { carriesSearch } from '../../../src/search/params.ts';

describe('normalizeQuery', () => {
  it('trims and collapses whitespace, empty for blank input', () => {
    expect(normalizeQuery('   ')).toBe('');
    expect(normalizeQuery(' \t Fugu \n 3331 ')).toBe('Fugu 3331');
  });
  it('cuts a very long query instead of failing', () => {
    expect(normalizeQuery('a'.repeat(2000))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('URL state', () => {
  it('round-trips query and filters and keeps other parameters', () => {
    const state = { query: '府谷 Fugu', filters: { kind: ['case'], province: ['shaanxi', 'henan'] } };
    const search = writeState('?highlight=x', state);
    expect(search).toBe('?highlight=x&q=%E5%BA%9C%E8%B0%B7+Fugu&kind=case&province=shaanxi&province=henan');
    expect(readState(search)).toEqual(state);
  });
  it('drops everything when the search is cleared', () => {
    expect(writeState('?q=a&kind=case', { query: '', filters: {} })).toBe('');
    expect(isActive(readState(''))).toBe(false);
    expect(isActive(readState('?kind=case'))).toBe(true);
  });
  it('ignores unknown filter names', () => {
    expect(readState('?q=x&colour=red').filters).toEqual({});
  });
  it('turns filters into Pagefind’s form', () => {
    expect(pagefindFilters({ kind: ['case'], model: [] })).toEqual({ kind: { any: ['case'] } });
  });
});

describe('orderResults', () => {
  it('puts the reader’s language first, each by score', () => {
    const results = [
      { id: 'a', locale: 'zh-cn', score: 9 },
      { id: 'b', locale: 'fr', score: 1 },
      { id: 'c', locale: 'fr', score: 5 },
      { id: 'd', locale: 'zh-cn', score: 2 },
    ];
    expect(orderResults(results, 'fr').map((r) => r.id)).toEqual(['c', 'b', 'a', 'd']);
    expect(orderResults(results, 'zh-cn').map((r) => r.id)).toEqual(['a', 'd', 'c', 'b']);
  });
});

describe('highlightTerms', () => {
  it('splits the query into distinct words', () => {
    expect(highlightTerms('  Fugu  3331 Fugu ')).toEqual(['Fugu', '3331']);
    expect(highlightTerms('')).toEqual([]);
  });
});

describe('localeOfResult', () => {
  it('reads the language from the index prefix of a result id', () => {
    expect(localeOfResult('fr_87682b9', ['fr', 'zh-cn'])).toBe('fr');
    expect(localeOfResult('zh-cn_d371b4d', ['fr', 'zh-cn'])).toBe('zh-cn');
    expect(localeOfResult('zh_d371b4d', ['fr', 'zh-cn'])).toBeUndefined();
  });
});

describe('carriesSearch', () => {
  it('says what readState and isActive say of a URL, without their code', () => {
    for (const search of [
      '',
      '?q=',
      '?q=%20%20',
      '?q=Fugu',
      '?kind=case',
      '?kind=',
      '?highlight=Fugu',
      '?q=&province=henan&x=1',
      '?model=&year=2016',
    ])
      expect(carriesSearch(search), search).toBe(isActive(readState(search)));
    expect(carriesSearch('?q=Fugu')).toBe(true);
    expect(carriesSearch('?highlight=Fugu')).toBe(false);
  });
});
