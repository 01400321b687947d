import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crossLanguageKeywords, parseTermbase, termName, termsInText } from '../../../src/content-model/termbase/termbase.ts';
import { formatPlace } from '../../../src/content-model/termbase/places.ts';

const terms = parseTermbase([
  {
    id: 'fugu',
    category: 'place',
    level: 'county',
    parent: 'shaanxi',
    fr: { name: 'Fugu', aliases: ['district de Fugu'], definition: 'd' },
    zh: { name: '府谷县', aliases: ['府谷'], definition: 'd' },
    pinyin: 'Fǔgǔ Xiàn',
  },
  {
    id: 'shaanxi',
    category: 'place',
    level: 'province',
    fr: { name: 'Shaanxi', aliases: [], definition: 'd' },
    zh: { name: '陕西省', aliases: ['陕西'], definition: 'd' },
    pinyin: 'Shǎnxī Shěng',
  },
  {
    id: 'mwr',
    category: 'institution',
    fr: { name: 'ministère des Ressources hydrauliques', aliases: [], definition: 'd' },
    zh: { name: '水利部', aliases: [], definition: 'd' },
    pinyin: 'Shuǐlì Bù',
  },
]);

describe('termbase', () => {
  it('rejects malformed data with the file and the problem', () => {
    expect(() => parseTermbase([{ id: 'x' }], 'content/termbase.json')).toThrow(/\ncontent\/termbase\.json: 0\.category: /);
    // With the file's text, each problem names its line.
    const text = '[\n  {\n    "id": "x",\n    "category": "concpt"\n  }\n]';
    expect(() => parseTermbase(JSON.parse(text), 'content/termbase.json', text)).toThrow(/\ncontent\/termbase\.json:4:17: 0\.category: /);
    expect(() => parseTermbase([{ ...[...terms.values()][0], parent: 'nowhere' }])).toThrow(/"fugu" has unknown parent "nowhere"/);
  });

  it('finds French terms as whole words, ignoring case and accents', () => {
    expect(termsInText(terms, 'Le MINISTERE des ressources hydrauliques aide Fugu.', 'fr')).toEqual(['fugu', 'mwr']);
    expect(termsInText(terms, 'Fuguang et Shaanxian', 'fr')).toEqual([]);
  });

  it('finds Chinese terms inside sentences', () => {
    expect(termsInText(terms, '水利部在陕西府谷开展帮扶', 'zh-CN')).toEqual(['fugu', 'shaanxi', 'mwr']);
  });

  it('gives the other language’s names of the terms a page mentions', () => {
    expect(crossLanguageKeywords(terms, ['fugu', 'mwr'], 'fr')).toEqual(['府谷县', '府谷', '水利部']);
    expect(crossLanguageKeywords(terms, ['fugu'], 'zh-CN')).toEqual(['Fugu', 'district de Fugu']);
  });

  it('names places in each language’s order', () => {
    expect(termName(terms, 'fugu', 'zh-CN')).toBe('府谷县');
    expect(formatPlace(terms, { province: 'shaanxi', county: 'fugu' }, 'fr')).toBe('Fugu, Shaanxi');
    expect(formatPlace(terms, { province: 'shaanxi', county: 'fugu' }, 'zh-CN')).toBe('陕西省府谷县');
  });

  it('the site’s termbase is valid and every term has forms in both scripts', () => {
    const real = parseTermbase(JSON.parse(readFileSync('content/termbase.json', 'utf8')));
    expect(real.size).toBeGreaterThan(30);
    for (const term of real.values()) {
      expect(term.zh.name, term.id).toMatch(/\p{Script=Han}/u);
      expect(term.pinyin, term.id).not.toMatch(/\p{Script=Han}/u);
    }
  });
});
