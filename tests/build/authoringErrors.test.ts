/**
 * Each mistake an author can make fails the build with a message naming the
 * file and the problem. Each case builds a copy of the small fixture site
 * (tests/fixtures/base) with mistakes in it. Mistakes that the same check
 * reports together (front matter; the checks across entries; links in the
 * built pages) share one build, made once by the first test that needs it,
 * each mistake in its own place; each test still asserts its own message.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../helpers/fixtureBuild.ts';
import type { Term } from '../../src/content-model/termbase/termbase.ts';

/** A build of the base fixture after `mutate` edits its copy (tests/helpers/fixtureBuild.ts). */
const buildWith = buildFixture;

const edit = (file: string, from: string | RegExp, to: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

/** A build made on first use and shared by the tests that read it. */
function sharedBuild(mutate: (content: string) => void): () => ReturnType<typeof buildWith> {
  let result: ReturnType<typeof buildWith> | undefined;
  return () => (result ??= buildWith(mutate));
}

/** Three front-matter mistakes in three files: the loader reports every file's problems at once. */
const frontMatter = sharedBuild((c) => {
  edit(join(c, 'fr/models/alpha.mdx'), /^summary:.*\n/m, '');
  edit(join(c, 'zh-cn/models/alpha.mdx'), /^kind: model$/m, 'kind: [model');
  edit(join(c, 'fr/cases/beta.mdx'), 'date: 2021-01-06', 'date: le 6 janvier');
});

/**
 * Five mistakes the loader's checks across entries list together, before any page is built: a missing
 * twin (the Chinese definition), an unknown model and a place missing from the termbase (both twins of
 * beta), links to nowhere (both twins of alpha), a paragraph more in the French beta.
 */
const acrossEntries = sharedBuild((c) => {
  rmSync(join(c, 'zh-cn/overview/definition.mdx'));
  for (const f of ['fr/cases/beta.mdx', 'zh-cn/cases/beta.mdx']) {
    edit(join(c, f), 'model: alpha', 'model: gamma');
    edit(join(c, f), 'places: []', 'places:\n  - province: atlantis');
  }
  edit(join(c, 'fr/models/alpha.mdx'), '[le cas](/cases/beta/).', '[le cas](/cases/nowhere/).');
  edit(join(c, 'zh-cn/models/alpha.mdx'), '/cases/beta/', '/cases/beta/#s9');
  edit(join(c, 'fr/cases/beta.mdx'), /$/, '\nUn paragraphe de plus.\n');
});

/** Two mistakes only the built pages show (a missing image, a link across languages): the link check reports both at once. */
const builtLinks = sharedBuild((c) => {
  edit(join(c, 'fr/models/alpha.mdx'), '[le cas](/cases/beta/).', '[le cas](/cases/beta/). ![Carte](/images/nowhere.png)');
  edit(join(c, 'fr/cases/beta.mdx'), '(/models/alpha/)', '(../../../zh-cn/models/alpha/)');
});

describe('authoring errors fail the build, naming the file', () => {
  it('the fixture site itself builds', () => {
    const { status, output } = buildWith(() => {});
    expect(output).toContain('every internal link, anchor and site URL resolves');
    expect(status).toBe(0);
  });

  it('an entry without its twin', () => {
    const { status, output } = acrossEntries();
    expect(status).not.toBe(0);
    expect(output).toMatch(/fr\/overview\/definition\.mdx: no zh-cn translation; create content\/zh-cn\/overview\/definition\.mdx/);
  });

  it('malformed front matter (a missing field)', () => {
    const { status, output } = frontMatter();
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/fr\/models\/alpha\.mdx:\d+:\d+: missing field "summary"/);
  });

  it('front matter that is not YAML, or a field of the wrong type', () => {
    const { status, output } = frontMatter();
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/zh-cn\/models\/alpha\.mdx:5:1: the front matter is not valid YAML/);
    expect(output).toMatch(/content\/fr\/cases\/beta\.mdx:\d+:\d+: source\.date.*YYYY-MM-DD/);
  });

  it('a case naming an unknown model', () => {
    const { status, output } = acrossEntries();
    expect(status).not.toBe(0);
    expect(output).toContain('content/fr/cases/beta.mdx:6:8: unknown model "gamma"; known models: alpha');
  });

  it('an internal link or anchor that points nowhere: once, at its line in the entry, before any page is built', () => {
    // One build, two mistakes in two files: both listed.
    const { status, output } = acrossEntries();
    expect(status).not.toBe(0);
    expect(output).toContain('content/fr/models/alpha.mdx:16:6: link "/cases/nowhere/" points to no page');
    expect(output).toContain('content/zh-cn/models/alpha.mdx:16:3: link "/cases/beta/#s9" points to a missing anchor #s9');
    expect(output).not.toMatch(/index\.html|parallel/);
  });

  it('an image that does not exist (checked in the built pages)', () => {
    const { status, output } = builtLinks();
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /fr\/models\/alpha\/index\.html \(from .*fr\/models\/alpha\.mdx\): image "\/images\/nowhere\.png" is not in the build/,
    );
  });

  it('a link that jumps to the other language', () => {
    const { status, output } = builtLinks();
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /fr\/cases\/beta\/index\.html \(from .*fr\/cases\/beta\.mdx\): link "\.\.\/\.\.\/\.\.\/zh-cn\/models\/alpha\/" jumps from fr to zh-cn/,
    );
  });

  it('twins whose sections and paragraphs do not align', () => {
    const { status, output } = acrossEntries();
    expect(status).not.toBe(0);
    // Line 20: the place added above the body moved it down a line.
    expect(output).toContain(
      'content/fr/cases/beta.mdx:20:1: French has a paragraph « Un paragraphe de plus. » in the section « Taiqian » that Chinese lacks (French has 3 blocks, Chinese 2; content/zh-cn/cases/beta.mdx)',
    );
  });

  it('a term missing from the termbase', () => {
    const { status, output } = acrossEntries();
    expect(status).not.toBe(0);
    expect(output).toContain('content/fr/cases/beta.mdx:9:15: "atlantis" is not in the termbase (content/termbase.json)');
  });

  it('a termbase pinyin that is not the reading of the Chinese name', () => {
    const { status, output } = buildWith((c) => edit(join(c, 'termbase.json'), '"Táiqián Xiàn"', '"Tàiqián Xiàn"'));
    expect(status).not.toBe(0);
    // At the line of the field, with no stack trace.
    expect(output).toMatch(
      /content\/termbase\.json:17:15: "taiqian": pinyin "Tàiqián Xiàn" does not match the reading of 台前县 \(tái qián xiàn\)/,
    );
    expect(output).not.toMatch(/Stack trace|^\s+at /m);
  });

  it('a province the map dataset does not know', () => {
    const { status, output } = buildWith((c) => {
      const file = join(c, 'termbase.json');
      const terms = JSON.parse(readFileSync(file, 'utf8')) as Term[];
      const henan = terms.find((t) => t.id === 'henan')!;
      terms.push({
        ...henan,
        id: 'atlantis',
        fr: { ...henan.fr, name: 'Atlantide', aliases: [] },
        zh: { ...henan.zh, name: '亚特兰蒂斯', aliases: [] },
        pinyin: 'Yàtèlándìsī',
      });
      writeFileSync(file, JSON.stringify(terms));
      for (const f of ['fr/cases/beta.mdx', 'zh-cn/cases/beta.mdx']) edit(join(c, f), 'places: []', 'places:\n  - province: atlantis');
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/fr\/cases\/beta\.mdx.*: province "atlantis" \(Atlantide\) has no shape in the map dataset/);
  });
});
