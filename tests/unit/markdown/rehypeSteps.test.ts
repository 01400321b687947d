import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import { VFile } from 'vfile';
import { rehypeFrenchSpacing } from '../../../src/markdown/rehypeFrenchSpacing.ts';
import { rehypeAlignIds } from '../../../src/markdown/rehypeAlignIds.ts';
import { rehypeScrollableTables } from '../../../src/markdown/rehypeScrollableTables.ts';

const NNBSP = '\u202f';
const tree = (html: string) => fromHtml(html, { fragment: true });

describe('rehypeFrenchSpacing', () => {
  const run = (html: string, path: string) => {
    const root = tree(html);
    rehypeFrenchSpacing()(root, new VFile({ path }));
    return toHtml(root);
  };

  it('spaces French text of French entries, but not code or text marked with another language', () => {
    const html = run(
      '<p>Trois cibles : « 3331 » ! <code>a : b</code> <span lang="zh-CN">府谷：</span></p>',
      '/site/content/fr/cases/x.mdx',
    );
    expect(html).toBe(`<p>Trois cibles${NNBSP}: «${NNBSP}3331${NNBSP}»${NNBSP}! <code>a : b</code> <span lang="zh-CN">府谷：</span></p>`);
  });

  it('leaves Chinese entries alone', () => {
    expect(run('<p>目标 : 3331 !</p>', '/site/content/zh-cn/cases/x.mdx')).toBe('<p>目标 : 3331 !</p>');
  });
});

describe('rehypeAlignIds', () => {
  it('numbers the top-level blocks by section and records the outline in the frontmatter', () => {
    const root: Root = tree('<p>intro</p><h2>Un</h2><p>a</p><ul><li>b</li></ul><h2>Deux</h2><p>c</p>');
    const file = new VFile();
    rehypeAlignIds()(root, file);
    expect(root.children.map((n) => (n.type === 'element' ? n.properties.id : undefined))).toEqual([
      's0-1',
      's1',
      's1-1',
      's1-2',
      's2',
      's2-1',
    ]);
    expect(file.data.astro?.frontmatter?.alignment).toEqual(['p', 'h2', 'p', 'ul', 'h2', 'p']);
  });
});

describe('rehypeScrollableTables', () => {
  it('puts a table in a focusable box, keeping its alignment id on the box', () => {
    const root: Root = tree('<h2 id="s2">Le tableau</h2><table id="s2-1"><tr><td>a</td></tr></table>');
    rehypeScrollableTables()(root);
    expect(toHtml(root)).toBe(
      '<h2 id="s2">Le tableau</h2><div id="s2-1" class="table-scroll" tabindex="0"><table><tbody><tr><td>a</td></tr></tbody></table></div>',
    );
  });
});
