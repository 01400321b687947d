import { describe, expect, it } from 'vitest';
import { indexedText } from '../../../../src/search-index/indexedText.ts';
import { tradPairs } from '../../../../src/search/tradTable.ts';
import { vocabulary } from '../../../../src/search-index/vocabulary.ts';
import { parsePairs, toSimplified } from '../../../../src/search/forgiving/chinese.ts';

describe('tradPairs (OpenCC, only characters of the index)', () => {
  const pairs = tradPairs('结对帮扶龙头企业定点扶贫台前');
  it('maps the traditional forms of the indexed characters to them', () => {
    const table = parsePairs(pairs);
    expect(toSimplified('結對幫扶', table)).toBe('结对帮扶');
    expect(toSimplified('龍頭企業', table)).toBe('龙头企业');
    expect(toSimplified('定點扶貧', table)).toBe('定点扶贫');
  });
  it('emits nothing for characters the index does not hold', () => {
    const table = parsePairs(pairs);
    expect(table.get('國')).toBeUndefined();
    expect([...table.values()].every((s) => '结对帮扶龙头企业定点扶贫台前'.includes(s))).toBe(true);
    expect(Array.from(pairs).length % 2).toBe(0);
  });
});

describe('vocabulary', () => {
  it('lists Latin words of 3 letters or more, elisions split, most frequent first, in their most frequent written form', () => {
    expect(vocabulary(['Le district de Taiqian, l’eau du district.', 'Taiqian, TAIQIAN 台前 3331'])).toEqual([
      'Taiqian',
      'district',
      'eau',
    ]);
  });
  it('ranks equally frequent words the same whatever order the pages are read in (the build reads several at once)', () => {
    const pages = ['Fugu et Yulin.', 'Taiqian, Puyang.', 'Henan et Shaanxi, Fugu.'];
    expect(vocabulary([...pages].reverse())).toEqual(vocabulary(pages));
    expect(vocabulary(pages)).toEqual(['Fugu', 'Henan', 'Puyang', 'Shaanxi', 'Taiqian', 'Yulin']);
  });
});

describe('indexedText', () => {
  it('keeps the text Pagefind indexes: the body without ignored parts, scripts and styles', () => {
    const html =
      '<html><body><header>Menu</header><article data-pagefind-body><p data-pagefind-ignore>Étude de cas</p><h1>Fugu</h1>' +
      '<p>l’eau &amp; <em>l’école</em><br>fin</p><script>var x = 1</script><div hidden><p>¦ Fugu ⇄ 府谷</p></div></article><footer>Pied</footer></body></html>';
    expect(indexedText(html)).toBe('Fugu l’eau & l’école fin ¦ Fugu ⇄ 府谷');
  });
});
