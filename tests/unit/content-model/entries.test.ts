import { describe, expect, it } from 'vitest';
import { entrySchema, type EntryData } from '../../../src/content-model/schema.ts';
import {
  casesOfModel,
  inReadingOrder,
  linkedSlug,
  neighbours,
  parseEntryId,
  validateEntries,
  type EntryRecord,
} from '../../../src/content-model/entries.ts';

const source = { title: 'Source', site: 'example.org', date: new Date('2021-01-06') };
const data = (over: Partial<EntryData>): EntryData => ({
  title: 'T',
  summary: 'S',
  kind: 'model',
  order: 1,
  actors: [],
  places: [],
  events: [],
  figures: [],
  source,
  ...over,
});
const pair = (slug: string, over: Partial<EntryData>, zhOver: Partial<EntryData> = {}): EntryRecord[] => [
  { id: `fr/${slug}`, filePath: `content/fr/${slug}.mdx`, data: data(over) },
  { id: `zh-cn/${slug}`, filePath: `content/zh-cn/${slug}.mdx`, data: data({ ...over, ...zhOver }) },
];
const terms = new Set(['henan', 'taiqian', 'cnpc']);
const site = [
  ...pair('models/alpha', { kind: 'model', order: 1 }),
  ...pair('cases/beta', {
    kind: 'case',
    order: 2,
    model: 'alpha',
    actors: [{ term: 'cnpc', type: 'enterprise-group' }],
    places: [{ province: 'henan', county: 'taiqian' }],
  }),
];

describe('validateEntries', () => {
  it('accepts complete, consistent pairs', () => {
    expect(validateEntries(site, terms)).toEqual([]);
  });

  it('names the file whose twin is missing and the file to create', () => {
    const problems = validateEntries(
      site.filter((e) => e.id !== 'zh-cn/cases/beta'),
      terms,
    );
    expect(problems).toEqual([
      'content/fr/cases/beta.mdx: no zh-cn translation; create content/zh-cn/cases/beta.mdx (twins share the same path; `npm run new` writes both)',
    ]);
  });

  it('reports twins whose language-neutral fields differ', () => {
    const problems = validateEntries([...pair('models/alpha', { order: 1 }, { order: 5 })], terms);
    expect(problems).toEqual([
      'content/zh-cn/models/alpha.mdx: "order" differs from its twin content/fr/models/alpha.mdx (1 there, 5 here); language-neutral fields (kind, order, model, actors, places, event dates, figure values, source) must be identical in both twins',
    ]);
  });

  it('reports a case naming an unknown model', () => {
    const problems = validateEntries([...site.slice(0, 2), ...pair('cases/beta', { kind: 'case', order: 2, model: 'gamma' })], terms);
    expect(problems).toContain(
      'content/fr/cases/beta.mdx: unknown model "gamma"; known models: alpha (a model is the file name of an entry in models/)',
    );
    const near = validateEntries([...site.slice(0, 2), ...pair('cases/beta', { kind: 'case', order: 2, model: 'alpah' })], terms);
    expect(near).toContain(
      'content/fr/cases/beta.mdx: unknown model "alpah"; did you mean "alpha"? (a model is the file name of an entry in models/)',
    );
  });

  it('reports a term missing from the termbase', () => {
    const problems = validateEntries(
      [...site.slice(0, 2), ...pair('cases/beta', { kind: 'case', order: 2, model: 'alpha', places: [{ province: 'atlantis' }] })],
      terms,
    );
    expect(problems).toContain(
      'content/fr/cases/beta.mdx: "atlantis" is not in the termbase (content/termbase.json); termbase ids: cnpc, henan, taiqian (or add the term to content/termbase.json)',
    );
    const near = validateEntries(
      [...site.slice(0, 2), ...pair('cases/beta', { kind: 'case', order: 2, model: 'alpha', places: [{ province: 'henna' }] })],
      terms,
    );
    expect(near).toContain(
      'content/fr/cases/beta.mdx: "henna" is not in the termbase (content/termbase.json); did you mean "henan"? (or add the term to content/termbase.json)',
    );
  });

  it('reports two entries of one kind and language with the same order, and the next free one', () => {
    // A model and a case may share an order: order counts within a kind.
    expect(validateEntries([...site.slice(0, 2), ...pair('cases/beta', { kind: 'case', order: 1, model: 'alpha' })], terms)).toEqual([]);
    const problems = validateEntries(
      [
        ...site,
        ...pair('cases/gamma', { kind: 'case', order: 2, model: 'alpha' }),
        ...pair('cases/delta', { kind: 'case', order: 7, model: 'alpha' }),
      ],
      terms,
    );
    expect(problems).toContain(
      'content/fr/cases/gamma.mdx: order 2 is already used by content/fr/cases/beta.mdx (another case in fr); use 8, the next free order among the case entries, in both twins',
    );
  });

  it('reports a file outside a language folder', () => {
    expect(() => parseEntryId('cases/beta', 'content/cases/beta.mdx')).toThrow(
      /content\/cases\/beta\.mdx: entries live in content\/<fr\|zh-cn>/,
    );
  });
});

