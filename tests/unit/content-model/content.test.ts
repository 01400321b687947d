/** The real content, checked with the same rules as the build. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateEntries } from '../../../src/content-model/entries.ts';
import { parseTermbase } from '../../../src/content-model/termbase/termbase.ts';
import { siteEntries } from '../../helpers/siteEntries.ts';

const entries = siteEntries();
const terms = parseTermbase(JSON.parse(readFileSync('content/termbase.json', 'utf8')));

describe('site content', () => {
  it('has thirteen entries in each language', () => {
    expect(entries.filter((e) => e.id.startsWith('fr/'))).toHaveLength(13);
    expect(entries.filter((e) => e.id.startsWith('zh-cn/'))).toHaveLength(13);
  });
  it('passes every cross-entry check', () => {
    expect(validateEntries(entries, new Set(terms.keys()))).toEqual([]);
  });
  it('has one definition, four models and four cases, each model with a case', () => {
    const fr = entries.filter((e) => e.id.startsWith('fr/'));
    expect(fr.filter((e) => e.data.kind === 'definition')).toHaveLength(1);
    const models = fr.filter((e) => e.data.kind === 'model').map((e) => e.id.split('/').at(-1));
    expect(models.sort()).toEqual(['enterprise-development', 'industrial-development', 'paired-assistance', 'project-support']);
    expect(
      fr
        .filter((e) => e.data.kind === 'case')
        .map((e) => e.data.model)
        .sort(),
    ).toEqual(models);
    expect(
      fr
        .filter((e) => e.data.kind === 'reference')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['fr/reference/faq', 'fr/reference/models-compared', 'fr/reference/results', 'fr/reference/source']);
  });
  it('tags other-language runs with lang', () => {
    for (const e of entries.filter((x) => x.id.startsWith('fr/'))) {
      const body = e.body.replace(/<span lang="zh-CN">[^<]*<\/span>/g, '');
      expect(body, e.filePath).not.toMatch(/\p{Script=Han}/u);
    }
  });
});
