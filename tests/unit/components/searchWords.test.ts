import { describe, expect, it } from 'vitest';
import { alignsWithWords, fold, termRanges, words } from '../../../src/search/words.ts';
import { excerptParts, markWords } from '../../../src/components/search/ui/results.ts';

/** The text with each found range in brackets. */
function marked(text: string, terms: string[]): string {
  let out = '';
  let from = 0;
  for (const [s, e] of termRanges(text, terms)) {
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
    markWords(excerptParts(excerpt), terms)
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
