/**
 * What the build refuses about where blocks come from (basis tags and
 * content/sources/*.yaml), all in one build of the fixture site: every
 * problem is listed at once, each as `content/<path>:<line>: problem; fix`.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, edit } from '../helpers/fixtureBuild.ts';

describe('source problems fail the build, all listed together', () => {
  it('names each problem with its file, line and fix', () => {
    const { status, output } = buildFixture((c) => {
      // fr beta: a paragraph with no tag (its twin has one, so the twins still align).
      edit(join(c, 'fr/cases/beta.mdx'), /$/, '\nUn paragraphe sans étiquette.\n');
      edit(join(c, 'zh-cn/cases/beta.mdx'), /$/, '\n没有问题的一段。<Reading />\n');
      // fr alpha: a passage that does not exist, so § 2 is cited nowhere, and the twins differ.
      edit(join(c, 'fr/models/alpha.mdx'), '<Source fr="2" zh="2" />', '<Source fr="9" zh="2" />');
      // definition: two tags on one paragraph; an outside fact whose reference does not exist.
      edit(join(c, 'fr/overview/definition.mdx'), '<Reading />', '<Reading /> <Outside ref="fixture-atlas" />');
      edit(join(c, 'zh-cn/overview/definition.mdx'), '<Reading />', '<Outside ref="nowhere" />');
      // The source: a third French passage that nobody cites and `unused` does not list.
      edit(
        join(c, 'sources/fixture.yaml'),
        '\n  zh-cn:\n',
        '\n    - n: 3\n      gist:\n        fr: Un passage que nul ne cite.\n        zh-cn: 无人引用的一段。\n  zh-cn:\n',
      );
    });
    expect(status).not.toBe(0);
    const problems = output.slice(output.indexOf('The content has'));
    // Entries are named from the project's folder; the fixture's copy is elsewhere.
    const dir = /(\S*)content\/fr\/cases\/beta\.mdx/.exec(problems)?.[1] ?? '';
    expect(problems).toContain(
      'content/fr/cases/beta.mdx:19: paragraph without a basis (« Un paragraphe sans étiquette. »); end its line with <Source fr="…" zh="…" />, <Reading /> or <Outside ref="…" />',
    );
    expect(problems).toContain(
      'content/fr/overview/definition.mdx:16: paragraph with 2 basis tags (<Reading>, <Outside>, « Voir le modèle. »); keep exactly one',
    );
    expect(problems).toContain(
      'content/fr/models/alpha.mdx:16: <Source fr="9" zh="2" />: the French version of fixture has no passage 9 (it has 1–3); fix fr="…" (the passages are listed in content/sources/fixture.yaml)',
    );
    expect(problems).toContain(
      'content/zh-cn/overview/definition.mdx:16: <Outside ref="nowhere">: no reference has this id (known: fixture-atlas); fix the id, or add content/sources/nowhere.yaml with kind: reference',
    );
    expect(problems).toContain(
      `content/zh-cn/models/alpha.mdx:16: block s1-1 has <Source fr="9" zh="2" /> in French (${dir}content/fr/models/alpha.mdx:16, « Voir le cas. ») but <Source fr="2" zh="2" /> in Chinese (« 参见案例。 »); twins say the same thing: give both the same basis`,
    );
    expect(problems).toMatch(
      /content\/sources\/fixture\.yaml:20: § 3 of the French version \(« Un passage que nul ne cite\. »\) is cited by no entry and not listed under unused; cite it with <Source fr="3" \/> where an entry says it, or list it under unused with the reason/,
    );
  }, 200_000);
});
