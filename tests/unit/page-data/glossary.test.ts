import { describe, expect, it } from 'vitest';
import { parseTermbase, type Term } from '../../../src/content-model/termbase/termbase.ts';
import { glossary } from '../../../src/page-data/glossary.ts';

const term = (id: string, category: string, fr: string, zh: string, pinyin: string) => ({
  id,
  category,
  fr: { name: fr, aliases: [], definition: 'd' },
  zh: { name: zh, aliases: [], definition: 'd' },
  pinyin,
});
const terms = parseTermbase([
  term('zhashui', 'place', 'Zhashui', '柞水县', 'Zhàshuǐ Xiàn'),
  term('eau', 'institution', 'ministère des Ressources hydrauliques', '水利部', 'Shuǐlìbù'),
  term('henan', 'place', 'Henan', '河南省', 'Hénán Shěng'),
  term('ecole', 'place', 'École', '安康', 'Ānkāng'),
  term('fugu', 'place', 'Fugu', '府谷县', 'Fǔgǔ Xiàn'),
]);
const pinyin = (t: Term) => t.pinyin;
/** `termIds`: the body's mentions as rehypeTermLinks recorded them. */
const entry = (locale: 'fr' | 'zh-cn', slug: string, termIds: string[], title = 't') => ({
  locale,
  slug,
  data: { title, summary: 's' },
  termIds,
});
const entries = [entry('fr', 'cases/a', ['fugu', 'henan']), entry('fr', 'cases/b', ['fugu']), entry('zh-cn', 'cases/a', ['fugu'])];

describe('glossary', () => {
  it('groups terms by category in a fixed order, leaving out empty categories', () => {
    expect(glossary(terms, 'fr', entries, pinyin).map((g) => g.category)).toEqual(['institution', 'place']);
  });

  it('sorts French names with the French collation (accents do not come last)', () => {
    const places = glossary(terms, 'fr', entries, pinyin).find((g) => g.category === 'place')!;
    expect(places.items.map((i) => i.term.fr.name)).toEqual(['École', 'Fugu', 'Henan', 'Zhashui']);
  });

  it('sorts Chinese names by pinyin, not by code point', () => {
    const places = glossary(terms, 'zh-cn', entries, pinyin).find((g) => g.category === 'place')!;
    expect(places.items.map((i) => i.term.zh.name)).toEqual(['安康', '府谷县', '河南省', '柞水县']);
  });

  it('lists the entries of the same language that mention each term', () => {
    const fr = glossary(terms, 'fr', entries, pinyin).flatMap((g) => g.items);
    expect(fr.find((i) => i.term.id === 'fugu')!.entries.map((e) => e.slug)).toEqual(['cases/a', 'cases/b']);
    expect(fr.find((i) => i.term.id === 'henan')!.entries.map((e) => e.slug)).toEqual(['cases/a']);
    expect(fr.find((i) => i.term.id === 'zhashui')!.entries).toEqual([]);
    const zh = glossary(terms, 'zh-cn', entries, pinyin).flatMap((g) => g.items);
    expect(zh.find((i) => i.term.id === 'fugu')!.entries.map((e) => e.locale)).toEqual(['zh-cn']);
  });

  it('counts a term named in the title, which the MDX pipeline does not see', () => {
    const fr = glossary(terms, 'fr', [entry('fr', 'cases/c', [], 'Le district de Zhashui')], pinyin).flatMap((g) => g.items);
    expect(fr.find((i) => i.term.id === 'zhashui')!.entries.map((e) => e.slug)).toEqual(['cases/c']);
  });
});
