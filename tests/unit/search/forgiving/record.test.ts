import { describe, expect, it } from 'vitest';
import { parseTermbase, searchForms, termForms } from '../../../../src/content-model/termbase/termbase.ts';
import { NAMED_WEIGHT, searchRecord } from '../../../../src/search-index/record.ts';
import type { EntryData } from '../../../../src/content-model/schema.ts';

const terms = parseTermbase([
  {
    id: 'fugu',
    category: 'place',
    level: 'county',
    fr: { name: 'Fugu', definition: 'd', search: ['Fou-kou', 'Fugu County'] },
    zh: { name: '府谷县', aliases: ['府谷'], definition: 'd' },
    pinyin: 'Fǔgǔ Xiàn',
  },
  {
    id: 'shaanxi',
    category: 'place',
    level: 'province',
    fr: { name: 'Shaanxi', definition: 'd' },
    zh: { name: '陕西省', definition: 'd' },
    pinyin: 'Shǎnxī Shěng',
  },
  {
    id: 'cnpc',
    category: 'enterprise',
    fr: { name: 'CNPC', definition: 'd', search: ['PetroChina'] },
    zh: { name: '中国石油天然气集团公司', aliases: ['中国石油'], definition: 'd', search: ['中石油'] },
    pinyin: 'Zhōngguó Shíyóu Tiānránqì Jítuán Gōngsī',
  },
  {
    id: 'mwr',
    category: 'institution',
    fr: { name: 'ministère des Ressources hydrauliques', definition: 'd', search: ['ministère de l’Eau'] },
    zh: { name: '水利部', definition: 'd' },
    pinyin: 'Shuǐlìbù',
  },
]);
const data = {
  title: 'Fugu et la formule « 3331 »',
  summary: 'Le district de Fugu aide l’eau.',
  kind: 'case',
  model: 'alpha',
  actors: [{ term: 'fugu', type: 'local-government' }],
  places: [{ province: 'shaanxi', county: 'fugu' }],
  events: [{ date: '2012-11-08', label: 'x' }],
} as unknown as EntryData;

describe('searchRecord', () => {
  const record = searchRecord(terms, {
    locale: 'fr',
    slug: 'cases/beta',
    data,
    body: 'Avec CNPC, au Shaanxi, le [ministère des Ressources hydrauliques](/cases/water/) parle de l’**irrigation** et de l’eau.',
  });
  it('keeps filter values and the twin path as data, never as words', () => {
    expect(record.filters).toEqual({
      language: ['fr'],
      kind: ['case'],
      model: ['alpha'],
      province: ['shaanxi'],
      actor: ['local-government'],
      year: ['2012'],
    });
    expect(record.twinPath).toBe('zh-cn/cases/beta/');
  });
  it('lists, for each term, its own form, the other language’s forms and search words, its own language’s search words, the pinyin', () => {
    expect(record.groups.find((g) => g.own === 'Fugu')).toEqual({
      own: 'Fugu',
      // "fugu" is left out: Pagefind finds "fuguxian" by its start.
      forms: ['府谷县', '府谷', 'Fou-kou', 'Fugu County', 'fugu xian', 'fuguxian'],
      lang: 'zh-CN',
      weight: NAMED_WEIGHT,
    });
    expect(record.groups.find((g) => g.own === 'ministère des Ressources hydrauliques')?.forms).toEqual(['水利部', 'shuilibu']);
  });
  it('indexes the pinyin of aliases, not of long names, which readers do not type; search words only where the page features the term', () => {
    // CNPC is only mentioned in the body: its names and the pinyin of its alias.
    expect(record.groups.find((g) => g.own === 'CNPC')?.forms).toEqual([
      '中国石油天然气集团公司',
      '中国石油',
      'zhongguo shiyou',
      'zhongguoshiyou',
    ]);
    // Named in the summary: its search words too, in both languages, and their pinyin.
    const featuring = searchRecord(terms, {
      locale: 'fr',
      slug: 'cases/cnpc',
      data: { ...data, summary: 'La CNPC.' },
      body: '',
    });
    expect(featuring.groups.find((g) => g.own === 'CNPC')?.forms).toEqual([
      '中国石油天然气集团公司',
      '中国石油',
      '中石油',
      'PetroChina',
      'zhongguo shiyou',
      'zhongguoshiyou',
      'zhongshiyou',
    ]);
  });
  it('never matches search words in the text (the glossary and tooltips use name and aliases only)', () => {
    expect(termForms(terms.get('cnpc')!, 'fr')).toEqual(['CNPC']);
    expect(searchForms(terms.get('cnpc')!, 'fr')).toEqual(['CNPC', 'PetroChina']);
    expect(searchRecord(terms, { locale: 'fr', slug: 'x', data, body: 'PetroChina' }).groups.map((g) => g.own)).not.toContain('PetroChina');
  });
  it('weights the terms named by the title or the facts above those only mentioned', () => {
    expect(record.groups.find((g) => g.own === 'Shaanxi')?.weight).toBe(NAMED_WEIGHT);
    expect(record.groups.find((g) => g.own === 'ministère des Ressources hydrauliques')?.weight).toBe(1);
  });
  it('lists every word a French elision glues to its particle, markdown removed', () => {
    expect(record.groups.find((g) => g.own === '')).toEqual({ own: '', forms: ['eau', 'irrigation', 'eau'], lang: 'fr', weight: 1 });
  });
});
