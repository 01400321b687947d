import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { compilePlainMdx, needsMdxRuntime } from '../../../src/markdown/compileMdx.ts';
import { basisKey, firstWords, markerRuns, parseBasisTag, type Basis } from '../../../src/markdown/basis.ts';
import { readBasisTags, type BasisData, type MdNode } from '../../../src/markdown/remarkBasis.ts';

/** Where the entries would be: only their labels (`content/fr/…`) come from it; the termbase is CONTENT_DIR's. */
const contentDir = resolve('/site/content');
const frFile = join(contentDir, 'fr/cases/test-entry.mdx');
const zhFile = join(contentDir, 'zh-cn/cases/test-entry.mdx');
const mdx = (body: string) => `---\ntitle: x\n---\n${body}`;
const tree = (body: string) => unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body) as unknown as MdNode;
const dataOf = (node: MdNode | undefined): BasisData => JSON.parse(node!.data!.hProperties!.dataBasis as string) as BasisData;
const attrs = (o: Record<string, string>) => Object.entries(o).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value }));

describe('parseBasisTag', () => {
  it('reads the three tags', () => {
    expect(parseBasisTag('Source', attrs({ fr: '5 4', zh: '3' }))).toEqual({
      basis: { type: 'source', fr: [4, 5], zh: [3] },
      problems: [],
    });
    expect(parseBasisTag('Source', attrs({ zh: '3', of: 'china-org-2021' })).basis).toEqual({
      type: 'source',
      of: 'china-org-2021',
      fr: [],
      zh: [3],
    });
    expect(parseBasisTag('Reading', [])).toEqual({ basis: { type: 'reading' }, problems: [] });
    expect(parseBasisTag('Outside', attrs({ ref: 'gazetteer' })).basis).toEqual({ type: 'outside', ref: 'gazetteer' });
  });

  it('says what is wrong with a malformed tag', () => {
    expect(parseBasisTag('Source', []).problems[0]).toMatch(/needs the passages it rests on/);
    expect(parseBasisTag('Source', attrs({ fr: '4,5' })).problems[0]).toMatch(/whole numbers from 1, separated by spaces/);
    expect(parseBasisTag('Source', attrs({ fr: '0' })).problems[0]).toMatch(/whole numbers from 1/);
    expect(parseBasisTag('Source', attrs({ fr: '1', de: '2' })).problems[0]).toMatch(/no attribute "de" \(it takes fr, zh, of\)/);
    expect(parseBasisTag('Outside', []).problems[0]).toMatch(/needs the id of a reference file/);
    expect(parseBasisTag('Reading', attrs({ fr: '1' })).problems[0]).toMatch(/it takes none/);
    expect(parseBasisTag('Source', [{ type: 'mdxJsxAttribute', name: 'fr', value: { type: 'x', value: '4' } }]).problems[0]).toMatch(
      /quoted value/,
    );
  });
});

describe('basisKey and marker text', () => {
  const source: Basis = { type: 'source', fr: [4], zh: [3] };
  it('keys a basis the same however it is written', () => {
    expect(basisKey(source)).toBe('source-fr4-zh3');
    expect(basisKey(source, 'china-org-2021')).toBe('source-china-org-2021-fr4-zh3');
    expect(basisKey({ type: 'source', of: 'a', fr: [], zh: [2, 3] })).toBe('source-a-zh2-3');
    expect(basisKey({ type: 'outside', ref: 'atlas' })).toBe('outside-atlas');
  });
  it('writes the page language first, each run in its language', () => {
    const labels = { reading: 'lecture du site', outside: 'autre source' };
    expect(markerRuns(source, 'fr', labels)).toEqual([
      { text: '§\u00a04', lang: 'fr' },
      { text: '第 3 段', lang: 'zh-CN' },
    ]);
    expect(markerRuns({ type: 'source', fr: [4, 5], zh: [3, 4] }, 'zh-CN', labels)).toEqual([
      { text: '第 3、4 段', lang: 'zh-CN' },
      { text: '§§\u00a04, 5', lang: 'fr' },
    ]);
    expect(markerRuns({ type: 'reading' }, 'fr', labels)).toEqual([{ text: 'lecture du site', lang: 'fr' }]);
  });
  it('quotes a block by its first words', () => {
    expect(firstWords('Le projet y sert de porte d’entrée : l’institution')).toBe('Le projet y sert de porte…');
    expect(firstWords('项目扶持模式是定点扶贫的第一种模式，帮扶单位')).toBe('项目扶持模式是定点扶贫的第一…');
  });
});

