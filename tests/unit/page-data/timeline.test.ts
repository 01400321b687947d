import { describe, expect, it } from 'vitest';
import { collectTimeline, isoDay, timelineYears } from '../../../src/page-data/timeline.ts';

const source = { date: new Date('2021-01-06T00:00:00Z') };

describe('collectTimeline', () => {
  const items = collectTimeline([
    { slug: 'overview/definition', title: 'Def', events: [{ date: '2012-11-08', label: 'Circular' }], source },
    { slug: 'cases/cnpc', title: 'CNPC', events: [{ date: '2007', label: 'Pairing' }], source },
    {
      slug: 'cases/other',
      title: 'Other',
      events: [
        { date: '2012-11-08', label: 'Circular' },
        { date: '2012', label: 'Year only' },
      ],
      source,
    },
  ]);

  it('sorts by date, a bare year before the days of that year', () => {
    expect(items.map((i) => i.date)).toEqual(['2007', '2012', '2012-11-08', '2021-01-06']);
  });
  it('merges an event named alike in several entries into one item', () => {
    expect(items[2]).toEqual({
      date: '2012-11-08',
      kind: 'event',
      label: 'Circular',
      entries: [
        { slug: 'overview/definition', title: 'Def' },
        { slug: 'cases/other', title: 'Other' },
      ],
    });
  });
  it('gives the shared source date one item listing every entry', () => {
    expect(items.at(-1)!.kind).toBe('source');
    expect(items.at(-1)!.entries.map((e) => e.slug)).toEqual(['overview/definition', 'cases/cnpc', 'cases/other']);
  });
  it('keeps events with the same date but different labels apart, event before source on the same day', () => {
    const same = collectTimeline([
      {
        slug: 'a',
        title: 'A',
        events: [
          { date: '2021-01-06', label: 'X' },
          { date: '2021-01-06', label: 'Y' },
        ],
        source,
      },
    ]);
    expect(same.map((i) => `${i.kind}:${i.label}`)).toEqual(['event:X', 'event:Y', 'source:']);
  });
});

describe('isoDay', () => {
  it('reads the UTC day', () => expect(isoDay(new Date('2021-01-06T23:30:00Z'))).toBe('2021-01-06'));
});

describe('timelineYears', () => {
  const item = (date: string, label: string) => ({ date, kind: 'event' as const, label, entries: [] });
  it('groups the items by year and keeps the first of each, with the year’s total', () => {
    const items = [item('2012', 'a'), item('2012-03-01', 'b'), item('2012-05-01', 'c'), item('2013', 'd')];
    expect(timelineYears(items, 2)).toEqual([
      { year: '2012', items: [items[0], items[1]], total: 3 },
      { year: '2013', items: [items[3]], total: 1 },
    ]);
  });
});
