import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseTermbase } from '../../../src/content-model/termbase/termbase.ts';
import { pinyinProblems, readingOf, spellPinyin, termPinyin } from '../../../src/content-model/termbase/pinyin.ts';

describe('pinyin', () => {
  it('reads polyphones of the termbase by context', () => {
    expect(readingOf('重点县')).toEqual(['zhòng', 'diǎn', 'xiàn']); // not chóng
    expect(readingOf('柞水县')).toEqual(['zhà', 'shuǐ', 'xiàn']); // not zuò
    expect(readingOf('有关单位')).toEqual(['yǒu', 'guān', 'dān', 'wèi']); // not shàn
    expect(readingOf('台前县')).toEqual(['tái', 'qián', 'xiàn']);
  });

  it('writes the original tone of 一, without sandhi (GB/T 16159)', () => {
    expect(readingOf('新一轮')).toEqual(['xīn', 'yī', 'lún']);
  });

  it('reads 开发式 as kāifā shì', () => {
    expect(readingOf('开发式扶贫')).toEqual(['kāi', 'fā', 'shì', 'fú', 'pín']);
  });

  it('keeps digits and drops punctuation', () => {
    expect(readingOf('3331 扶贫方式')).toEqual(['3331', 'fú', 'pín', 'fāng', 'shì']);
    expect(readingOf('中央、国家')).toEqual(['zhōng', 'yāng', 'guó', 'jiā']);
  });

  it('spells the reading with the termbase’s word breaks, capitals and apostrophes', () => {
    expect(spellPinyin('府谷县', 'Fǔgǔ Xiàn')).toBe('Fǔgǔ Xiàn');
    expect(spellPinyin('重点县', 'zhòngdiǎn xiàn')).toBe('zhòngdiǎn xiàn');
    expect(spellPinyin('吉安市', "Jí'ān Shì")).toBe('Jí’ān Shì');
    expect(spellPinyin('中央、国家', 'Zhōngyāng, Guójiā')).toBe('Zhōngyāng, Guójiā');
  });

  it('refuses a layout whose syllables or tones are not the reading, naming the place', () => {
    expect(() => spellPinyin('重点县', 'Chóngdiǎn Xiàn')).toThrow(
      /does not match the reading of 重点县 \(zhòng diǎn xiàn\) at "Chóngdiǎn Xiàn"/,
    );
    expect(() => spellPinyin('柞水县', 'Zhàshuǐ Xiān')).toThrow(/at "Xiān"/);
    expect(() => spellPinyin('府谷县', 'Fǔgǔ Xiàn Shì')).toThrow(/more than the reading/);
  });

  it('reports a bad termbase entry with the file and the term id', () => {
    const terms = parseTermbase([
      {
        id: 'zhashui',
        category: 'place',
        fr: { name: 'Zhashui', aliases: [], definition: 'd' },
        zh: { name: '柞水县', aliases: [], definition: 'd' },
        pinyin: 'Zuòshuǐ Xiàn',
      },
    ]);
    expect(pinyinProblems(terms, 'x/termbase.json')).toEqual([
      expect.stringMatching(/^x\/termbase\.json: "zhashui": pinyin "Zuòshuǐ Xiàn"/),
    ]);
  });

  it('spells a term from its Chinese name and its pinyin field: capitalised for a place, lowercase for a concept', () => {
    const fixture = parseTermbase(JSON.parse(readFileSync('tests/fixtures/base/termbase.json', 'utf8')));
    expect(termPinyin(fixture.get('taiqian')!)).toBe('Táiqián Xiàn');
    expect(spellPinyin('重点县', 'zhòngdiǎn xiàn')).toBe('zhòngdiǎn xiàn');
  });

  it('every term of the site’s termbase agrees with the library; proper nouns are capitalised', () => {
    const real = parseTermbase(JSON.parse(readFileSync('content/termbase.json', 'utf8')));
    expect(pinyinProblems(real)).toEqual([]);
    for (const term of real.values())
      if (['place', 'institution', 'enterprise'].includes(term.category)) expect(termPinyin(term), term.id).toMatch(/^\p{Lu}/u);
  });
});
