import { describe, expect, it } from 'vitest';
import { frenchSpacing } from '../../../src/markdown/frenchSpacing.ts';
import { formatDate, formatList, formatNumber } from '../../../src/site/format.ts';

const N = '\u202f';

describe('frenchSpacing', () => {
  it('puts a narrow no-break space before ; : ! ? and inside « »', () => {
    expect(frenchSpacing('Exemple : le modèle « 3331 » ; vraiment ? oui !')).toBe(
      `Exemple${N}: le modèle «${N}3331${N}» ; vraiment${N}? oui${N}!`.replace(' ;', `${N};`),
    );
  });
  it('adds the space when it is missing and is idempotent', () => {
    const once = frenchSpacing('Pourquoi? «jumelage»: voilà!');
    expect(once).toBe(`Pourquoi${N}? «${N}jumelage${N}»${N}: voilà${N}!`);
    expect(frenchSpacing(once)).toBe(once);
  });
  it('leaves times and URLs alone', () => {
    expect(frenchSpacing('à 10:30, voir https://example.org')).toBe('à 10:30, voir https://example.org');
  });
});

describe('Intl formatting', () => {
  it('writes numbers the way each language does', () => {
    expect(formatNumber(3000, 'fr')).toBe(`3${N}000`);
    expect(formatNumber(3000, 'zh-CN')).toBe('3,000');
  });
  it('writes dates and years the way each language does', () => {
    expect(formatDate('2012-11-08', 'fr')).toBe('8 novembre 2012');
    expect(formatDate('2012-11-08', 'zh-CN')).toBe('2012年11月8日');
    expect(formatDate('2007', 'zh-CN')).toBe('2007年');
    expect(formatDate('2007', 'fr')).toBe('2007');
  });
  it('joins lists in each language', () => {
    expect(formatList(['A', 'B', 'C'], 'fr')).toBe('A, B et C');
    expect(formatList(['甲', '乙', '丙'], 'zh-CN')).toBe('甲、乙和丙');
  });
});
