import { describe, expect, it } from 'vitest';
import {
  closest,
  ContentProblems,
  didYouMean,
  editDistance,
  fieldPosition,
  formatProblem,
  formatProblems,
  problemsOf,
} from '../../../src/content-model/problems.ts';

const source = `---
title: Un cas
kind: case
order: 3
events:
  - date: "2021"
    label: Début
  - date: 06/01/2021
    label: Fin
auteur: moi
---

## Corps
`;

describe('problems', () => {
  it('formats file:line:column: problem; fix, sorted by file and line, each once', () => {
    expect(formatProblem({ file: 'content/fr/a.mdx', line: 3, column: 2, problem: 'p', fix: 'f' })).toBe('content/fr/a.mdx:3:2: p; f');
    expect(formatProblem({ file: 'content/fr/a.mdx', problem: 'p' })).toBe('content/fr/a.mdx: p');
    const report = formatProblems([
      { file: 'content/zh-cn/a.mdx', line: 1, problem: 'z' },
      { file: 'content/fr/a.mdx', line: 9, problem: 'later' },
      { file: 'content/fr/a.mdx', line: 2, problem: 'earlier' },
      { file: 'content/fr/a.mdx', line: 2, problem: 'earlier' },
    ]);
    expect(report.split('\n')).toEqual([
      'The content has 3 problems (file:line:column: problem; fix):',
      'content/fr/a.mdx:2: earlier',
      'content/fr/a.mdx:9: later',
      'content/zh-cn/a.mdx:1: z',
    ]);
  });

  it('is thrown without a stack, so that Astro prints the report alone', () => {
    const error = new ContentProblems([{ file: 'content/fr/a.mdx', line: 1, problem: 'p' }]);
    expect(error.stack).toBe('');
    expect(error.message).toContain('content/fr/a.mdx:1: p');
  });

  it('reads back located messages, and lists of them', () => {
    expect(problemsOf(new Error('content/fr/a.mdx:12:5: Unexpected character; fix it'), 'x')).toEqual([
      { file: 'content/fr/a.mdx', line: 12, column: 5, problem: 'Unexpected character', fix: 'fix it' },
    ]);
    expect(problemsOf(new Error('Markup refused:\n  - content/fr/a.mdx:3: no <script>\n  - content/fr/b.mdx:4: no style'), 'x')).toEqual([
      { file: 'content/fr/a.mdx', line: 3, problem: 'no <script>' },
      { file: 'content/fr/b.mdx', line: 4, problem: 'no style' },
    ]);
    expect(problemsOf(new Error('something odd'), 'content/fr/a.mdx')).toEqual([{ file: 'content/fr/a.mdx', problem: 'something odd' }]);
  });

  it('finds the closest candidate by edit distance, and only when it is close', () => {
    expect(editDistance('shanxi', 'shaanxi')).toBe(1);
    expect(closest('shanxi', ['henan', 'shaanxi', 'shanghai'])).toBe('shaanxi');
    expect(closest('partner-assistence', ['partner-assistance', 'project-funding'])).toBe('partner-assistance');
    expect(closest('jumelage', ['henan', 'cnpc'])).toBeUndefined();
    expect(didYouMean('jumelage', ['henan', 'cnpc'], 'ids')).toBe('ids: cnpc, henan');
  });

  it('finds the line of a front-matter field, or of its key', () => {
    expect(fieldPosition(source, ['order'])).toEqual({ line: 4, column: 8 });
    expect(fieldPosition(source, ['events', 1, 'date'])).toEqual({ line: 8, column: 11 });
    expect(fieldPosition(source, ['auteur'], { atKey: true })).toEqual({ line: 10, column: 1 });
    // A missing field: its parent, or the opening line.
    expect(fieldPosition(source, ['events', 1, 'place'])).toEqual({ line: 8, column: 5 });
    expect(fieldPosition(source, ['summary'])).toEqual({ line: 1, column: 1 });
  });
});