describe('readBasisTags', () => {
  it('marks paragraphs, list items and table body rows, and removes the tags', () => {
    const t = tree(
      [
        '## Titre',
        '',
        'Un paragraphe. <Source fr="1" zh="1" />',
        '',
        '- un élément ; <Reading />',
        '- un autre. <Outside ref="atlas" />',
        '',
        '| a | b |',
        '| - | - |',
        '| 1 | 2 <Source zh="2" /> |',
      ].join('\n'),
    );
    expect(readBasisTags(t)).toEqual([]);
    const json = JSON.stringify(t);
    expect(json).not.toContain('mdxJsxTextElement');
    const paragraph = t.children![1]!;
    expect(dataOf(paragraph)).toEqual({
      basis: { type: 'source', fr: [1], zh: [1] },
      line: 3,
      words: 'Un paragraphe.',
    });
    // The space before the tag went with it.
    expect(paragraph.children!.at(-1)!.value).toBe('Un paragraphe.');
    const items = t.children![2]!.children!;
    expect(items.map((i) => dataOf(i).basis)).toEqual([{ type: 'reading' }, { type: 'outside', ref: 'atlas' }]);
    const rows = t.children![3]!.children!;
    expect(rows[0]!.data).toBeUndefined(); // the column labels
    expect(dataOf(rows[1]).basis).toEqual({ type: 'source', fr: [], zh: [2] });
  });

  it('refuses a block without a basis, two bases, a misplaced or stray tag, each with its line', () => {
    const problems = readBasisTags(
      tree(
        [
          '## Titre <Reading />', // 1: in a heading
          '',
          'Sans étiquette.', // 3
          '',
          'Deux fois. <Reading /> <Source fr="1" />', // 5
          '',
          'Au milieu <Reading /> de la phrase.', // 7
          '',
          '<Reading />', // 9: alone
          '',
          '- élément sans étiquette', // 11
          '- bon <Source fr="x" />', // 12
          '',
          '| a <Reading /> | b |', // 14: column labels
          '| - | - |',
          '| 1 <Reading /> | 2 |', // 16: not in the last cell
        ].join('\n'),
      ),
    );
    const lines = problems.map((p) => `${p.line}: ${p.problem}`);
    expect(lines).toEqual([
      expect.stringMatching(/^1: <Reading> in a heading: remove it/),
      expect.stringMatching(/^3: paragraph without a basis \(« Sans étiquette. »\); end its line with <Source/),
      expect.stringMatching(/^5: paragraph with 2 basis tags \(<Reading>, <Source>, « Deux fois. »\); keep exactly one/),
      expect.stringMatching(
        /^7: <Reading> is not at the end of its paragraph \(« Au milieu de la phrase. »\); move it to the end of the line/,
      ),
      expect.stringMatching(/^9: <Reading> on a line of its own: put it at the end of the line/),
      expect.stringMatching(/^11: list item without a basis \(« élément sans étiquette »\)/),
      expect.stringMatching(/^12: <Source fr="x">: passage numbers are whole numbers/),
      expect.stringMatching(/^14: <Reading> in the table’s first row/),
      expect.stringMatching(/^16: <Reading> is not at the end of its table row/),
    ]);
  });
});

describe('compiled entries', () => {
  it('keep an entry with only basis tags plain', () => {
    const t = tree('Un fait. <Source fr="1" />\n\nUne lecture. <Reading />\n\nAilleurs. <Outside ref="x" />\n');
    expect(needsMdxRuntime(t as never)).toBeUndefined();
    expect(needsMdxRuntime(tree('Un <Figure /> ici. <Reading />') as never)).toBe('component <Figure>');
  });

  it('record each block under its aligned id and end it with a marker in the page language', async () => {
    const body =
      '## Un\n\nUn fait. <Source fr="4" zh="3" />\n\n- a ; <Reading />\n- b. <Outside ref="atlas" />\n\n| x | y |\n| - | - |\n| 1 | 2 <Source zh="2" /> |\n';
    const fr = (await compilePlainMdx(mdx(body), frFile, contentDir))!;
    expect(fr.recorded.bases).toEqual([
      { id: 's1-1', kind: 'p', line: 6, words: 'Un fait.', basis: { type: 'source', fr: [4], zh: [3] } },
      { id: 's1-2.1', kind: 'li', line: 8, words: 'a ;', basis: { type: 'reading' } },
      { id: 's1-2.2', kind: 'li', line: 9, words: 'b.', basis: { type: 'outside', ref: 'atlas' } },
      { id: 's1-3.1', kind: 'tr', line: 13, words: '1 | 2', basis: { type: 'source', fr: [], zh: [2] } },
    ]);
    expect(fr.recorded.basisProblems).toEqual([]);
    expect(fr.html).not.toContain('data-basis');
    expect(fr.html).toContain(
      '<p id="s1-1">Un fait.<button type="button" class="basis basis-source" popovertarget="basis-source-fr4-zh3" aria-expanded="false" data-pagefind-ignore><span class="visually-hidden">Provenance\u202f: </span>§\u00a04 · <span lang="zh-CN">第 3 段</span></button></p>',
    );
    expect(fr.html).toMatch(/<li>a\u202f;<button type="button" class="basis basis-reading" popovertarget="basis-reading"/);
    expect(fr.html).toContain('lecture du site</button></li>');
    expect(fr.html).toContain('<td>2<button type="button" class="basis basis-source" popovertarget="basis-source-zh2"');
    const zh = (await compilePlainMdx(mdx('## 一\n\n一个事实。<Source fr="4" zh="3" />\n'), zhFile, contentDir))!;
    expect(zh.html).toContain('<span class="visually-hidden">出处：</span>第 3 段 · <span lang="fr">§\u00a04</span></button>');
  });

  it('record missing tags as problems instead of failing the entry', async () => {
    const compiled = (await compilePlainMdx(mdx('## Un\n\nSans source.\n'), frFile, contentDir))!;
    expect(compiled.recorded.basisProblems?.map((p) => `${p.line}: ${p.problem}`)).toEqual([
      expect.stringMatching(/^6: paragraph without a basis/),
    ]);
    expect(compiled.recorded.bases).toEqual([]);
  });
});
