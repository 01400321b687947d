/**
 * The rules on literal MDX trees, shaped as @mdx-js/mdx parses them (the
 * fixture build in tests/build/contentSafety.test.ts runs them on real MDX).
 */
import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup, remarkSafeContent, type MdastNode } from '../../../src/markdown/remarkSafeContent.ts';

const at = (line: number) => ({ position: { start: { line } } });
const root = (...children: MdastNode[]): MdastNode => ({ type: 'root', children });
const jsx = (name: string, line: number, attributes: Record<string, unknown> = {}, type = 'mdxJsxFlowElement'): MdastNode => ({
  type,
  name,
  attributes: Object.entries(attributes).map(([n, value]) => ({ type: 'mdxJsxAttribute', name: n, value })),
  children: [],
  ...at(line),
});
const problems = (tree: MdastNode) => findUnsafeMarkup(tree).map((f) => `${f.line}: ${f.problem.split(':')[0]}`);

describe('findUnsafeMarkup', () => {
  it('accepts what entries use: text, links, lang spans, local images, inline code', () => {
    const tree = root({
      type: 'paragraph',
      children: [
        { type: 'text' },
        { type: 'link', url: '/models/alpha/', children: [] },
        jsx('span', 3, { lang: 'zh-CN' }, 'mdxJsxTextElement'),
        { type: 'image', url: '/images/map.png', ...at(3) },
        { type: 'inlineCode' },
      ],
    });
    expect(findUnsafeMarkup(tree)).toEqual([]);
  });
  it('refuses <script>, <style> and style attributes, with their lines', () => {
    const tree = root(jsx('script', 2), jsx('style', 4), {
      type: 'paragraph',
      children: [jsx('span', 6, { style: 'color: red' }, 'mdxJsxTextElement')],
    });
    expect(problems(tree)).toEqual(['2: raw <script>', '4: raw <style>', '6: style attribute on <span>']);
  });
  it('refuses images from another origin, in Markdown or as <img>, and in src or srcset', () => {
    const tree = root(
      { type: 'paragraph', children: [{ type: 'image', url: 'https://example.org/a.png', ...at(2) }] },
      jsx('img', 4, { src: 'http://example.org/b.png' }),
      jsx('img', 5, { src: '/local.png', srcset: '//cdn.example.org/c.png 2x' }),
      jsx('img', 6, { src: { type: 'mdxJsxAttributeValueExpression', value: '"https://example.org/d.png"' } }),
      { type: 'paragraph', children: [{ type: 'imageReference', identifier: 'map', ...at(7) }] },
      { type: 'definition', identifier: 'map', url: 'https://example.org/e.png', ...at(9) },
    );
    expect(problems(tree)).toEqual([
      '2: image https',
      '4: <img src="http',
      '5: <img srcset="//cdn.example.org/c.png 2x"> loads from another site (nothing may leave the site’s origin); put the file in public/ and use its /path',
      '6: <img src="https',
      '7: image https',
    ]);
  });
  it('refuses a code block', () => {
    expect(problems(root({ type: 'code', ...at(3) }))).toEqual(['3: a code block']);
  });
});

describe('remarkSafeContent', () => {
  const run = (path: string, tree: MdastNode) => () => remarkSafeContent({ contentDir: '/site/content' })(tree, { path });
  it('fails an entry with every problem, as file:line', () => {
    expect(run('/site/content/fr/models/alpha.mdx', root(jsx('script', 12), { type: 'code', ...at(20) }))).toThrow(
      /content\/fr\/models\/alpha\.mdx:12: raw <script>.*\n.*content\/fr\/models\/alpha\.mdx:20: a code block/,
    );
  });
  it('leaves files outside the content folder alone', () => {
    expect(run('/site/src/pages/about.mdx', root(jsx('script', 1)))).not.toThrow();
  });
});
