/** The site's entries as the tests see them: read straight from content/. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { entrySchema, type EntryData } from '../../src/content-model/schema.ts';
import { parseTermbase, termName } from '../../src/content-model/termbase/termbase.ts';
import { getLocale } from '../../src/i18n/locales.ts';

export interface SiteEntry {
  id: string;
  locale: string;
  slug: string;
  filePath: string;
  data: EntryData;
  body: string;
}

export function siteEntries(root = 'content'): SiteEntry[] {
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx')).sort();
  return files.map((file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    if (!match) throw new Error(`${file}: no front matter`);
    const id = file.replace(/\.mdx$/, '').replaceAll('\\', '/');
    const [locale, ...rest] = id.split('/');
    return {
      id,
      locale: locale!,
      slug: rest.join('/'),
      filePath: `${root}/${file}`,
      data: entrySchema.parse(parse(match[1]!)),
      body: match[2]!,
    };
  });
}

/**
 * An entry the test needs, found in the content rather than named, so that
 * an author who renames or rewrites an entry does not break a code test:
 * the French entry of `kind` with the lowest `order` among those `where`
 * accepts. Its `slug` is the path of both language versions.
 */
export function findEntry(kind: EntryData['kind'], where: (entry: SiteEntry) => boolean = () => true, root = 'content'): SiteEntry {
  const found = siteEntries(root)
    .filter((e) => e.locale === 'fr' && e.data.kind === kind && where(e))
    .sort((a, b) => a.data.order - b.data.order)[0];
  if (!found) throw new Error(`no ${kind} entry in ${root}/ fits this test`);
  return found;
}

/**
 * A word that search finds an entry by, in its own language: the termbase's
 * name of the most specific place it names (`Fugu`, `府谷县`), read from the
 * content rather than written in a test. Throws for an entry without a place.
 */
export function placeName(entry: SiteEntry, locale: string = entry.locale, root = 'content'): string {
  const place = entry.data.places[0];
  if (!place) throw new Error(`${entry.filePath}: names no place`);
  const terms = parseTermbase(JSON.parse(readFileSync(join(root, 'termbase.json'), 'utf8')));
  return termName(terms, place.county ?? place.prefecture ?? place.province, getLocale(locale).lang);
}
