import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { argumentProblem, planEntry } from '../../../scripts/new-entry/scaffold.ts';
import { textProblems } from '../../../src/content-model/entryChecks.ts';
import { lintEntry } from '../../../src/content-model/contentLint.ts';
import { frontMatterAsWritten } from '../../../src/content-loader/entriesLoader.ts';

const dir = mkdtempSync(join(tmpdir(), 'new-entry-'));
const content = join(dir, 'content');
cpSync('content', content, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run new', () => {
  it('refuses an unknown kind, a bad slug and an existing slug, saying what to write', () => {
    expect(argumentProblem(undefined, undefined, content)).toMatch(/^usage: npm run new -- <kind> <slug>/);
    expect(argumentProblem('cases', 'x', content)).toMatch(/^unknown kind "cases"; did you mean "case"\?/);
    expect(argumentProblem('cas', 'x', content)).toMatch(/^unknown kind "cas"; did you mean "case"\?/);
    expect(argumentProblem('case', 'Cas Essai', content)).toMatch(/^"Cas Essai" is not a slug: .*; use "cas-essai"$/);
    expect(argumentProblem('case', 'fugu-3331', content)).toBe(
      'content/fr/cases/fugu-3331.mdx already exists; edit it, or choose another slug',
    );
    expect(argumentProblem('model', 'fugu-3331', content)).toMatch(/already exists; slugs are unique across kinds/);
    expect(argumentProblem('case', 'cas-essai', content)).toBeUndefined();
  });

  it('writes both twins with the kind, the next free order of the kind and the shared source', () => {
    const plan = planEntry('case', 'cas-essai', content);
    expect(plan.files.map((f) => f.path)).toEqual(['fr/cases/cas-essai.mdx', 'zh-cn/cases/cas-essai.mdx']);
    const [fr, zh] = plan.files.map((f) => frontMatterAsWritten(f.text)!);
    // The cases today have orders 3, 5, 7, 9.
    expect(plan.order).toBe(10);
    expect(fr).toMatchObject({ kind: 'case', order: 10, model: 'TODO', actors: [], places: [], events: [], figures: [] });
    expect(fr!.source).toEqual({ title: 'L’assistance aux démunis par le jumelage', site: 'french.china.org.cn', date: '2021-01-06' });
    expect(zh).toMatchObject({ kind: 'case', order: 10, model: 'TODO', source: fr!.source });
    expect(planEntry('reference', 'glossaire-x', content).order).toBe(14);
    expect(planEntry('model', 'new-model', content).files[0]!.text).not.toMatch(/^model:/m);
  });

  it('leaves placeholders the build refuses, and nothing else it would refuse', () => {
    for (const file of planEntry('case', 'cas-essai', content).files) {
      const label = `content/${file.path}`;
      const todos = textProblems(file.text, label);
      expect(todos.length).toBeGreaterThanOrEqual(8);
      expect(todos.every((p) => p.problem.startsWith('placeholder "TODO"'))).toBe(true);
      expect(lintEntry(file.text, label)).toEqual([]);
    }
  });
});
