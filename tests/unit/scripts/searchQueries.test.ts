/** The query set of npm run search:quality: its size, categories and the held-out part fixed by a hash. */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { isHeldOut, readQueries, scoreOutcomes } from '../../../scripts/search-quality/evaluate.ts';

const queries = readQueries();

describe('tests/search/queries.json', () => {
  it('holds at least 150 queries over the 13 reader categories, each typed from both kinds of page', () => {
    expect(queries.length).toBeGreaterThanOrEqual(150);
    const categories = new Set(queries.map((q) => q.category));
    for (const c of [
      'question-fr',
      'question-zh',
      'synonym',
      'organisation',
      'number-date',
      'english',
      'pinyin',
      'traditional',
      'typo-fr',
      'typo-zh',
      'prefix',
      'cross-language',
      'long-tail',
    ])
      expect(categories, c).toContain(c);
  });

  it('marks the held-out part exactly by the hash rule (about 40 %)', () => {
    const wrong = queries.filter((q) => Boolean(q.heldOut) !== isHeldOut(q)).map((q) => `${q.from}: ${q.query}`);
    expect(wrong).toEqual([]);
    const share = queries.filter((q) => q.heldOut).length / queries.length;
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.5);
  });

  it('has no query twice and names only pages that exist in content/', () => {
    const keys = queries.map((q) => `${q.from}\t${q.query}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const q of queries)
      for (const path of q.expect) {
        const [locale, ...rest] = path.replace(/\/$/, '').split('/');
        expect(existsSync(`content/${locale}/${rest.join('/')}.mdx`), `${q.query} → ${path}`).toBe(true);
      }
  });
});

describe('scoreOutcomes', () => {
  it('scores the tuned and held-out parts apart', () => {
    const r = scoreOutcomes([
      { category: 'a', from: 'fr', query: 'x', expect: ['p'], results: ['p'], rank: 1 },
      { category: 'a', from: 'fr', query: 'y', expect: ['p'], results: [], rank: 0, heldOut: true },
      { category: 'b', from: 'fr', query: 'z', expect: ['p'], results: ['q', 'p'], rank: 2, heldOut: true },
    ]);
    expect(r.tuned.queries.length).toBe(1);
    expect(r.tuned.hitAt5).toBe(1);
    expect(r.heldOut.hitAt5).toBe(0.5);
    expect(r.heldOut.mrr).toBe(0.25);
    expect(r.heldOut.zeroResults.length).toBe(1);
    expect(r.heldOut.byCategory.find((c) => c.category === 'a')!.zeroResults).toBe(1);
  });
});
