/**
 * Limits on an entry's shape: on the raw text, before the parser (which
 * recurses), and on the parsed tree, without recursion.
 */
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import {
  containerDepth,
  MAX_BLOCKS,
  MAX_HEADINGS,
  MAX_NESTING,
  rawShapeProblems,
  treeLimitProblems,
} from '../../../src/markdown/entryLimits.ts';
import { walk, type MdastNode } from '../../../src/markdown/entryTree.ts';

const parse = (text: string) => unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(text) as unknown as MdastNode;
const nestedList = (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- niveau ${i + 1}`).join('\n');

describe('containerDepth (raw estimate)', () => {
  it('counts quote and list markers on a line, and list nesting by indentation', () => {
    expect(containerDepth('Un paragraphe.')).toEqual({ depth: 0, indent: 0 });
    expect(containerDepth('> > - 1. x')).toEqual({ depth: 4, indent: 0 });
    expect(containerDepth('    - x')).toEqual({ depth: 3, indent: 4 });
    expect(containerDepth('\t- x')).toEqual({ depth: 3, indent: 4 });
    // A rule is not three list items.
    expect(containerDepth('- - - - - - - - - - - - - - - - - - - -')).toEqual({ depth: 0, indent: 0 });
    expect(containerDepth('-1 degré, *pas* une liste')).toEqual({ depth: 0, indent: 0 });
  });
});

describe('rawShapeProblems', () => {
  it('accepts the shapes entries have: sections, lists two deep, a few emphases and tags', () => {
    expect(rawShapeProblems(`## T\n\n${nestedList(3)}\n\n> citation\n\nUn *mot* et <span lang="zh-CN">字</span>.`)).toEqual([]);
  });
  it('refuses a 10,000-deep blockquote before the parser sees it, once, naming the line', () => {
    expect(rawShapeProblems(`\n${'> '.repeat(10_000)}x\n`)).toEqual([
      {
        line: 2,
        column: 1,
        problem: `blockquotes and lists nested 10000 deep (at most ${MAX_NESTING})`,
        fix: 'flatten them: quote or list at most a few levels deep',
      },
    ]);
    const lines = Array.from({ length: 40 }, (_, i) => '>'.repeat(i + 1)).join('\n');
    expect(rawShapeProblems(lines)).toMatchObject([{ line: 17, problem: expect.stringContaining('(and 23 more lines)') as unknown }]);
  });
  it('refuses deep indentation, nested emphasis runs and tag nesting the parser would crawl or overflow on', () => {
    expect(rawShapeProblems(`Texte\n${' '.repeat(40)}suite`)).toMatchObject([
      {
        line: 2,
        problem: expect.stringMatching(/^this line is indented 40 columns/) as unknown,
        fix: 'remove the indentation, or flatten the lists',
      },
    ]);
    expect(rawShapeProblems(`\n${'*a '.repeat(60)}x${' a*'.repeat(60)}`)).toMatchObject([
      { line: 2, column: 1, problem: expect.stringMatching(/^this paragraph has 120 emphasis marks/) as unknown },
    ]);
    expect(rawShapeProblems(`Un ${'<span>'.repeat(3000)}x${'</span>'.repeat(3000)}`)).toMatchObject([
      { line: 1, column: 100, problem: 'tags nested 3000 deep (at most 8)' },
    ]);
  });
});

describe('treeLimitProblems', () => {
  it('accepts a normal entry', () => {
    expect(treeLimitProblems(parse(`## A\n\nTexte.\n\n${nestedList(MAX_NESTING)}\n\n## B\n\n| a |\n| - |\n| 1 |`))).toEqual([]);
  });
  it('refuses list nesting past the limit, once, at the first item too deep', () => {
    expect(treeLimitProblems(parse(nestedList(12)))).toEqual([
      {
        line: 9,
        column: 17,
        problem: 'blockquotes and lists nested 9 deep (at most 8)',
        fix: 'flatten them: quote or list at most a few levels deep',
      },
    ]);
  });
  it('refuses inline nesting past the limit', () => {
    expect(treeLimitProblems(parse(`${'<span>'.repeat(9)}x${'</span>'.repeat(9)}`))).toMatchObject([
      { line: 1, column: 49, problem: 'emphasis, links and tags nested 9 deep (at most 8)' },
    ]);
  });
  it('refuses the heading and the block past their limits, once each (10,000 headings made a 2.2 MB page)', () => {
    const problems = treeLimitProblems(parse('## T\n\n'.repeat(MAX_BLOCKS + 10)));
    expect(problems).toEqual([
      {
        line: 2 * MAX_HEADINGS + 1,
        column: 1,
        problem: `heading number ${MAX_HEADINGS + 1} (at most ${MAX_HEADINGS} per entry: each is also a link in the page’s contents)`,
        fix: 'merge sections, or split the entry in two',
      },
      {
        line: 2 * MAX_BLOCKS + 1,
        column: 1,
        problem: `block number ${MAX_BLOCKS + 1} (paragraphs, headings, list items, table rows; at most ${MAX_BLOCKS} per entry)`,
        fix: 'split the entry in two',
      },
    ]);
  });
});

describe('walk', () => {
  it('visits a tree nested 100,000 deep without recursion, in document order, with ancestors', () => {
    let deep: MdastNode = { type: 'text' };
    for (let i = 0; i < 100_000; i++) deep = { type: 'blockquote', children: [deep] };
    let count = 0;
    walk(deep, () => void count++);
    expect(count).toBe(100_001);
    const seen: string[] = [];
    walk(
      parse('# A\n\n- b\n- c'),
      (n, ancestors) => void (n.type === 'text' && seen.push(`${String(n.value)}<${ancestors.map((a) => a.type).join('>')}`)),
    );
    expect(seen).toEqual(['A<root>heading', 'b<root>list>listItem>paragraph', 'c<root>list>listItem>paragraph']);
  });
});
