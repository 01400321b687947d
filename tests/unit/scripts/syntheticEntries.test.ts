/**
 * The benchmark's synthetic entries pass the project's own checks and are reproducible. They
 * join the site's content (scripts/bench/synthetic.ts copies it), so they are checked against the
 * real termbase and whatever models content/ holds, found there rather than named.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { generatePair, modelsIn, type Model, type Term } from '../../../scripts/bench/synthetic.ts';
import { entrySchema } from '../../../src/content-model/schema.ts';
import { validateEntries, type EntryRecord } from '../../../src/content-model/entries.ts';
import { alignmentProblem } from '../../../src/content-model/alignment.ts';
import { compilePlainMdx } from '../../../src/markdown/compileMdx.ts';

const contentDir = resolve('content');
const frFile = join(contentDir, 'fr/cases/synthetic.mdx');
const zhFile = join(contentDir, 'zh-cn/cases/synthetic.mdx');

const termList = JSON.parse(readFileSync('content/termbase.json', 'utf8')) as Term[];
const terms = new Map(termList.map((t) => [t.id, t]));

/** Front matter and body of an MDX file. */
function split(mdx: string) {
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx)!;
  return { data: entrySchema.parse(parse(front!)), body: body! };
}
/** Block outline of a Markdown body: h2, ul or p per blank-line separated block. */
const outline = (body: string) =>
  body
    .trim()
    .split(/\n{2,}/)
    .map((b) => (b.startsWith('## ') ? 'h2' : b.startsWith('- ') ? 'ul' : 'p'));

// The real models the synthetic cases point to, as the build sees them.
const models = modelsIn(contentDir);
const realModels: EntryRecord[] = models.flatMap(({ slug }) =>
  (['fr', 'zh-cn'] as const).map((locale) => ({
    id: `${locale}/models/${slug}`,
    filePath: `content/${locale}/models/${slug}.mdx`,
    data: split(readFileSync(`content/${locale}/models/${slug}.mdx`, 'utf8')).data,
  })),
);

describe('synthetic entries for the benchmark', () => {
  const pairs = Array.from({ length: 60 }, (_, i) => generatePair(i + 1, terms, models));

  it('illustrate the models of the content they join, by slug and title', () => {
    expect(models.length).toBeGreaterThan(0);
    for (const model of models) {
      expect(model.fr, model.slug).toBe(split(readFileSync(`content/fr/models/${model.slug}.mdx`, 'utf8')).data.title);
      expect(model.zh, model.slug).toBe(split(readFileSync(`content/zh-cn/models/${model.slug}.mdx`, 'utf8')).data.title);
    }
    const renamed: Model[] = [{ slug: 'gamma', fr: 'Le modèle gamma', zh: '伽马模式' }];
    const pair = generatePair(1, terms, renamed);
    expect(split(pair.fr).data.model).toBe('gamma');
    expect(pair.fr).toContain('[Le modèle gamma](/models/gamma/)');
    expect(pair.zh).toContain('[伽马模式](/models/gamma/)');
    expect(() => generatePair(1, terms, [])).toThrow(/no model entry/);
  });

  it('have valid front matter, twins that agree, known models and terms, and unique orders', () => {
    const records: EntryRecord[] = pairs.flatMap((p) =>
      (['fr', 'zh-cn'] as const).map((locale) => ({
        id: `${locale}/${p.slug}`,
        filePath: `${locale}/${p.slug}.mdx`,
        data: split(locale === 'fr' ? p.fr : p.zh).data,
      })),
    );
    expect(validateEntries([...realModels, ...records], new Set(terms.keys()))).toEqual([]);
  });

  it('align section for section and paragraph for paragraph, with lengths like the real entries', () => {
    for (const p of pairs) {
      const fr = split(p.fr).body;
      const zh = split(p.zh).body;
      expect(alignmentProblem(outline(fr), outline(zh)), p.slug).toBeUndefined();
      expect(outline(fr).filter((t) => t === 'p').length).toBeGreaterThanOrEqual(3);
      expect(p.fr.length).toBeGreaterThan(1500);
      expect(p.fr.length).toBeLessThan(4500);
      expect(p.zh).toMatch(/[\u4e00-\u9fff]{20}/);
      expect(fr).not.toMatch(/[\u4e00-\u9fff](?![^<]*<\/span>)/); // Chinese only inside lang spans
    }
  });

  it('give every paragraph and list item a basis tag (the site’s reading)', async () => {
    for (const p of pairs.slice(0, 5))
      for (const [file, text] of [
        [frFile, p.fr],
        [zhFile, p.zh],
      ] as const) {
        const compiled = await compilePlainMdx(text, file, contentDir);
        expect(compiled?.recorded.basisProblems, p.slug).toEqual([]);
        expect(compiled?.recorded.bases?.every((b) => b.basis.type === 'reading')).toBe(true);
      }
  });

  it('differ from one another and are the same for the same seed', () => {
    expect(new Set(pairs.map((p) => p.fr)).size).toBe(pairs.length);
    expect(generatePair(7, terms, models)).toEqual(pairs[6]);
    expect(generatePair(7, terms, models, 2)).not.toEqual(pairs[6]);
  });
});
