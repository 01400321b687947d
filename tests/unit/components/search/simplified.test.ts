import { describe, expect, it } from 'vitest';
import { gb2312Characters, mayHaveTraditional } from '../../../../src/search/forgiving/simplified.ts';
import { traditionalInGb2312 } from '../../../../src/search/tradTable.ts';

describe('traditional characters, told apart without a table', () => {
  it('decodes GB 2312’s Chinese characters: the simplified ones, not their traditional forms', () => {
    const set = gb2312Characters();
    expect(set.size).toBeGreaterThan(6700);
    for (const c of '定点扶贫结对帮扶龙头企业水利部府谷') expect(set.has(c), c).toBe(true);
    for (const c of '點貧結對幫龍頭業') expect(set.has(c), c).toBe(false);
  });

  it('flags a query with a character outside GB 2312, or one of the shared traditional ones', () => {
    const shared = traditionalInGb2312();
    expect(shared).toContain('後');
    expect(shared).toContain('於');
    expect(shared).not.toContain('后');
    expect(mayHaveTraditional('定點扶貧', shared)).toBe(true);
    expect(mayHaveTraditional('结对帮扶', shared)).toBe(false);
    expect(mayHaveTraditional('脱贫之後', shared)).toBe(true);
    expect(mayHaveTraditional('Fugu 3331', shared)).toBe(false);
  });
});
