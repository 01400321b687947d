/**
 * The allow-list of what an entry may contain, on MDX trees parsed by the
 * entries' own parser (remark-parse + remark-mdx + GFM), and on literal trees
 * where the parser cannot produce the case. The fixture builds in
 * tests/build/contentSafety.test.ts run them through both compilers.
 */
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import {
  entryTreeProblems,
  findUnsafeMarkup,
  linkProblem,
  remarkSafeContent,
  urlScheme,
  type MdastNode,
} from '../../../src/markdown/remarkSafeContent.ts';

const parse = (text: string) => unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(text) as unknown as MdastNode;
/** `line:column problem` up to the first ` (` or `:` of the explanation. */
const brief = (text: string) => findUnsafeMarkup(parse(text)).map((p) => `${p.line}:${p.column} ${p.problem.split(/ \(|: /)[0]}`);

describe('allowed: what entries need', () => {
  it('Markdown and GFM, lang spans, abbr, sub, sup, br, local images and links to pages, http(s) and mailto', () => {
    const text = [
      '## Principe',
      '',
      'Fugu (<span lang="zh-CN">府谷</span>), <abbr title="Commission">CNDR</abbr>, H<sub>2</sub>O, 10<sup>e</sup><br />suite.',
      '',
      '- **gras**, _italique_, ~~barré~~, `code`, [modèle](/models/alpha/), [ancre](#s1), [site](https://example.org/), https://example.org/a, [écrire](mailto:a@example.org)',
      '',
      '> Une citation.',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      '![Carte](/images/carte.png) ![Plan](./plan.png) ![Réf][carte] [lien][page]',
      '',
      '[carte]: /images/carte.png',
      '[page]: /cases/beta/',
      '',
      'Une note[^1].',
      '',
      '[^1]: La note.',
      '',
      '---',
    ].join('\n');
    expect(findUnsafeMarkup(parse(text))).toEqual([]);
  });
  it('the site’s own tags with quoted attributes (their names are checked by the tags’ own step)', () => {
    expect(
      findUnsafeMarkup(parse('Un fait. <Source fr="4" zh="3" />\n\nUne lecture. <Reading />\n\nAilleurs. <Outside ref="rapport-2019" />')),
    ).toEqual([]);
  });
});

