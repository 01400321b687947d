import { describe, expect, it } from 'vitest';
import { provenanceProblems, type BasedEntry } from '../../../src/content-loader/provenanceChecks.ts';
import { parseSource, type Source, type Sources } from '../../../src/content-model/sources.ts';
import type { Basis, BlockBasis } from '../../../src/markdown/basis.ts';

const textSource = (id: string, fr: number, zh: number, unused = '') => {
  const passages = (count: number) =>
    Array.from({ length: count }, (_, i) => `    - n: ${i + 1}\n      gist: { fr: Fait ${i + 1}., zh-cn: 事实 ${i + 1}。 }`).join('\n');
  const { source, problems } = parseSource(
    `id: ${id}\nkind: text\ntitle: { fr: Titre, zh-cn: 标题 }\nsite: { fr: example.org }\ndate: "2021-01-06"\nversions:\n  fr:\n${passages(fr)}\n  zh-cn:\n${passages(zh)}\n${unused}`,
    `content/sources/${id}.yaml`,
  );
  expect(problems).toEqual([]);
  return source!;
};
const reference = (id: string): Source =>
  parseSource(
    `id: ${id}\nkind: reference\ntitle: { fr: Atlas, zh-cn: 地图集 }\npublisher: { fr: Éd., zh-cn: 社 }\nyear: 2020\n`,
    `content/sources/${id}.yaml`,
  ).source!;
const sourcesOf = (...list: Source[]): Sources => new Map(list.map((s) => [s.id, s]));

const src = (fr: number[], zh: number[], of?: string): Basis => ({ type: 'source', fr, zh, ...(of ? { of } : {}) });
const block = (id: string, basis: Basis, line = 10, words = 'Des mots'): BlockBasis => ({ id, kind: 'p', line, words, basis });
const entry = (locale: string, slug: string, bases: BlockBasis[], basisProblems: BasedEntry['basisProblems'] = []): BasedEntry => ({
  locale,
  slug,
  filePath: `content/${locale}/${slug}.mdx`,
  bases,
  basisProblems,
});
/** A pair citing every passage of a 2+2 source, so that only the problem under test shows. */
const covering = [
  entry('fr', 'models/all', [block('s1-1', src([1, 2], [1, 2]))]),
  entry('zh-cn', 'models/all', [block('s1-1', src([1, 2], [1, 2]))]),
];

