/**
 * The site's entries, loaded once from the content collection and checked as a
 * whole: a missing twin, an unknown model or term, or twins that disagree fail
 * the build with every problem listed by file.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from './contentDir.ts';
import { parseTermbase } from './termbase.ts';
import { parseEntryId, validateEntries, type EntryRef } from './entries.ts';

export type Entry = CollectionEntry<'entries'> & EntryRef & { filePath: string };

const termbaseFile = join(contentDir, 'termbase.json');
export const terms = parseTermbase(JSON.parse(readFileSync(termbaseFile, 'utf8')), termbaseFile);

let cache: Promise<Entry[]> | undefined;

export function getEntries(): Promise<Entry[]> {
  cache ??= (async () => {
    const raw = await getCollection('entries');
    const entries = raw.map((e) => {
      const filePath = e.filePath ?? `content/${e.id}.mdx`;
      return { ...e, filePath, ...parseEntryId(e.id, filePath) };
    });
    const problems = validateEntries(entries, new Set(terms.keys()));
    if (problems.length)
      throw new Error(`Content check failed:\n  - ${problems.join('\n  - ')}`);
    return entries;
  })();
  return cache;
}
