import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { argumentProblem, planEntry } from '../../../scripts/new-entry/scaffold.ts';
import { textProblems } from '../../../src/content-model/entryChecks.ts';
import { lintEntry } from '../../../src/content-model/contentLint.ts';
import { frontMatterAsWritten } from '../../../src/content-loader/entriesLoader.ts';

const dir = mkdtempSync(join(tmpdir(), 'new-entry-'));
const content = join(dir, 'content');
/** A content folder of front matter only: what the plan reads (kinds, orders, the shared source). */
const SOURCE = { title: 'Une source commune', site: 'example.org', date: '2021-01-06' };
const source = `source:\n  title: ${SOURCE.title}\n  site: ${SOURCE.site}\n  date: ${SOURCE.date}`;
for (const [path, front] of [
  ['overview/definition', `kind: definition\norder: 1\n${source}`],
  ['models/alpha', 'kind: model\norder: 2'],
  ['cases/beta', 'kind: case\norder: 3\nmodel: alpha'],
  ['cases/gamma', 'kind: case\norder: 9\nmodel: alpha'],
  ['reference/questions', 'kind: reference\norder: 13'],
] as const)
  for (const lang of ['fr', 'zh-cn']) {
    mkdirSync(join(content, lang, path, '..'), { recursive: true });
    writeFileSync(join(content, lang, `${path}.mdx`), `---\n${front}\n---\n\nTexte.\n`);
  }
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run new', () => {
  it('refuses an unknown kind, a bad slug and an existing slug, saying what to write', () => {
    expect(argumentProblem(undefined, undefined, content)).toMatch(/^usage: npm run new -- <kind> <slug>/);
    expect(argumentProblem('cases', 'x', content)).toMatch(/^unknown kind "cases"; did you mean "case"\?/);
    expect(argumentProblem('cas', 'x', content)).toMatch(/^unknown kind "cas"; did you mean "case"\?/);
    expect(argumentProblem('case', 'Cas Essai', content)).toMatch(/^"Cas Essai" is not a slug: .*; use "cas-essai"$/);
    expect(argumentProblem('case', 'beta', content)).toBe('content/fr/cases/beta.mdx already exists; edit it, or choose another slug');
    expect(argumentProblem('model', 'beta', content)).toMatch(/already exists; slugs are unique across kinds/);
    expect(argumentProblem('case', 'cas-essai', content)).toBeUndefined();
  });

  it('writes both twins with the kind, the next free order of the kind and the shared source', () => {
    const plan = planEntry('case', 'cas-essai', content);
    expect(plan.files.map((f) => f.path)).toEqual(['fr/cases/cas-essai.mdx', 'zh-cn/cases/cas-essai.mdx']);
    const [fr, zh] = plan.files.map((f) => frontMatterAsWritten(f.text)!);
    // The cases have orders 3 and 9.
    expect(plan.order).toBe(10);
    expect(fr).toMatchObject({ kind: 'case', order: 10, model: 'TODO', actors: [], places: [], events: [], figures: [] });
    expect(fr!.source).toEqual(SOURCE);
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