describe('refused: programs', () => {
  it('imports and exports, local, from Node or remote, at their line', () => {
    expect(
      brief("import { readFileSync } from 'node:fs'\nimport Evil from 'https://evil.example/x.mjs'\n\nexport const x = 1\n\nTexte."),
    ).toEqual(['1:1 `import`/`export`', '4:1 `import`/`export`']);
  });
  it('expressions in text, as blocks and as attributes, and spreads', () => {
    expect(
      brief(
        "Texte {readFileSync('/etc/hostname', 'utf8')} et {process.env.HOME}.\n\n{alert(1)}\n\n<span lang={'zh'}>字</span> <Source fr=\"1\" zh={3} /> <span {...props}>字</span>",
      ),
    ).toEqual([
      "1:7 `{readFileSync('/etc/hostname', 'utf8')}`",
      '1:50 `{process.env.HOME}`',
      '3:1 `{alert(1)}`',
      '5:7 lang={…} on <span>',
      '5:43 zh={…} on <Source>',
      '5:59 <span> with a {…} spread',
    ]);
  });
  it('comments in braces, and empty braces, with their own fix', () => {
    const [comment, empty] = findUnsafeMarkup(parse('Texte {/* à revoir */} et {}.'));
    expect(comment).toEqual({
      line: 1,
      column: 7,
      problem: '`{/* comment */}`: entries hold no expressions, comments included (MDX has no HTML comments either)',
      fix: 'delete it; keep notes outside content/, or in a folder whose name starts with _',
    });
    expect(empty!.problem).toMatch(/^`\{\/\* comment/);
  });
  it('components other than the site’s tags, member and namespaced names, fragments', () => {
    expect(brief('<Figure src="/x.png" />\n\nTexte <ui.Card /> <svg:rect /> <>x</>.')).toEqual([
      '1:1 <Figure> is not a tag of this site',
      '3:7 <ui.Card> is not a tag of this site',
      '3:19 <svg:rect> is not a tag of this site',
      '3:32 a fragment <>…</> is not a tag of this site',
    ]);
  });
});

describe('refused: markup for the browser', () => {
  it('meta refresh, base, link, form, iframes (local ones too), object, embed, script, style, div', () => {
    const text = [
      '<meta http-equiv="refresh" content="1;url=https://evil.example/" />',
      '<base href="https://evil.example/" />',
      '<link rel="stylesheet" href="https://evil.example/x.css" />',
      '<form action="https://evil.example/"><input name="q" /></form>',
      '<iframe src="/fr/" />',
      '<iframe srcdoc="<script>x</script>" />',
      '<object data="/x" />',
      '<embed src="/x" />',
      '<script>alert(1)</script>',
      '<div>bloc</div>',
    ].join('\n\n');
    expect(brief(text)).toEqual([
      '1:1 <meta> can redirect readers to another site',
      '3:1 <base> changes where every link of the page points; entries use only <span lang>, <abbr title/lang>, <sub>, <sup>, <br />',
      '5:1 <link> loads a stylesheet or other file into the page; entries use only <span lang>, <abbr title/lang>, <sub>, <sup>, <br />',
      '7:1 <form> sends what readers type to another address; entries use only <span lang>, <abbr title/lang>, <sub>, <sup>, <br />',
      '7:38 <input> is not an element entries use',
      '9:1 <iframe> embeds another page in this one; entries use only <span lang>, <abbr title/lang>, <sub>, <sup>, <br />',
      '11:1 <iframe> embeds another page in this one; entries use only <span lang>, <abbr title/lang>, <sub>, <sup>, <br />',
      '13:1 <object> embeds a plug-in or another page; entries use only <span lang>, <abbr title/lang>, <sub>, <sup>, <br />',
      '15:1 <embed> embeds a plug-in or another page; entries use only <span lang>, <abbr title/lang>, <sub>, <sup>, <br />',
      '17:1 raw <script>',
      '19:1 <div> is not an element entries use',
    ]);
  });
  it('event handlers, style and other attributes, a lang without value or that is no language tag', () => {
    expect(
      brief(
        'Un <span onmouseover="x()">mot</span> <span lang="zh-CN" style="color: red" class="x">字</span> <sup id="n">1</sup> <span lang>a</span> <span lang="chinois simplifié">b</span>',
      ),
    ).toEqual([
      '1:10 event handler onmouseover= on <span> runs script',
      '1:58 style attribute on <span>',
      '1:77 attribute class= on <span> is not one entries use',
      '1:101 attribute id= on <sup> is not one entries use',
      '1:122 lang on <span> has no value; write lang="…"'.split('; ')[0]!,
      '1:142 lang="chinois simplifié" is not a language tag',
    ]);
  });
  it('<a> and <img> are written in Markdown', () => {
    expect(brief('<a href="/x/">x</a> <img src="/x.png" alt="" />')).toEqual([
      '1:1 <a> is written in Markdown here',
      '1:21 <img> is written in Markdown here',
    ]);
  });
  it('links with another scheme, however written; images from elsewhere or not files', () => {
    const text = [
      '[a](javascript:alert(1)) [b](JaVaScRiPt&#58;alert(1)) [c](data:text/html,x) [d](file:///etc/passwd) [e](vbscript:x)',
      '',
      '![f](https://example.org/a.png) ![g](//cdn.example.org/b.png) ![h](data:image/png;base64,AAAA) ![i][far]',
      '',
      '[far]: https://example.org/c.png',
    ].join('\n');
    expect(brief(text)).toEqual([
      '1:1 link to javascript:alert(1)',
      '1:26 link to JaVaScRiPt:alert(1)',
      '1:55 link to data:text/html,x',
      '1:77 link to file:///etc/passwd',
      '1:101 link to vbscript:x',
      '3:1 image https://example.org/a.png loads from another site',
      '3:33 image //cdn.example.org/b.png loads from another site',
      '3:63 image data:image/png;base64,AAAA is not a file of the site',
      '3:96 image https://example.org/c.png loads from another site',
    ]);
  });
  it('a code block (MDX reads no indented code)', () => {
    expect(brief('Texte.\n\n```js\nconst x = 1;\n```')).toEqual(['3:1 a code block']);
  });
  it('any node type it does not know, with its fix', () => {
    expect(
      findUnsafeMarkup({ type: 'root', children: [{ type: 'html', value: '<b>', position: { start: { line: 2, column: 1 } } }] }),
    ).toEqual([{ line: 2, column: 1, problem: 'html is not Markdown entries use', fix: 'remove it' }]);
  });
});

describe('urls as a browser reads them', () => {
  it('gives the scheme after dropping what a browser drops; none for paths of the site', () => {
    expect(urlScheme('/cases/beta/')).toBeUndefined();
    expect(urlScheme('#s1')).toBeUndefined();
    expect(urlScheme('../x/')).toBeUndefined();
    expect(urlScheme(' JAVASCRIPT:x')).toBe('javascript:');
    expect(urlScheme('java\tscript:x')).toBe('javascript:');
    expect(urlScheme('https://example.org/')).toBe('https:');
    expect(linkProblem('mailto:a@example.org')).toBeUndefined();
    expect(linkProblem('//evil.example/')).toBeUndefined(); // an external https link: the link check's business
    expect(linkProblem('java\nscript:x')?.fix).toBe('remove it (the site runs no script from an entry)');
  });
});

describe('entryTreeProblems', () => {
  it('lists markup and limits together, in document order', () => {
    const problems = entryTreeProblems(parse(`${'## T\n\n'.repeat(31)}<div>x</div>`));
    expect(problems.map((p) => p.line)).toEqual([61, 63]);
  });
});

describe('remarkSafeContent', () => {
  const run =
    (path: string, tree: MdastNode, data: Record<string, unknown> = {}) =>
    () =>
      remarkSafeContent({ contentDir: '/site/content' })(tree, { path, data });
  it('fails an entry with every problem, as file:line:column: problem; fix', () => {
    expect(run('/site/content/fr/models/alpha.mdx', parse('import x from "y"\n\n<script>x</script>'))).toThrow(
      /content\/fr\/models\/alpha\.mdx:1:1: `import`\/`export`.*; remove it.*\n.*content\/fr\/models\/alpha\.mdx:3:1: raw <script>.*; remove it$/,
    );
  });
  it('leaves files outside the content folder alone, and files compileMdx.ts has checked', () => {
    expect(run('/site/src/pages/about.mdx', parse('<script>x</script>'))).not.toThrow();
    expect(run('/site/content/fr/a.mdx', parse('<script>x</script>'), { entrySafetyChecked: true })).not.toThrow();
  });
});