describe('reading order', () => {
  const fr = inReadingOrder(site, 'fr');
  it('keeps one language, sorted by order', () => {
    expect(fr.map((e) => e.id)).toEqual(['fr/models/alpha', 'fr/cases/beta']);
  });
  it('follows the kinds (definition, models, cases, reference), then the order within a kind', () => {
    const mixed = [
      ...pair('reference/questions', { kind: 'reference', order: 1 }),
      ...pair('cases/fifth', { kind: 'case', order: 50, model: 'alpha' }),
      ...pair('cases/first', { kind: 'case', order: 3, model: 'alpha' }),
      ...pair('models/zeta', { kind: 'model', order: 8 }),
      ...pair('models/alpha', { kind: 'model', order: 2 }),
      ...pair('overview/definition', { kind: 'definition', order: 1 }),
    ];
    expect(inReadingOrder(mixed, 'zh-cn').map((e) => e.id)).toEqual([
      'zh-cn/overview/definition',
      'zh-cn/models/alpha',
      'zh-cn/models/zeta',
      'zh-cn/cases/first',
      'zh-cn/cases/fifth',
      'zh-cn/reference/questions',
    ]);
  });
  it('gives previous and next', () => {
    expect(neighbours(fr, 'fr/models/alpha')).toEqual({ prev: undefined, next: fr[1] });
    expect(neighbours(fr, 'fr/cases/beta')).toEqual({ prev: fr[0], next: undefined });
  });
  it('finds the cases of a model', () => {
    expect(casesOfModel(fr, 'models/alpha').map((e) => e.id)).toEqual(['fr/cases/beta']);
  });
});

describe('entrySchema', () => {
  const valid = {
    title: 'T',
    summary: 'S',
    kind: 'case',
    order: 3,
    model: 'alpha',
    actors: [],
    places: [],
    source: { title: 'S', site: 'x', date: '2021-01-06' },
  };
  it('accepts valid front matter and coerces the source date', () => {
    const parsed = entrySchema.parse(valid);
    expect(parsed.source.date).toBeInstanceOf(Date);
    expect(parsed.events).toEqual([]);
  });
  it('rejects a missing field, an unknown key, a bad date and a case without model', () => {
    const { title: _t, ...noTitle } = valid;
    expect(entrySchema.safeParse(noTitle).success).toBe(false);
    expect(entrySchema.safeParse({ ...valid, colour: 'red' }).success).toBe(false);
    expect(entrySchema.safeParse({ ...valid, events: [{ date: '8/11/2012', label: 'x' }] }).success).toBe(false);
    // JavaScript's Date would read these as 2001-01-06 and 2021-01-01.
    for (const date of ['le 6 janvier', 'janvier 2021', '2021-13-45'])
      expect(entrySchema.safeParse({ ...valid, source: { ...valid.source, date } }).success, date).toBe(false);
    expect(entrySchema.parse({ ...valid, source: { ...valid.source, date: new Date('2021-01-06') } }).source.date).toEqual(
      new Date('2021-01-06'),
    );
    const { model: _m, ...noModel } = valid;
    const result = entrySchema.safeParse(noModel);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('a case must name its model');
    expect(entrySchema.safeParse({ ...valid, kind: 'model' }).error?.issues[0]?.message).toBe('only a case names a model');
  });
});

describe('linkedSlug', () => {
  const slugs = new Set(['cases/beta', 'models/alpha']);
  it('finds the entry an authored link points to, with or without an anchor, by a set lookup', () => {
    expect(linkedSlug('/cases/beta/', slugs)).toBe('cases/beta');
    expect(linkedSlug('/models/alpha/#s2', slugs)).toBe('models/alpha');
  });
  it('is undefined for pages that are not entries and for links written otherwise', () => {
    expect(linkedSlug('/glossary/#fugu', slugs)).toBeUndefined();
    expect(linkedSlug('/cases/beta', slugs)).toBeUndefined();
    expect(linkedSlug('https://example.org/cases/beta/', slugs)).toBeUndefined();
  });
});

describe('a misspelt id in one twin', () => {
  it('is named in its own file only, not as a difference blamed on the correct twin', () => {
    const problems = validateEntries(
      [...site.slice(0, 2), ...pair('cases/beta', { kind: 'case', order: 2, model: 'alpah' }, { model: 'alpha' })],
      terms,
    );
    expect(problems).toEqual([
      'content/fr/cases/beta.mdx: unknown model "alpah"; did you mean "alpha"? (a model is the file name of an entry in models/)',
    ]);
  });
});
