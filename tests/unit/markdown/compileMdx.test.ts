import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePlainMdx, needsMdxRuntime } from '../../../src/markdown/compileMdx.ts';
import { AuthoringProblems } from '../../../src/content-model/authoringProblem.ts';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Where the entries would be: only their labels (`content/fr/…`) come from it; the termbase is CONTENT_DIR's. */
const contentDir = resolve('/site/content');
const frFile = join(contentDir, 'fr/cases/test-entry.mdx');
const zhFile = join(contentDir, 'zh-cn/cases/test-entry.mdx');
const mdx = (body: string) => `---\ntitle: x\n---\n${body}`;
const tree = (body: string) => unified().use(remarkParse).use(remarkMdx).parse(body);

describe('compilePlainMdx', () => {
  it('compiles a plain entry to HTML with the entry steps: block ids, term links, French spacing', async () => {
    const compiled = await compilePlainMdx(
      mdx('## Principe\n\nLe district de Taiqian (<span lang="zh-CN">台前县</span>) : un cas.\n'),
      frFile,
      contentDir,
    );
    expect(compiled).toBeDefined();
    const { html, recorded, headings } = compiled!;
    expect(html).toMatch(/^<h2 id="s1">Principe<\/h2>/);
    expect(html).toContain('<p id="s1-1">');
    // The JSX tag is now an element, its attribute kept.
    expect(html).toContain('<span lang="zh-CN">台前县</span>');
    // French spacing: a no-break space before the colon.
    expect(html).toMatch(/\u202f:|\u00a0:/);
    expect(recorded.alignment).toEqual(['h2', 'p']);
    expect(recorded.terms).toContain('taiqian');
    expect(html).toContain('href="/glossary/#taiqian"');
    expect(headings).toEqual([{ depth: 2, slug: 's1', text: 'Principe' }]);
  });

  it('drops the whitespace between table parts, as MDX does', async () => {
    const compiled = await compilePlainMdx(mdx('| a | b |\n| - | - |\n| 1 | 2 |\n'), zhFile, contentDir);
    expect(compiled!.html).not.toMatch(/<(table|thead|tbody|tr)[^>]*>\s*\n/);
    expect(compiled!.html).toContain('<td>1</td><td>2</td>');
  });

  it('leaves an entry that needs Astro’s image pipeline to @astrojs/mdx', async () => {
    expect(await compilePlainMdx(mdx('![carte](./carte.png)\n'), frFile, contentDir)).toBeUndefined();
  });

  it('refuses a program before anything runs it, every problem as data with file, line and column', async () => {
    const error = await compilePlainMdx(
      mdx("import { readFileSync } from 'node:fs'\n\nDeux et deux : {2 + 2}, {process.env.HOME}.\n"),
      frFile,
      contentDir,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthoringProblems);
    expect((error as AuthoringProblems).problems.map(({ file, line, column }) => `${file}:${line}:${column}`)).toEqual([
      'content/fr/cases/test-entry.mdx:4:1',
      'content/fr/cases/test-entry.mdx:6:16',
      'content/fr/cases/test-entry.mdx:6:25',
    ]);
    expect((error as Error).message).toContain(
      'content/fr/cases/test-entry.mdx:4:1: `import`/`export`: entries are content, not programs (an import runs code on the build machine, from any module, local or remote); remove it',
    );
  });

  it('says “imports are not allowed” for an import MDX cannot even read, and for a broken expression', async () => {
    await expect(compilePlainMdx(mdx('import Evil from\n\nTexte.\n'), frFile, contentDir)).rejects.toThrow(
      /content\/fr\/cases\/test-entry\.mdx:\d+:\d+: `import`\/`export`: entries are content, not programs/,
    );
    await expect(compilePlainMdx(mdx('Texte {1 +}.\n'), frFile, contentDir)).rejects.toThrow(
      /content\/fr\/cases\/test-entry\.mdx:4:\d+: `\{…\}`: entries are content, not programs/,
    );
  });

  it('refuses nesting the parser would overflow on before parsing, naming the file', async () => {
    await expect(compilePlainMdx(mdx(`${'> '.repeat(10_000)}x\n`), frFile, contentDir)).rejects.toThrow(
      'content/fr/cases/test-entry.mdx:4:1: blockquotes and lists nested 10000 deep (at most 8)',
    );
  });

  it('names the file and line of an MDX syntax error', async () => {
    await expect(compilePlainMdx(mdx('Un paragraphe.\n\nUne balise <span lang="zh-CN">ouverte.\n'), frFile, contentDir)).rejects.toThrow(
      /content\/fr\/cases\/test-entry\.mdx:\d+(:\d+)?: /,
    );
  });
});

describe('needsMdxRuntime', () => {
  it('accepts Markdown and HTML-like tags with text attributes', () => {
    expect(
      needsMdxRuntime(tree('# T\n\nUn <span lang="zh-CN">字</span> et <abbr title="x">X</abbr>.\n\n![carte](/images/carte.png)')),
    ).toBeUndefined();
  });

  it.each([
    ['an import', 'import X from "./x.js"\n\nTexte.'],
    ['an expression', 'Texte {1 + 1}.'],
    ['a component', 'Texte <Figure />.'],
    ['an expression attribute', 'Texte <span lang={"zh-CN"}>字</span>.'],
    ['an image next to the file', '![carte](./carte.png)'],
  ])('refuses %s', (_, body) => {
    expect(needsMdxRuntime(tree(body))).toBeDefined();
  });
});
