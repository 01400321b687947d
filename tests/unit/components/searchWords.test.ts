import { describe, expect, it } from 'vitest';
import { alignsWithWords, fold, termRanges, words } from '../../../src/search/words.ts';
import { excerptParts, markWords } from '../../../src/components/search/ui/results.ts';
import { hanDictionary } from '../../../src/search-index/labels.ts';
import { parseTermbase } from '../../../src/content-model/termbase/termbase.ts';

const term = (id: string, category: string, fr: string, zh: string, zhAliases: string[] = []) => ({
  id,
  category,
  fr: { name: fr, definition: 'x' },
  zh: { name: zh, aliases: zhAliases, definition: 'x' },
  pinyin: 'x',
});
/** A termbase's dictionary, as the pages carry it (the site's is made the same way from content/termbase.json). */
const dictionary = hanDictionary(
  parseTermbase([
    term('shaanxi', 'place', 'Shaanxi', '陕西省', ['陕西']),
    term('fugu', 'place', 'Fugu', '府谷县', ['府谷']),
    term('cnpc', 'enterprise', 'CNPC', '中国石油天然气集团公司', ['中国石油']),
    term('dingdian-fupin', 'concept', 'jumelage', '定点扶贫', ['定点帮扶']),
  ]),
);

/** The text with each found range in brackets. */
function marked(text: string, terms: string[]): string {
  let out = '';
  let from = 0;
  for (const [s, e] of termRanges(text, terms, dictionary)) {
    out += `${text.slice(from, s)}[${text.slice(s, e)}]`;
    from = e;
  }
  return out + text.slice(from);
}

describe('words in Han text', () => {
  it('marks the query’s word, never a substring across two words', () => {
    expect(marked('陕西省府谷县', ['府谷'])).toBe('陕西省[府谷]县');
    expect(marked('陕西省府谷县', ['省府'])).toBe('陕西省府谷县');
    expect(marked('陕西省府谷县', ['陕西省府谷县'])).toBe('[陕西省府谷县]');
    expect(marked('中国石油天然气集团', ['中国石油'])).toBe('[中国石油]天然气集团');
    expect(marked('中国石油天然气集团', ['国石'])).toBe('中国石油天然气集团');
    expect(marked('参与定点扶贫的单位', ['扶贫'])).toBe('参与定点[扶贫]的单位');
  });
  it('cuts Chinese by the site’s dictionary, the same in every browser, whatever Intl.Segmenter does', () => {
    // The cut is the dictionary's: a browser whose segmenter reads 陕西|省府|谷|县 gets the same words.
    expect(dictionary).toContain('陕西|省');
    expect(dictionary).toContain('府谷|县');
    const text = '陕西省府谷县';
    expect(words(text, dictionary).map(([s, e]) => text.slice(s, e))).toEqual(['陕西', '省', '府谷', '县']);
    expect(words(text, ['陕西|省', '府谷|县']).map(([s, e]) => text.slice(s, e))).toEqual(['陕西', '省', '府谷', '县']);
    // Without the dictionary each character is a word: every match is kept, none is cut wrongly.
    expect(words('府谷', []).map(([s, e]) => '府谷'.slice(s, e))).toEqual(['府', '谷']);
  });
  it('does not call Intl.Segmenter', () => {
    const original = Intl.Segmenter;
    (Intl as { Segmenter: unknown }).Segmenter = function () {
      throw new Error('Intl.Segmenter used');
    };
    try {
      expect(marked('陕西省府谷县，Fugu', ['府谷', 'Fugu'])).toBe('陕西省[府谷]县，[Fugu]');
    } finally {
      (Intl as { Segmenter: unknown }).Segmenter = original;
    }
  });
});

describe('words in Latin text', () => {
  it('marks whole words and words that start with the query, ignoring case and accents', () => {
    expect(marked('Les Ressources hydrauliques. Hydraulique !', ['hydraulique'])).toBe('Les Ressources [hydrauliques]. [Hydraulique] !');
    expect(marked('Le développement', ['DEVELOPPEMENT'])).toBe('Le [développement]');
    expect(marked('politique, pratique', ['ique'])).toBe('politique, pratique');
  });
  it('reads an elided article as its own word', () => {
    expect(marked("l’eau et l'Eau, beau", ['eau'])).toBe("l’[eau] et l'[Eau], beau");
    expect(words('l’eau')).toEqual([
      [0, 2],
      [2, 5],
    ]);
  });
  it('keeps the text’s indexes', () => {
    expect(fold('Ÿ🙂É')).toHaveLength('Ÿ🙂É'.length);
    expect(
      alignsWithWords(
        [
          [0, 2],
          [2, 4],
        ],
        1,
        2,
      ),
    ).toBe(false);
  });
});

describe('excerpt marks', () => {
  const render = (excerpt: string, terms: string[]) =>
    markWords(excerptParts(excerpt), terms, dictionary)
      .map((p) => (p.mark ? `[${p.text}]` : p.text))
      .join('');
  it('drops the index’s marks across word boundaries and marks the query’s words', () => {
    expect(render('<mark>府谷</mark>县的实例：陕西<mark>省府</mark>谷县提出', ['府谷'])).toBe('[府谷]县的实例：陕西省[府谷]县提出');
  });
  it('keeps the index’s marks on whole words, found in the other script or by stemming', () => {
    expect(render('陕西 · <mark>府谷县</mark> · <mark>府谷.</mark>', ['Fugu'])).toBe('陕西 · [府谷县] · [府谷].');
    expect(render('Ressources <mark>hydrauliques.</mark>', ['hydraulique'])).toBe('Ressources [hydrauliques].');
  });
});
