import { describe, expect, it } from 'vitest';
import { elidedWords, foldWord, normalizeText, pinyinForms, splitElisions } from '../../../../src/search/forgiving/text.ts';

describe('normalizeText', () => {
  it('folds full-width Latin and digits (NFKC)', () => {
    expect(normalizeText('Ｆｕｇｕ ３３３１')).toBe('Fugu 3331');
    expect(normalizeText('ＣＮＰＣ　台前')).toBe('CNPC 台前');
  });
  it('removes zero-width and invisible characters, in both languages', () => {
    expect(normalizeText('hydrau\u200Blique')).toBe('hydraulique');
    expect(normalizeText('\uFEFF府\u200D谷\u2060')).toBe('府谷');
    expect(normalizeText('jume\u00ADlage')).toBe('jumelage');
  });
  it('collapses spaces and keeps case and accents (Pagefind folds those)', () => {
    expect(normalizeText('  l’État   et  ')).toBe('l’État et');
  });
});

describe('splitElisions', () => {
  it("splits the particles, with ’ and '", () => {
    expect(splitElisions('l’eau')).toBe('eau');
    expect(splitElisions("l'irrigation")).toBe('irrigation');
    expect(splitElisions('d’État qu’elle n’est jusqu’à lorsqu’il puisqu’on s’est j’ai m’a t’a c’est')).toBe(
      'État elle est à il on est ai a a est',
    );
    expect(splitElisions('L’AIDE')).toBe('AIDE');
  });
  it('keeps words whose first part is not a particle', () => {
    expect(splitElisions('aujourd’hui')).toBe('aujourd’hui');
    expect(splitElisions('presqu’île')).toBe('presqu’île');
    expect(splitElisions('Ji’an')).toBe('Ji’an');
  });
});

describe('elidedWords', () => {
  it('lists the words glued to a particle, as written, each time', () => {
    expect(elidedWords('liés à l’eau, à l’irrigation et à l’eau ; d’État, aujourd’hui')).toEqual(['eau', 'irrigation', 'eau', 'État']);
  });
});

describe('pinyinForms', () => {
  it('gives toneless pinyin, spaced and joined', () => {
    expect(pinyinForms('dìngdiǎn fúpín')).toEqual(['dingdian fupin', 'dingdianfupin']);
    expect(pinyinForms('Shuǐlìbù')).toEqual(['shuilibu']);
    expect(pinyinForms('Jí’ān Shì')).toEqual(['jian shi', 'jianshi']);
    expect(pinyinForms('Lǘ')).toEqual(['lu']);
  });
});

it('foldWord drops case and accents', () => {
  expect(foldWord('État')).toBe('etat');
  expect(foldWord('Développement')).toBe('developpement');
});