describe('provenanceProblems', () => {
  const one = sourcesOf(textSource('article', 2, 2), reference('atlas'));

  it('passes a site where every block has a basis that exists and every passage is cited', () => {
    const pair = [
      entry('fr', 'cases/x', [block('s1-1', { type: 'reading' }), block('s1-2', { type: 'outside', ref: 'atlas' })]),
      entry('zh-cn', 'cases/x', [block('s1-1', { type: 'reading' }), block('s1-2', { type: 'outside', ref: 'atlas' })]),
    ];
    expect(provenanceProblems([...covering, ...pair], one)).toEqual([]);
  });

  it('reports the problems the markdown steps recorded, with the entry’s path', () => {
    const e = entry('fr', 'cases/x', [], [{ line: 7, problem: 'paragraph without a basis (« Un »); end its line with …' }]);
    expect(provenanceProblems([...covering, e], one)).toEqual([
      'content/fr/cases/x.mdx:7: paragraph without a basis (« Un »); end its line with …',
    ]);
  });

  it('refuses a passage number that does not exist, saying which exist', () => {
    const e = entry('fr', 'cases/x', [block('s1-1', src([3], [1]), 12)]);
    expect(provenanceProblems([...covering, e], one)).toEqual([
      'content/fr/cases/x.mdx:12: <Source fr="3" zh="1" />: the French version of article has no passage 3 (it has 1–2); fix fr="…" (the passages are listed in content/sources/article.yaml)',
    ]);
  });

  it('refuses an <Outside> whose ref is missing or not a reference', () => {
    const e = entry('fr', 'cases/x', [
      block('s1-1', { type: 'outside', ref: 'nowhere' }, 4),
      block('s1-2', { type: 'outside', ref: 'article' }, 6),
    ]);
    expect(provenanceProblems([...covering, e], one)).toEqual([
      'content/fr/cases/x.mdx:4: <Outside ref="nowhere">: no reference has this id (known: atlas); fix the id, or add content/sources/nowhere.yaml with kind: reference',
      'content/fr/cases/x.mdx:6: <Outside ref="article"> names a text source, not a reference; cite its passages with <Source of="article" … />',
    ]);
  });

  it('asks for of= when there are several text sources, and refuses an unknown one', () => {
    const two = sourcesOf(textSource('article', 1, 1), textSource('other', 1, 1));
    const pair = [
      entry('fr', 'cases/x', [
        block('s1-1', src([1], [1]), 5),
        block('s1-2', src([1], [1], 'other')),
        block('s1-3', src([1], [1], 'article')),
      ]),
      entry('fr', 'cases/y', [block('s1-1', src([1], [], 'atlas'), 8)]),
    ];
    expect(provenanceProblems(pair, sourcesOf(...two.values(), reference('atlas')))).toEqual([
      'content/fr/cases/x.mdx:5: several text sources (article, other): say which with of="<source-id>"',
      'content/fr/cases/y.mdx:8: of="atlas" is a reference, not a text source; cite a reference with <Outside ref="atlas" />',
    ]);
  });

  it('refuses twins whose aligned blocks have different bases, saying which language has which', () => {
    const pair = [
      entry('fr', 'cases/x', [block('s1-1', src([1], [1]), 9, 'Le projet y sert'), block('s1-2', { type: 'reading' }, 11)]),
      entry('zh-cn', 'cases/x', [block('s1-1', { type: 'reading' }, 9, '项目是切入点'), block('s1-2', { type: 'reading' }, 11)]),
    ];
    expect(provenanceProblems([...covering, ...pair], one)).toEqual([
      'content/zh-cn/cases/x.mdx:9: block s1-1 has <Source fr="1" zh="1" /> in French (content/fr/cases/x.mdx:9, « Le projet y sert ») but <Reading /> in Chinese (« 项目是切入点 »); twins say the same thing: give both the same basis',
    ]);
    // The same passages, the source named on one side only: the same basis.
    const same = [
      entry('fr', 'cases/z', [block('s1-1', src([1], [1], 'article'))]),
      entry('zh-cn', 'cases/z', [block('s1-1', src([1], [1]))]),
    ];
    expect(provenanceProblems([...covering, ...same], one)).toEqual([]);
  });

  it('refuses a passage cited nowhere and not listed as unused, naming it and its gist; and an unused passage that is cited', () => {
    const sources = sourcesOf(
      textSource(
        'article',
        3,
        2,
        'unused:\n  - version: fr\n    n: 3\n    reason: { fr: Une redite., zh-cn: 重复。 }\n  - version: zh-cn\n    n: 1\n    reason: { fr: x, zh-cn: x }\n',
      ),
    );
    const e = entry('fr', 'cases/x', [block('s1-1', src([1], [1]))]);
    expect(provenanceProblems([e], sources)).toEqual([
      'content/sources/article.yaml:10: § 2 of the French version (« Fait 2. ») is cited by no entry and not listed under unused; cite it with <Source fr="2" /> where an entry says it, or list it under unused with the reason',
      'content/sources/article.yaml:15: 第 1 段 of the Chinese version is listed under unused but cited by content/fr/cases/x.mdx; remove it from unused',
      'content/sources/article.yaml:17: 第 2 段 of the Chinese version (« 事实 2。 ») is cited by no entry and not listed under unused; cite it with <Source zh="2" /> where an entry says it, or list it under unused with the reason',
    ]);
  });

  it('asks for a source file when an entry cites one and there is none', () => {
    const e = entry('fr', 'cases/x', [block('s1-1', src([1], []), 3)]);
    expect(provenanceProblems([e], new Map())).toEqual([
      'content/fr/cases/x.mdx:3: no text source to cite: add content/sources/<id>.yaml (kind: text), see content/README.md',
    ]);
  });
});
