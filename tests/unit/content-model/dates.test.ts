import { describe, expect, it } from 'vitest';
import { entrySchema, isRealDate } from '../../../src/content-model/schema.ts';
import { frontMatterAsWritten } from '../../../src/content-loader/entriesLoader.ts';

describe('isRealDate', () => {
  it('accepts days that exist, and years alone', () => {
    for (const ok of ['2021-01-06', '2020-02-29', '2021-12-31', '2007']) expect(isRealDate(ok), ok).toBe(true);
  });
  it('refuses days that do not exist', () => {
    for (const bad of ['2021-02-30', '2021-02-29', '2021-04-31', '2021-13-01', '2021-00-10', '2021-01-00'])
      expect(isRealDate(bad), bad).toBe(false);
  });
});

describe('front matter dates', () => {
  const entry = (date: unknown, eventDate = '2007') => ({
    title: 'T',
    summary: 'S',
    kind: 'model',
    order: 1,
    actors: [],
    places: [],
    events: [{ date: eventDate, label: 'L' }],
    source: { title: 'T', site: 'example.org', date },
  });
  const messages = (data: unknown) => entrySchema.safeParse(data).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

  it('YAML dates stay text when the entries loader reads front matter', () => {
    expect(frontMatterAsWritten('---\nsource:\n  date: 2021-02-30\n---\n\nTexte')).toEqual({ source: { date: '2021-02-30' } });
    expect(frontMatterAsWritten('Pas de front matter')).toBeUndefined();
  });
  it('refuses an impossible source date and event date, naming the date', () => {
    expect(messages(entry('2021-02-30'))).toEqual(['source.date: 2021-02-30 is not a real date; write a day that exists, YYYY-MM-DD']);
    expect(messages(entry('2021-01-06', '2021-04-31'))).toEqual([
      'events.0.date: 2021-04-31 is not a real date; write a day that exists, YYYY-MM-DD',
    ]);
  });
  it('still reads a real date', () => {
    expect(entrySchema.parse(entry('2021-01-06')).source.date.toISOString()).toBe('2021-01-06T00:00:00.000Z');
    expect(messages(entry('le 6 janvier'))).toEqual(['source.date: must be a date written YYYY-MM-DD']);
  });
});
