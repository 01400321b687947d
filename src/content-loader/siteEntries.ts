/**
 * The site's entries, loaded once from the content collection and checked as a
 * whole: a missing twin, an unknown model or term, twins that disagree or do
 * not align block for block fail the build with every problem listed by file.
 *
 * Each entry carries what the MDX pipeline recorded while compiling it
 * (src/markdown/hast.ts): its block outline and the terms it mentions, so no
 * page renders or scans an entry's text to learn them.
 */
import { createHash } from 'node:crypto';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { getTermbase } from '../content-model/termbase/load.ts';
import { frenchSpacing } from '../i18n/frenchSpacing.ts';
import type { Recorded } from '../markdown/hast.ts';
import type { EntryData } from '../content-model/schema.ts';
import type { Termbase } from '../content-model/termbase/termbase.ts';
import { inReadingOrder, modelKey, parseEntryId, validateEntries, type EntryRef } from '../content-model/entries.ts';
import { otherLocale, type LocaleKey } from '../i18n/locales.ts';
import { alignmentProblems } from '../content-model/alignment.ts';
import { termName } from '../content-model/termbase/termbase.ts';
import { chinaMap } from '../places/chinaMap.ts';
import { matchProvinces } from '../places/placeTree.ts';

export type Entry = CollectionEntry<'entries'> &
  EntryRef & {
    filePath: string;
    /** Top-level block tags, in order (rehypeAlignIds). */
    alignment: string[];
    /** Termbase ids the body mentions, in termbase order (rehypeTermLinks). */
    termIds: string[];
  };

/** The termbase, read and checked once per build (src/content-model/termbase/load.ts). */
export function getTerms(): Termbase {
  return getTermbase();
}

let cache: Promise<Entry[]> | undefined;

export function getEntries(): Promise<Entry[]> {
  cache ??= (async () => {
    const raw = await getCollection('entries');
    const entries = await Promise.all(
      raw.map(async (e) => {
        const filePath = e.filePath ?? `content/${e.id}.mdx`;
        const ref = parseEntryId(e.id, filePath);
        const data = ref.locale === 'fr' ? frenchFrontMatter(e.data) : e.data;
        return { ...e, data, filePath, ...ref, ...(await recordedOf(e)) };
      }),
    );
    const problems = validateEntries(entries, new Set(getTerms().keys()));
    if (problems.length) throw new Error(`Content check failed:\n  - ${problems.join('\n  - ')}`);
    const misaligned = alignmentProblems(entries);
    if (misaligned.length) throw new Error(`Alignment check failed:\n  - ${misaligned.join('\n  - ')}`);
    checkProvinces(entries);
    return entries;
  })();
  return cache;
}

const ordered = new Map<LocaleKey, Promise<Entry[]>>();

/** The entries of one language in reading order, sorted once per build, not once per page. */
export function getOrderedEntries(locale: LocaleKey): Promise<Entry[]> {
  let list = ordered.get(locale);
  if (!list) {
    list = getEntries().then((entries) => inReadingOrder(entries, locale));
    ordered.set(locale, list);
  }
  return list;
}

const facets = new Map<LocaleKey, Promise<{ models: { key: string; title: string }[]; provinces: string[] }>>();

/** The search filters' values of one language (models, provinces), gathered once per build, not on every page. */
export function getSearchFacets(locale: LocaleKey): Promise<{ models: { key: string; title: string }[]; provinces: string[] }> {
  let found = facets.get(locale);
  if (!found) {
    found = getOrderedEntries(locale).then((entries) => ({
      models: entries.filter((e) => e.data.kind === 'model').map((e) => ({ key: modelKey(e.slug), title: e.data.title })),
      provinces: [...new Set(entries.flatMap((e) => e.data.places.map((p) => p.province)))],
    }));
    facets.set(locale, found);
  }
  return found;
}

let twins: Promise<Map<string, Entry>> | undefined;

/** The other language's version of an entry, by a map lookup (validateEntries guarantees there is one). */
export async function getTwin(entry: Entry): Promise<Entry> {
  twins ??= getEntries().then((entries) => new Map(entries.map((e) => [`${e.locale}/${e.slug}`, e])));
  const byKey = await twins;
  const twin = byKey.get(`${otherLocale(entry.locale).key}/${entry.slug}`);
  if (!twin) throw new Error(`${entry.filePath}: no twin`);
  return twin;
}

let slugs: Promise<ReadonlySet<string>> | undefined;

/** The language-neutral paths of the entries (`cases/x`): a set, so that a link need not scan every entry. */
export function getEntrySlugs(): Promise<ReadonlySet<string>> {
  slugs ??= getEntries().then((entries) => new Set(entries.map((e) => e.slug)));
  return slugs;
}

let siteKey: Promise<string> | undefined;

/**
 * What an entry's page shows of the other entries (navigation, neighbours, the
 * cases of a model, the search filters): their paths, kinds, order, titles,
 * models and places. A digest of it, once per build.
 */
function getSiteKey(): Promise<string> {
  siteKey ??= getEntries().then((entries) =>
    createHash('sha256')
      .update(JSON.stringify(entries.map((e) => [e.id, e.data.kind, e.data.order, e.data.title, e.data.model ?? null, e.data.places])))
      .digest('hex'),
  );
  return siteKey;
}

/**
 * The `cacheKey` of a page built from these entries (Astro's incremental
 * build reuses the page from the last build when it is unchanged): the
 * entries' own digests (their text, front matter and what their HTML depends
 * on, src/content-loader/entriesLoader.ts) and the site key. Code and configuration
 * are Astro's to track (the page's module graph, the config and lock file).
 */
export async function pageCacheKey(...entries: Entry[]): Promise<string> {
  const hash = createHash('sha256').update(await getSiteKey());
  for (const e of entries) hash.update(e.digest === undefined ? JSON.stringify([e.id, e.data, e.body]) : String(e.digest));
  return hash.digest('hex');
}

/** Every province a case names has a shape on the places map (throws `Places check failed`, naming the files). */
function checkProvinces(entries: Entry[]): void {
  const cases = entries.filter((e) => e.data.kind === 'case');
  const provinces = [...new Set(cases.flatMap((e) => e.data.places.map((p) => p.province)))];
  matchProvinces(
    chinaMap().shapes,
    provinces.map((id) => ({
      id,
      name: termName(getTerms(), id, 'fr'),
      files: entries.filter((e) => e.data.places.some((x) => x.province === id)).map((e) => e.filePath),
    })),
  );
}

/** What the MDX pipeline recorded for an entry; `render` loads the compiled module, it does not render HTML. */
async function recordedOf(entry: CollectionEntry<'entries'>): Promise<{ alignment: string[]; termIds: string[] }> {
  // A plain entry carries them from the load-time compile; render() loads an @astrojs/mdx module only for the others.
  const recorded = (entry.rendered?.metadata?.frontmatter ?? (await render(entry)).remarkPluginFrontmatter) as Partial<Recorded>;
  return { alignment: recorded.alignment ?? [], termIds: recorded.terms ?? [] };
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
