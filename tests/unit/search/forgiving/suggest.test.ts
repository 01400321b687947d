import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance } from '../../../../src/search/forgiving/editDistance.ts';
import { frenchToPinyin, suggestQuery, suggestWord } from '../../../../src/search/forgiving/suggest.ts';
import { isWeakMatch, standsFor } from '../../../../src/search/forgiving/weakMatch.ts';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    expect(editDistance('jumlage', 'jumelage')).toBe(1);
    expect(editDistance('taiqan', 'taiqian')).toBe(1);
    expect(editDistance('hydrolique', 'hydraulique')).toBe(2);
    expect(editDistance('fugu', 'fgug')).toBe(2);
    expect(editDistance('fugu', 'fguu')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('stops early above the limit', () => {
    expect(editDistance('entreprise', 'x', 2)).toBe(3);
  });
});

describe('suggestWord', () => {
  const vocabulary = ['jumelage', 'Taiqian', 'hydrauliques', 'État', 'district', 'districts', 'projet'];
  it('allows 1 edit, 2 for words of 7 letters or more, none under 3', () => {
    expect([allowedEdits('ab'), allowedEdits('eau'), allowedEdits('jumlage')]).toEqual([0, 1, 2]);
  });
  it('offers the nearest site word, as written on the site', () => {
    expect(suggestWord('jumlage', vocabulary)).toBe('jumelage');
    expect(suggestWord('Taiqan', vocabulary)).toBe('Taiqian');
    expect(suggestWord('etta', vocabulary)).toBe('État');
  });
  it('offers a plural as its singular when that is nearer', () => {
    expect(suggestWord('hydrolique', vocabulary)).toBe('hydraulique');
  });
  it('offers nothing for known words, numbers, Chinese, or words too far', () => {
    expect(suggestWord('district', vocabulary)).toBeUndefined();
    expect(suggestWord('Etat', vocabulary)).toBeUndefined();
    expect(suggestWord('3331', vocabulary)).toBeUndefined();
    expect(suggestWord('府谷', vocabulary)).toBeUndefined();
    expect(suggestWord('xyzzy', vocabulary)).toBeUndefined();
  });
  it('rewrites only the unknown words of a query', () => {
    expect(suggestQuery('jumlage district', vocabulary)).toBe('jumelage district');
    expect(suggestQuery('district projet', vocabulary)).toBeUndefined();
  });
});

describe('isWeakMatch', () => {
  it('is true when a typed word matched only shorter words it starts with', () => {
    expect(isWeakMatch('une entreprise pilote entre deux', [2, 3], ['entreprize', 'pilote'])).toBe(true);
  });
  it('is false for stems and inflections of what was typed', () => {
    expect(isWeakMatch('Ressources hydrauliques et projets', [1, 3], ['hydraulique', 'projet'])).toBe(false);
    expect(isWeakMatch('à l’économie locale', [1], ['economie'])).toBe(false);
  });
  it('reads Chinese fragments split at zero-width spaces', () => {
    expect(isWeakMatch('府谷\u200B县\u200BFugu', [2], ['Fugu'])).toBe(false);
  });
});

describe('standsFor (weak match measured on whole words)', () => {
  it('accepts a typed prefix, a word within the did-you-mean budget, or the same stem with a French ending', () => {
    expect(standsFor('hydrau', 'hydraulique')).toBe(true);
    expect(standsFor('jumelagge', 'jumelage')).toBe(true);
    expect(standsFor('hydrauliques', 'hydraulique')).toBe(true);
    expect(standsFor('developper', 'developpement')).toBe(true);
  });
  it('refuses a word that only starts like the typed one, so that did-you-mean runs', () => {
    expect(standsFor('circulair', 'circuit')).toBe(false);
    expect(standsFor('entreprize', 'entre')).toBe(false);
    expect(standsFor('ministeres', 'minimum')).toBe(false);
  });
});

describe('French spellings of Chinese names', () => {
  it('reads them as pinyin for did-you-mean', () => {
    expect(frenchToPinyin('fougou')).toBe('fugu');
    expect(suggestWord('Fougou', ['jumelage', 'Fugu'])).toBe('Fugu');
    expect(suggestWord('Fougou', ['jumelage'])).toBeUndefined();
  });
});
