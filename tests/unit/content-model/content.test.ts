/** The real content, checked with the same rules as the build. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateEntries } from '../../../src/content-model/entries.ts';
import { parseTermbase } from '../../../src/content-model/termbase/termbase.ts';
import { siteEntries } from '../../helpers/siteEntries.ts';

const entries = siteEntries();
const terms = parseTermbase(JSON.parse(readFileSync('content/termbase.json', 'utf8')));

describe('site content', () => {
  it('has every entry in both languages, under the same path', () => {
    const paths = (lang: string) =>
      entries
        .filter((e) => e.id.startsWith(`${lang}/`))
        .map((e) => e.id.slice(lang.length + 1))
        .sort();
    expect(paths('fr').length).toBeGreaterThan(0);
    expect(paths('zh-cn')).toEqual(paths('fr'));
  });
  it('passes every cross-entry check', () => {
    expect(validateEntries(entries, new Set(terms.keys()))).toEqual([]);
  });
  it('has one definition, and every model has a case and every case an existing model', () => {
    const fr = entries.filter((e) => e.id.startsWith('fr/'));
    expect(fr.filter((e) => e.data.kind === 'definition')).toHaveLength(1);
    const models = new Set(fr.filter((e) => e.data.kind === 'model').map((e) => e.id.split('/').at(-1)));
    const caseModels = new Set(fr.filter((e) => e.data.kind === 'case').map((e) => e.data.model));
    expect(models.size).toBeGreaterThan(0);
    expect([...caseModels].sort()).toEqual([...models].sort());
    expect(fr.filter((e) => e.data.kind === 'reference').length).toBeGreaterThan(0);
  });
  it('tags other-language runs with lang', () => {
    for (const e of entries.filter((x) => x.id.startsWith('fr/'))) {
      const body = e.body.replace(/<span lang="zh-CN">[^<]*<\/span>/g, '');
      expect(body, e.filePath).not.toMatch(/\p{Script=Han}/u);
    }
  });
});
