import { describe, expect, it } from 'vitest';
import { frenchSpacing } from '../../../src/i18n/frenchSpacing.ts';
import { actorLabel, formatDate, formatList, formatNumber, listParts } from '../../../src/page-data/format.ts';

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
    // Chinese as the texts write it: no thousands separator.
    expect(formatNumber(3000, 'zh-CN')).toBe('3000');
    expect(formatNumber(12500, 'zh-CN')).toBe('12500');
  });
  it('writes dates and years the way each language does', () => {
    expect(formatDate('2012-11-08', 'fr')).toBe('8 novembre 2012');
    // Chinese dates spaced around the digits, as in the texts.
    expect(formatDate('2012-11-08', 'zh-CN')).toBe('2012 年 11 月 8 日');
    expect(formatDate(new Date('2021-01-06T00:00:00Z'), 'zh-CN')).toBe('2021 年 1 月 6 日');
    expect(formatDate('2007', 'zh-CN')).toBe('2007 年');
    expect(formatDate('2007', 'fr')).toBe('2007');
  });
  it('joins lists in each language', () => {
    expect(formatList(['A', 'B', 'C'], 'fr')).toBe('A, B et C');
    expect(formatList(['甲', '乙', '丙'], 'zh-CN')).toBe('甲、乙和丙');
  });
  it('splits a list into items and the punctuation between them', () => {
    expect(listParts(3, 'fr')).toEqual([{ item: 0 }, { literal: ', ' }, { item: 1 }, { literal: ' et ' }, { item: 2 }]);
    expect(listParts(2, 'zh-CN')).toEqual([{ item: 0 }, { literal: '和' }, { item: 1 }]);
    expect(listParts(1, 'fr')).toEqual([{ item: 0 }]);
  });
});

describe('actorLabel', () => {
  const format = ({ name, type }: { name: string; type: string }) => `${name} (${type})`;
  it('adds the kind of actor, unless the name already says it', () => {
    expect(actorLabel('Fugu', 'gouvernement local', format)).toBe('Fugu (gouvernement local)');
    expect(actorLabel('ministère des Ressources hydrauliques', 'ministère', format)).toBe('ministère des Ressources hydrauliques');
    expect(actorLabel('Ministère de la Santé', 'ministère', format)).toBe('Ministère de la Santé');
  });
});
