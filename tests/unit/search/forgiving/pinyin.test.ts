import { describe, expect, it } from 'vitest';
import { normalizePinyin, plainPinyin } from '../../../../src/search/forgiving/pinyin.ts';

describe('plainPinyin', () => {
  it('strips tone marks, also on capitals, and tone digits', () => {
    expect(plainPinyin('Shuǐlìbù')).toBe('shuilibu');
    expect(plainPinyin('FǓGǓ')).toBe('fugu');
    expect(plainPinyin('ding4dian3')).toBe('dingdian');
    expect(plainPinyin('lüe4')).toBe('lue');
  });
  it('leaves words that are not pinyin, or carry no sign of it', () => {
    expect(plainPinyin('ministère')).toBeUndefined();
    expect(plainPinyin('3331')).toBeUndefined();
    expect(plainPinyin('G20')).toBeUndefined();
    expect(plainPinyin('fugu')).toBeUndefined();
  });
});

describe('normalizePinyin', () => {
  it('brings typed pinyin to the index forms', () => {
    expect(normalizePinyin('ding4dian3 fu2pin2')).toBe('dingdian fupin');
    expect(normalizePinyin('ding4dian3fu2pin2')).toBe('dingdianfupin');
    expect(normalizePinyin('Dìngdiǎn Fúpín')).toBe('dingdian fupin');
  });
  it('joins a query made only of single syllables', () => {
    expect(normalizePinyin('ding dian fu pin')).toBe('dingdianfupin');
    expect(normalizePinyin('heng run shi hua')).toBe('hengrunshihua');
  });
  it('leaves French and mixed queries alone', () => {
    expect(normalizePinyin('le fugu')).toBe('le fugu');
    expect(normalizePinyin('dingdian fupin')).toBe('dingdian fupin');
    expect(normalizePinyin('ministère des Sciences')).toBe('ministère des Sciences');
  });
});
