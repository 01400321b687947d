import { describe, expect, it } from 'vitest';
import { languageRuns, notesOf, sourcePassages } from '../../../src/page-data/provenance.ts';
import { notePosition } from '../../../src/components/entry/basisMarkers.ts';
import { parseSource, type Source } from '../../../src/content-model/sources.ts';
import type { Basis, BlockBasis } from '../../../src/markdown/basis.ts';

const article = parseSource(
  `id: article
kind: text
title: { fr: Un article, zh-cn: 一篇文章 }
site: { fr: example.org }
date: "2021-01-06"
versions:
  fr:
    - n: 1
      gist: { fr: Le même fait., zh-cn: 同一事实。 }
    - n: 2
      gist: { fr: Un autre fait., zh-cn: 另一事实。 }
  zh-cn:
    - n: 1
      gist: { fr: Le même fait., zh-cn: 同一事实。 }
unused:
  - version: fr
    n: 2
    reason: { fr: Une redite., zh-cn: 重复。 }
differences:
  - fr: Le chinois est plus bref.
    zh-cn: 中文更简短。
    passages: { fr: [1], zh-cn: [1] }
`,
  'content/sources/article.yaml',
).source!;
const atlas = parseSource(
  'id: atlas\nkind: reference\ntitle: { fr: Atlas, zh-cn: 地图集 }\npublisher: { fr: Éd., zh-cn: 社 }\nyear: 2020\n',
  'content/sources/atlas.yaml',
).source!;
const sources = new Map<string, Source>([
  ['article', article],
  ['atlas', atlas],
]);
const block = (id: string, basis: Basis): BlockBasis => ({ id, kind: 'p', line: 1, words: '', basis });

describe('notesOf', () => {
  it('makes one note per distinct basis, gists in the reader’s language, a French and Chinese passage with the same gist on one line', () => {
    const src: Basis = { type: 'source', fr: [1], zh: [1] };
    const notes = notesOf([[block('s1-1', src), block('s1-2', { type: 'reading' })], [block('s1-1', src)]], sources, 'zh-CN');
    expect(notes.map((n) => n.id)).toEqual(['basis-source-fr1-zh1', 'basis-reading']);
    const note = notes[0]!;
    expect(note.type === 'source' && note.gists).toEqual([
      {
        label: [
          { text: '§\u00a01', lang: 'fr' },
          { text: '第 1 段', lang: 'zh-CN' },
        ],
        text: '同一事实。',
      },
    ]);
    expect(note.type === 'source' && note.passages).toEqual({ fr: '§\u00a01', zh: '第 1 段' });
    const outside = notesOf([[block('s1-1', { type: 'outside', ref: 'atlas' })]], sources, 'fr');
    expect(outside).toEqual([{ id: 'basis-outside-atlas', type: 'outside', reference: atlas }]);
  });
});

describe('sourcePassages', () => {
  it('lists each passage with the pages that cite it, or why none does, and the differences', () => {
    const entries = [
      { locale: 'fr' as const, slug: 'cases/x', data: { title: 'Cas X' }, bases: [block('s2-3.1', { type: 'source', fr: [1], zh: [] })] },
      { locale: 'fr' as const, slug: 'cases/y', data: { title: 'Cas Y' }, bases: [block('s1-1', { type: 'reading' })] },
    ];
    const [view] = sourcePassages(sources, entries, 'fr');
    expect(view!.versions[0]!.passages).toEqual([
      {
        n: 1,
        label: { text: '§\u00a01', lang: 'fr' },
        gist: 'Le même fait.',
        citedBy: [{ slug: 'cases/x', title: 'Cas X', block: 's2-3' }],
      },
      { n: 2, label: { text: '§\u00a02', lang: 'fr' }, gist: 'Un autre fait.', citedBy: [], unused: 'Une redite.' },
    ]);
    expect(view!.versions[1]!.passages[0]!.citedBy).toEqual([]);
    expect(view!.differences).toEqual([
      {
        text: 'Le chinois est plus bref.',
        passages: [
          { text: '§\u00a01', lang: 'fr' },
          { text: '第 1 段', lang: 'zh-CN' },
        ],
      },
    ]);
  });
});

describe('notePosition', () => {
  const phone = { width: 390, height: 844 };
  it('puts the note below its marker, moved left to stay inside', () => {
    expect(notePosition({ left: 300, top: 100, right: 360, bottom: 124 }, { width: 352, height: 300 }, phone)).toEqual({
      left: 30,
      top: 130,
    });
    expect(notePosition({ left: 20, top: 100, right: 80, bottom: 124 }, { width: 352, height: 300 }, phone)).toEqual({
      left: 20,
      top: 130,
    });
  });
  it('puts it above when there is no room below, and inside when there is room on neither side', () => {
    expect(notePosition({ left: 20, top: 700, right: 80, bottom: 724 }, { width: 352, height: 300 }, phone)).toEqual({
      left: 20,
      top: 394,
    });
    const tall = notePosition({ left: 20, top: 300, right: 80, bottom: 324 }, { width: 352, height: 800 }, phone);
    expect(tall.top).toBeGreaterThanOrEqual(8);
  });
});

describe('languageRuns', () => {
  it('tags Han text inside French, with its punctuation, and leaves Chinese whole', () => {
    expect(languageRuns('Le terme 三到位 et le titre 《定点扶贫》 seulement.', 'fr')).toEqual([
      { text: 'Le terme ' },
      { text: '三到位', lang: 'zh-CN' },
      { text: ' et le titre ' },
      { text: '《定点扶贫》', lang: 'zh-CN' },
      { text: ' seulement.' },
    ]);
    expect(languageRuns('par « etc. » (等) ;', 'fr')).toEqual([{ text: 'par « etc. » (' }, { text: '等', lang: 'zh-CN' }, { text: ') ;' }]);
    expect(languageRuns('Sans chinois.', 'fr')).toEqual([{ text: 'Sans chinois.' }]);
    expect(languageRuns('中国石油（CNPC）2007 年。', 'zh-CN')).toEqual([{ text: '中国石油（CNPC）2007 年。' }]);
  });
});
