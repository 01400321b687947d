/**
 * Pure logic over the content entries: pairing translations, cross-entry
 * validation, reading order. No Astro import, so unit tests use it directly.
 */
import { isLocaleKey, localeKeys, type LocaleKey } from '../i18n/locales.ts';
import type { EntryData } from './schema.ts';

export interface EntryRecord {
  /** Collection id, e.g. `fr/cases/fugu-3331`. */
  id: string;
  /** Source file, for error messages, e.g. `content/fr/cases/fugu-3331.mdx`. */
  filePath: string;
  data: EntryData;
}

export interface EntryRef {
  locale: LocaleKey;
  /** Language-neutral path shared by both twins, e.g. `cases/fugu-3331`. */
  slug: string;
}

export function parseEntryId(id: string, filePath = id): EntryRef {
  const [locale, ...rest] = id.split('/');
  if (!locale || !isLocaleKey(locale) || rest.length === 0)
    throw new Error(`${filePath}: entries live in content/<${localeKeys.join('|')}>/…; move this file into a language folder`);
  return { locale, slug: rest.join('/') };
}

/** The model slug an entry stands for: `models/enterprise-development` → `enterprise-development`. */
export function modelKey(slug: string): string {
  return slug.split('/').at(-1)!;
}

/** The entry an authored link (`/cases/x/`, `/cases/x/#s2`) points to, if it points to one. */
export function linkedSlug(href: string, entrySlugs: ReadonlySet<string>): string | undefined {
  const path = /^\/(.+?)\/(?:[?#].*)?$/.exec(href)?.[1];
  return path !== undefined && entrySlugs.has(path) ? path : undefined;
}

/** What must be identical in a French entry and its Chinese twin. */
function neutralFields(data: EntryData) {
  return {
    kind: data.kind,
    order: data.order,
    model: data.model ?? null,
    actors: data.actors,
    places: data.places,
    eventDates: data.events.map((e) => e.date),
    figureValues: data.figures.map((f) => f.value),
    source: { ...data.source, date: data.source.date.toISOString().slice(0, 10) },
  };
}

/** Every cross-entry problem, as `file: message` lines. Empty when the content is sound. */
export function validateEntries(entries: EntryRecord[], termIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const bySlug = new Map<string, Map<LocaleKey, EntryRecord>>();
  for (const entry of entries) {
    let ref: EntryRef;
    try {
      ref = parseEntryId(entry.id, entry.filePath);
    } catch (error) {
      problems.push((error as Error).message);
      continue;
    }
    const twins = bySlug.get(ref.slug) ?? new Map<LocaleKey, EntryRecord>();
    twins.set(ref.locale, entry);
    bySlug.set(ref.slug, twins);
  }

  const modelKeys = new Set(entries.filter((e) => e.data.kind === 'model').map((e) => modelKey(parseEntryId(e.id).slug)));

  for (const [slug, twins] of bySlug) {
    for (const locale of localeKeys) {
      if (!twins.has(locale)) {
        const [present] = twins.values();
        problems.push(`${present!.filePath}: no ${locale} translation; create content/${locale}/${slug}.mdx (twins share the same path)`);
      }
    }
    const [first, ...others] = [...twins.values()];
    for (const other of others) {
      const a = neutralFields(first!.data);
      const b = neutralFields(other.data);
      for (const field of Object.keys(a) as (keyof typeof a)[]) {
        if (JSON.stringify(a[field]) !== JSON.stringify(b[field]))
          problems.push(
            `${other.filePath}: "${field}" differs from its twin ${first!.filePath}; language-neutral fields must be identical`,
          );
      }
    }
  }

  for (const entry of entries) {
    const { data, filePath } = entry;
    if (data.model && !modelKeys.has(data.model))
      problems.push(`${filePath}: unknown model "${data.model}"; known models: ${[...modelKeys].sort().join(', ')}`);
    const terms = [...data.actors.map((a) => a.term), ...data.places.flatMap((p) => [p.province, p.prefecture, p.county])].filter(
      (t): t is string => Boolean(t),
    );
    for (const term of terms)
      if (!termIds.has(term)) problems.push(`${filePath}: "${term}" is not in the termbase (content/termbase.json)`);
  }

  const orders = new Map<string, string>();
  for (const entry of entries) {
    const key = `${parseEntryId(entry.id).locale}#${entry.data.order}`;
    const clash = orders.get(key);
    if (clash) problems.push(`${entry.filePath}: order ${entry.data.order} is already used by ${clash}`);
    else orders.set(key, entry.filePath);
  }
  return problems;
}

/** Entries of one language in reading order. */
export function inReadingOrder<T extends EntryRecord>(entries: T[], locale: LocaleKey): T[] {
  return entries.filter((e) => parseEntryId(e.id).locale === locale).sort((a, b) => a.data.order - b.data.order);
}

export function neighbours<T extends EntryRecord>(ordered: T[], id: string) {
  const index = ordered.findIndex((e) => e.id === id);
  return { prev: index > 0 ? ordered[index - 1] : undefined, next: ordered[index + 1] };
}

/** Cases that illustrate a model, in reading order. */
export function casesOfModel<T extends EntryRecord>(ordered: T[], modelSlug: string): T[] {
  return ordered.filter((e) => e.data.kind === 'case' && e.data.model === modelKey(modelSlug));
}
