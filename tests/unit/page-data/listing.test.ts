import { describe, expect, it } from 'vitest';
import { LISTED_INLINE, hasListing, listedInline, listingPath, pagesOf, searchPath } from '../../../src/page-data/listing.ts';
import { localePath } from '../../../src/i18n/paths.ts';

describe('listings that do not grow with the site', () => {
  it('gives a kind its own listing only past what is listed inline', () => {
    expect(hasListing(4)).toBe(false);
    expect(hasListing(LISTED_INLINE)).toBe(false);
    expect(hasListing(LISTED_INLINE + 1)).toBe(true);
  });
  it('cuts a listing into pages of a fixed size, the last one shorter', () => {
    const pages = pagesOf(
      Array.from({ length: 250 }, (_, i) => i),
      100,
    );
    expect(pages.map((p) => p.length)).toEqual([100, 100, 50]);
    expect(pages[2]![0]).toBe(200);
    expect(pagesOf([], 100)).toEqual([[]]);
  });
  it('puts page 1 at the listing’s own path and the others below it', () => {
    expect(listingPath('fr', 'case')).toBe('/fr/list/case/');
    expect(listingPath('zh-cn', 'case', 3)).toBe('/zh-cn/list/case/3/');
  });
});

describe('lists too long to show in full', () => {
  it('show the first items and say how many there are in all', () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    expect(listedInline(items, 12)).toEqual({ shown: items.slice(0, 12), total: 30 });
    expect(listedInline(items.slice(0, 12), 12)).toEqual({ shown: items.slice(0, 12) });
  });

  it('send the reader to a search of the rest, in the page language', () => {
    expect(searchPath('fr', 'places', { kind: ['case'], province: ['henan'] })).toBe(
      `${localePath('fr', 'places')}?kind=case&province=henan`,
    );
    expect(searchPath('zh-cn', 'timeline', { year: ['2015'] })).toBe(`${localePath('zh-cn', 'timeline')}?year=2015`);
    expect(searchPath('fr', 'glossary', {}, '府谷 县')).toBe(`${localePath('fr', 'glossary')}?q=%E5%BA%9C%E8%B0%B7+%E5%8E%BF`);
  });
});
