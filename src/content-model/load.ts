/**
 * The site's entries, loaded once from the content collection and checked as a
 * whole: a missing twin, an unknown model or term, or twins that disagree fail
 * the build with every problem listed by file.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadTermbase } from './termbase/load.ts';
import { frenchSpacing } from '../markdown/frenchSpacing.ts';
import type { EntryData } from './schema.ts';
import { parseEntryId, validateEntries, type EntryRef } from './entries.ts';

export type Entry = CollectionEntry<'entries'> & EntryRef & { filePath: string };

export const terms = loadTermbase();

let cache: Promise<Entry[]> | undefined;

export function getEntries(): Promise<Entry[]> {
  cache ??= (async () => {
    const raw = await getCollection('entries');
    const entries = raw.map((e) => {
      const filePath = e.filePath ?? `content/${e.id}.mdx`;
      const ref = parseEntryId(e.id, filePath);
      return { ...e, data: ref.locale === 'fr' ? frenchFrontMatter(e.data) : e.data, filePath, ...ref };
    });
    const problems = validateEntries(entries, new Set(terms.keys()));
    if (problems.length) throw new Error(`Content check failed:\n  - ${problems.join('\n  - ')}`);
    return entries;
  })();
  return cache;
}

/** Front matter text gets the same French spacing as the MDX body. */
function frenchFrontMatter(data: EntryData): EntryData {
  return {
    ...data,
    title: frenchSpacing(data.title),
    summary: frenchSpacing(data.summary),
    events: data.events.map((e) => ({ ...e, label: frenchSpacing(e.label) })),
    figures: data.figures.map((f) => ({ ...f, label: frenchSpacing(f.label) })),
  };
}
