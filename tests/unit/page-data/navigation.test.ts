import { describe, expect, it } from 'vitest';
import { navGroups, sectionOf } from '../../../src/page-data/navigation.ts';
import type { EntryRecord } from '../../../src/content-model/entries.ts';
import type { EntryData } from '../../../src/content-model/schema.ts';

const entry = (id: string, kind: string, order: number, title = id): EntryRecord => ({
  id,
  filePath: `content/${id}.mdx`,
  data: { kind, order, title } as unknown as EntryData,
});

const entries = [
  entry('fr/cases/b', 'case', 6),
  entry('fr/models/a', 'model', 2, 'Modèle A'),
  entry('zh-cn/models/a', 'model', 2, '模式甲'),
  entry('fr/overview/definition', 'definition', 1),
  entry('fr/reference/questions', 'reference', 9),
  entry('fr/reference/sources', 'reference', 8),
  entry('fr/cases/a', 'case', 5),
];

describe('navGroups', () => {
  it('groups one language’s entries by kind, in reading order, kinds in the given order', () => {
    const groups = navGroups(entries, 'fr', 'cases/a', ['definition', 'model', 'case']);
    expect(groups.map((g) => g.kind)).toEqual(['definition', 'model', 'case', 'reference']);
    expect(groups[2]!.items.map((i) => i.slug)).toEqual(['cases/a', 'cases/b']);
    expect(groups[3]!.items.map((i) => i.slug)).toEqual(['reference/sources', 'reference/questions']);
    expect(groups[1]!.items).toEqual([{ slug: 'models/a', title: 'Modèle A', current: false }]);
  });
  it('marks the current entry only', () => {
    const current = navGroups(entries, 'fr', 'cases/a').flatMap((g) => g.items.filter((i) => i.current).map((i) => i.slug));
    expect(current).toEqual(['cases/a']);
    expect(
      navGroups(entries, 'fr', undefined)
        .flatMap((g) => g.items)
        .some((i) => i.current),
    ).toBe(false);
  });
  it('takes the titles of the page’s language', () => {
    expect(navGroups(entries, 'zh-cn', 'models/a')).toEqual([
      { kind: 'model', items: [{ slug: 'models/a', title: '模式甲', current: true }] },
    ]);
  });
});

describe('navGroups on a site of thousands of entries', () => {
  const many = Array.from({ length: 40 }, (_, i) => entry(`fr/cases/c${i}`, 'case', 10 + i));
  it('lists a group in full up to the limit: the real site is unchanged', () => {
    expect(navGroups(entries, 'fr', 'cases/a', [], 12)).toEqual(navGroups(entries, 'fr', 'cases/a'));
  });
  it('beyond the limit, lists the entries around the current one and says how many there are', () => {
    const [group] = navGroups(many, 'fr', 'cases/c20', [], 12);
    expect(group!.total).toBe(40);
    expect(group!.items.map((i) => i.slug)).toEqual(Array.from({ length: 12 }, (_, i) => `cases/c${14 + i}`));
    expect(group!.items.filter((i) => i.current).map((i) => i.slug)).toEqual(['cases/c20']);
  });
  it('keeps the window inside the group at either end, and starts at the top when no entry of the group is current', () => {
    expect(navGroups(many, 'fr', 'cases/c39', [], 12)[0]!.items.at(-1)!.slug).toBe('cases/c39');
    expect(navGroups(many, 'fr', 'cases/c1', [], 12)[0]!.items[0]!.slug).toBe('cases/c0');
    expect(
      navGroups(many, 'fr', 'glossary', [], 12)[0]!
        .items.map((i) => i.slug)
        .slice(0, 2),
    ).toEqual(['cases/c0', 'cases/c1']);
  });
});

describe('sectionOf', () => {
  it('is the content folder of an entry, whose page the breadcrumb links', () => {
    expect(sectionOf('cases/a-case')).toBe('cases');
    expect(sectionOf('overview/definition')).toBe('overview');
  });
});
