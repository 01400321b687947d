import { describe, expect, it } from 'vitest';
import { LISTED_INLINE, hasListing, listingPath, pagesOf } from '../../../src/site/listing.ts';

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
