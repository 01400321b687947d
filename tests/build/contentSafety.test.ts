/**
 * The editor's safety net: mistakes that would otherwise build silently stop
 * the build, naming the file and the fix. Checks that report every problem at
 * once share one fixture build (each build takes about 10 s); the rules
 * themselves are unit-tested in tests/unit/content-model/contentFiles.test.ts.
 * What an entry's markup may hold (no programs, no markup the CSP would
 * block), its shape and its characters: tests/build/entrySafety.test.ts.
 */
import { copyFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, edit } from '../helpers/fixtureBuild.ts';

describe('the editor’s safety net', () => {
  it('files content/ cannot hold are all listed at once: .md entries, capitals, case twins, not UTF-8, too large', () => {
    const { status, output } = buildFixture((c) => {
      // A new pair saved as .md (today: no page, no warning).
      copyFileSync(join(c, 'fr/cases/beta.mdx'), join(c, 'fr/cases/gamma.md'));
      copyFileSync(join(c, 'zh-cn/cases/beta.mdx'), join(c, 'zh-cn/cases/gamma.md'));
      // Two slugs that differ only by letter case, and a slug in capitals.
      copyFileSync(join(c, 'fr/cases/beta.mdx'), join(c, 'fr/cases/Beta.mdx'));
      renameSync(join(c, 'fr/models/alpha.mdx'), join(c, 'fr/models/Alpha.mdx'));
      // Legacy encodings: GBK (中国 = D6 D0 B9 FA), Latin-1, UTF-16, and a UTF-8 byte-order mark.
      const zhAlpha = join(c, 'zh-cn/models/alpha.mdx');
      writeFileSync(zhAlpha, Buffer.concat([readFileSync(zhAlpha), Buffer.from([0xd6, 0xd0, 0xb9, 0xfa])]));
      const frDefinition = join(c, 'fr/overview/definition.mdx');
      writeFileSync(frDefinition, Buffer.from(readFileSync(frDefinition, 'utf8'), 'latin1'));
      const zhDefinition = join(c, 'zh-cn/overview/definition.mdx');
      writeFileSync(zhDefinition, Buffer.from(`\uFEFF${readFileSync(zhDefinition, 'utf8')}`, 'utf16le'));
      const zhBeta = join(c, 'zh-cn/cases/beta.mdx');
      writeFileSync(zhBeta, `\uFEFF${readFileSync(zhBeta, 'utf8')}`);
      // 5 MB of French, and a line of one repeated Han character (which made Chinese indexing hang).
      edit(join(c, 'fr/cases/beta.mdx'), /$/, `\n${'Le jumelage aide les districts pauvres. '.repeat(125_000)}\n`);
      copyFileSync(join(c, 'zh-cn/models/alpha.mdx'), join(c, 'zh-cn/models/epsilon.mdx'));
      writeFileSync(
        join(c, 'zh-cn/models/epsilon.mdx'),
        `${readFileSync(join(c, 'zh-cn/cases/beta.mdx'), 'utf8').slice(1)}\n${'扶'.repeat(1000)}\n`,
      );
      // Something that is no entry at all.
      writeFileSync(join(c, 'fr/cases/notes.txt'), 'à faire');
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/fr/cases/gamma.md: entries are MDX, a .md file makes no page; rename it to content/fr/cases/gamma.mdx',
    );
    expect(output).toContain(
      'content/zh-cn/cases/gamma.md: entries are MDX, a .md file makes no page; rename it to content/zh-cn/cases/gamma.mdx',
    );
    expect(output).toContain('content/fr/cases/Beta.mdx and content/fr/cases/beta.mdx differ only by letter case');
    expect(output).toContain(
      'content/fr/models/Alpha.mdx: "Alpha" is not a lowercase slug (a–z, 0–9, hyphens): entry paths are URLs; rename it to content/fr/models/alpha.mdx',
    );
    expect(output).toMatch(
      /content\/zh-cn\/models\/alpha\.mdx: is not valid UTF-8 \(line \d+, byte offset \d+: 0xD6 0xD0 0xB9 0xFA\); it looks like GBK \/ GB18030.*“中国” in it\); save it as UTF-8/,
    );
    expect(output).toMatch(
      /content\/fr\/overview\/definition\.mdx: is not valid UTF-8 \(line \d+, byte offset \d+: 0xE9 .*\); it looks like Latin-1 \/ Windows-1252 \(these bytes read “é” in it\); save it as UTF-8/,
    );
    expect(output).toContain(
      'content/zh-cn/overview/definition.mdx: is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8',
    );
    expect(output).toContain('content/zh-cn/cases/beta.mdx: starts with a byte-order mark (BOM); save it as UTF-8 without BOM');
    expect(output).toContain('content/fr/cases/beta.mdx: is 5.0 MB, over the 100 KB limit for one entry; split it into several entries');
    expect(output).toMatch(
      /content\/zh-cn\/models\/epsilon\.mdx: line \d+ has 1000 Han characters in a row without punctuation \(at most 500/,
    );
    expect(output).toContain('content/fr/cases/notes.txt: not an entry');
  });

  it('impossible dates in both twins (read as dates they would become « 2 mars 2021 »), every file listed', () => {
    const { status, output } = buildFixture((c) => {
      for (const lang of ['fr', 'zh-cn']) {
        edit(join(c, `${lang}/cases/beta.mdx`), 'date: 2021-01-06', 'date: 2021-02-30');
        edit(join(c, `${lang}/models/alpha.mdx`), /^source:/m, 'events:\n  - date: "2020-04-31"\n    label: x\nsource:');
      }
    });
    expect(status).not.toBe(0);
    for (const lang of ['fr', 'zh-cn']) {
      expect(output).toContain(
        `content/${lang}/cases/beta.mdx: source.date: 2021-02-30 is not a real date; write a day that exists, YYYY-MM-DD`,
      );
      expect(output).toContain(
        `content/${lang}/models/alpha.mdx: events.0.date: 2020-04-31 is not a real date; write a day that exists, YYYY-MM-DD`,
      );
    }
  });
});
