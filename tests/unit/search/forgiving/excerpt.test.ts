import { describe, expect, it } from 'vitest';
import { excerptShowsGroups, groupsOf, ownExcerpt, ownText, targetsFor } from '../../../../src/search/forgiving/excerpt.ts';

// Pagefind's content of a French page: its prose, then the hidden groups (SearchRecord.astro).
const content =
  'Fugu et la formule « 3331 ». L’initiative revient au district de Fugu (府谷县), qui relève de Yulin. Elle vise l’eau et l’école. ' +
  '¦ Fugu ⇄ 府谷县 府谷 fugu xian fuguxian ¦ Yulin ⇄ 榆林市 榆林 yulin shi ¦ ⇄ eau école';

describe('hidden groups', () => {
  it('separates the page’s own text from its groups', () => {
    expect(ownText(content)).toBe(
      'Fugu et la formule « 3331 ». L’initiative revient au district de Fugu (府谷县), qui relève de Yulin. Elle vise l’eau et l’école.',
    );
    expect(groupsOf(content)[0]).toEqual({ own: 'Fugu', forms: ['府谷县', '府谷', 'fugu', 'xian', 'fuguxian'] });
    expect(excerptShowsGroups('府谷县 · ¦ Fugu ⇄ <mark>府谷</mark>')).toBe(true);
    expect(excerptShowsGroups('district de <mark>Fugu</mark>')).toBe(false);
  });
  it('looks for the own form of a name matched in another script or in pinyin', () => {
    expect(targetsFor(content, ['fuguxian'])).toEqual(['Fugu']);
    expect(targetsFor(content, ['榆林'])).toEqual(['Yulin']);
    expect(targetsFor(content, ['府谷'])).toEqual(['府谷']);
  });
});

describe('ownExcerpt', () => {
  it('shows the page’s own sentence that carries the name, marked, never the groups', () => {
    const excerpt = ownExcerpt(content, ['府谷']);
    expect(excerpt).toBe('L’initiative revient au district de Fugu (<mark>府谷</mark>县), qui relève de Yulin.');
    expect(ownExcerpt(content, ['fuguxian'])).toContain('<mark>Fugu</mark>');
    expect(ownExcerpt(content, ['fuguxian'])).not.toMatch(/[¦⇄]|xian/);
  });
  it('finds an elided word after its particle, and not inside another word', () => {
    expect(ownExcerpt(content, ['eau'])).toBe('Elle vise l’<mark>eau</mark> et l’école.');
    expect(ownExcerpt('Le réseau et l’eau. ¦ ⇄ eau', ['eau'])).toBe('Le réseau et l’<mark>eau</mark>.');
  });
  it('escapes the page’s text', () => {
    expect(ownExcerpt('A <b> & "Fugu". ¦ Fugu ⇄ 府谷', ['府谷'])).toBe('A &lt;b&gt; &amp; &quot;<mark>Fugu</mark>&quot;.');
  });
  it('cuts a long sentence around the match at spaces', () => {
    const long = `${'mot '.repeat(60)}Fugu ${'fin '.repeat(60)}.`;
    const excerpt = ownExcerpt(long, ['Fugu']);
    expect(excerpt).toMatch(/^… mot .*<mark>Fugu<\/mark> fin .* …$/);
    expect(excerpt.length).toBeLessThan(200);
  });
});
