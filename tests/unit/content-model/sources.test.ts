import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSources, parseSource } from '../../../src/content-model/sources.ts';
import { pathProblem } from '../../../src/content-model/contentFiles.ts';

const LABEL = 'content/sources/demo.yaml';
const text = (extra = '') => `id: demo
kind: text
title:
  fr: Un article
  zh-cn: 一篇文章
site:
  fr: example.org
date: "2021-01-06"
versions:
  fr:
    - n: 1
      gist: { fr: Premier fait., zh-cn: 第一个事实。 }
    - n: 2
      gist: { fr: Second fait., zh-cn: 第二个事实。 }
  zh-cn:
    - n: 1
      gist: { fr: Premier fait., zh-cn: 第一个事实。 }
${extra}`;

describe('parseSource', () => {
  it('reads a text source and a reference', () => {
    const { source, problems } = parseSource(text(), LABEL);
    expect(problems).toEqual([]);
    expect(source).toMatchObject({ id: 'demo', kind: 'text', unused: [], differences: [] });
    expect(source?.kind === 'text' && source.versions.fr.map((p) => p.n)).toEqual([1, 2]);
    const ref = parseSource(
      'id: atlas\nkind: reference\ntitle: { fr: Atlas, zh-cn: 地图集 }\npublisher: { fr: Éditeur, zh-cn: 出版社 }\nyear: 2020\n',
      'content/sources/atlas.yaml',
    );
    expect(ref.problems).toEqual([]);
    expect(ref.source).toMatchObject({ kind: 'reference', year: 2020 });
  });

  it('names file, line and fix for each problem', () => {
    const bad = parseSource(text().replace('date: "2021-01-06"', 'date: "2021-02-30"').replace('    - n: 2', '    - n: 3'), LABEL);
    expect(bad.problems).toEqual([
      `${LABEL}:8: date: not a real day written YYYY-MM-DD (quote it: date: "2021-01-06"); fix it as described in content/README.md`,
    ]);
    const numbering = parseSource(text().replace('    - n: 2', '    - n: 3'), LABEL);
    expect(numbering.problems).toEqual([
      `${LABEL}:13: passage 3 comes in position 2 of the fr version; number the passages 1, 2, 3… in order`,
    ]);
    const unused = parseSource(text('unused:\n  - version: zh-cn\n    n: 5\n    reason: { fr: x, zh-cn: x }\n'), LABEL);
    expect(unused.problems).toEqual([`${LABEL}:20: the zh-cn version has no passage 5 (it has 1–1); fix the number`]);
    expect(parseSource(text().replace('id: demo', 'id: other'), LABEL).problems).toEqual([
      `${LABEL}:1: id "other" differs from the file name; write id: demo`,
    ]);
    expect(parseSource(text().replace('kind: text', 'kind: book'), LABEL).problems[0]).toMatch(
      /^content\/sources\/demo.yaml:2: kind: .*\(kind is text or reference\)/,
    );
    expect(parseSource('id: [demo', LABEL).problems[0]).toMatch(/^content\/sources\/demo.yaml:1: not valid YAML/);
    expect(
      parseSource(text().replace('      gist: { fr: Second fait., zh-cn: 第二个事实。 }', '      gist: { fr: Second fait. }'), LABEL)
        .problems[0],
    ).toMatch(/^content\/sources\/demo.yaml:14: versions.fr.1.gist.zh-cn: /);
  });

  it('loads a folder, listing every file’s problems at once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sources-'));
    mkdirSync(join(dir, 'content/sources'), { recursive: true });
    writeFileSync(join(dir, 'content/sources/demo.yaml'), text());
    expect([...loadSources(join(dir, 'content')).keys()]).toEqual(['demo']);
    writeFileSync(join(dir, 'content/sources/broken.yaml'), 'id: broken\nkind: text\n');
    writeFileSync(join(dir, 'content/sources/other.yaml'), 'id: x\nkind: reference\n');
    expect(() => loadSources(join(dir, 'content'))).toThrow(
      /Sources refused:\n {2}- content\/sources\/broken.yaml:1: [^]*content\/sources\/other.yaml:/,
    );
    expect(loadSources(join(dir, 'nowhere')).size).toBe(0);
  });

  it('lets sources/<id>.yaml into content/, nothing else there', () => {
    expect(pathProblem('sources/china-org-2021.yaml')).toBeUndefined();
    expect(pathProblem('sources/China.yaml')).toMatch(/not a lowercase id.*rename it to sources\/china.yaml/);
    expect(pathProblem('sources/notes.txt')).toMatch(/not a source file/);
    expect(pathProblem('sources/demo.yml')).toMatch(/rename it to sources\/demo.yaml/);
  });
});
