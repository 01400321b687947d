/**
 * Pure logic over the content entries: pairing translations, cross-entry
 * validation, reading order. No Astro import, so unit tests use it directly.
 */
import { isLocaleKey, localeKeys, type LocaleKey } from '../i18n/locales.ts';
import type { EntryData, EntryKind } from './schema.ts';
import { didYouMean, formatProblem, problemsOf, type Problem } from './problems.ts';

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

/** A cross-entry problem, with the front-matter field it is about (the loader turns it into a line). */
export interface EntryProblem extends Problem {
  field?: PropertyKey[];
}

/** Every cross-entry problem, as `file: message` lines. Empty when the content is sound. */
export function validateEntries(entries: EntryRecord[], termIds: ReadonlySet<string>): string[] {
  return entryProblems(entries, termIds).map(formatProblem);
}

/** Every cross-entry problem: missing twins, twins that disagree, unknown models and terms, clashing orders. */
export function entryProblems(entries: EntryRecord[], termIds: ReadonlySet<string>): EntryProblem[] {
  const problems: EntryProblem[] = [];
  const bySlug = new Map<string, Map<LocaleKey, EntryRecord>>();
  for (const entry of entries) {
    let ref: EntryRef;
    try {
      ref = parseEntryId(entry.id, entry.filePath);
    } catch (error) {
      problems.push(...problemsOf(error, entry.filePath));
      continue;
    }
    const twins = bySlug.get(ref.slug) ?? new Map<LocaleKey, EntryRecord>();
    twins.set(ref.locale, entry);
    bySlug.set(ref.slug, twins);
  }

  const modelKeys = entries.filter((e) => e.data.kind === 'model').map((e) => modelKey(parseEntryId(e.id).slug));
  const knownModels = new Set(modelKeys);

  for (const [slug, twins] of bySlug) {
    for (const locale of localeKeys) {
      if (!twins.has(locale)) {
        const [present] = twins.values();
        problems.push({
          file: present!.filePath,
          problem: `no ${locale} translation`,
          fix: `create content/${locale}/${slug}.mdx (twins share the same path; \`npm run new\` writes both)`,
        });
      }
    }
    const [first, ...others] = [...twins.values()];
    for (const other of others) {
      const a = neutralFields(first!.data);
      const b = neutralFields(other.data);
      for (const field of Object.keys(a) as (keyof typeof a)[]) {
        // A model or term that exists in neither list is named in its own file: "differs" would blame the right twin.
        const unknownIn = (data: EntryData) =>
          (field === 'model' && !!data.model && !knownModels.has(data.model)) ||
          ((field === 'actors' || field === 'places') && idsOf(data).some((id) => !termIds.has(id)));
        if (unknownIn(first!.data) || unknownIn(other.data)) continue;
        if (JSON.stringify(a[field]) !== JSON.stringify(b[field]))
          problems.push({
            file: other.filePath,
            field: [NEUTRAL_KEYS[field]],
            problem: `"${NEUTRAL_KEYS[field]}" differs from its twin ${first!.filePath} (${shown(a[field])} there, ${shown(b[field])} here)`,
            fix: 'language-neutral fields (kind, order, model, actors, places, event dates, figure values, source) must be identical in both twins',
          });
      }
    }
  }

  for (const entry of entries) {
    const { data, filePath } = entry;
    if (data.model && !knownModels.has(data.model))
      problems.push({
        file: filePath,
        field: ['model'],
        problem: `unknown model "${data.model}"`,
        fix: `${didYouMean(data.model, modelKeys, 'known models')} (a model is the file name of an entry in models/)`,
      });
    const unknown = (id: string | undefined, field: PropertyKey[]) => {
      if (id && !termIds.has(id))
        problems.push({
          file: filePath,
          field,
          problem: `"${id}" is not in the termbase (content/termbase.json)`,
          fix: `${didYouMean(id, [...termIds], 'termbase ids')} (or add the term to content/termbase.json)`,
        });
    };
    data.actors.forEach((a, i) => unknown(a.term, ['actors', i, 'term']));
    data.places.forEach((p, i) => {
      for (const level of ['province', 'prefecture', 'county'] as const) unknown(p[level], ['places', i, level]);
    });
  }

  // Order: a position among the entries of the same kind and language.
  const orders = new Map<string, string>();
  for (const entry of entries) {
    const { locale } = parseEntryId(entry.id);
    const key = `${locale}#${entry.data.kind}#${entry.data.order}`;
    const clash = orders.get(key);
    if (clash) {
      const used = entries.filter((e) => parseEntryId(e.id).locale === locale && e.data.kind === entry.data.kind).map((e) => e.data.order);
      problems.push({
        file: entry.filePath,
        field: ['order'],
        problem: `order ${entry.data.order} is already used by ${clash} (another ${entry.data.kind} in ${locale})`,
        fix: `use ${Math.max(...used) + 1}, the next free order among the ${entry.data.kind} entries, in both twins`,
      });
    } else orders.set(key, entry.filePath);
  }
  return problems;
}

/** The termbase ids an entry's actors and places name. */
const idsOf = (data: EntryData): string[] =>
  [...data.actors.map((a) => a.term), ...data.places.flatMap((p) => [p.province, p.prefecture, p.county])].filter((t): t is string => !!t);

/** The front-matter key of each language-neutral field. */
const NEUTRAL_KEYS = {
  kind: 'kind',
  order: 'order',
  model: 'model',
  actors: 'actors',
  places: 'places',
  eventDates: 'events',
  figureValues: 'figures',
  source: 'source',
} as const;

const shown = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value));

/** The kinds in reading order: the definition, the models, the cases, the reference pages. */
const KIND_SEQUENCE: readonly EntryKind[] = ['definition', 'model', 'case', 'reference'];

/** Entries of one language in reading order: by kind (KIND_SEQUENCE), then by `order` within the kind. */
export function inReadingOrder<T extends EntryRecord>(entries: T[], locale: LocaleKey): T[] {
  return entries
    .filter((e) => parseEntryId(e.id).locale === locale)
    .sort((a, b) => KIND_SEQUENCE.indexOf(a.data.kind) - KIND_SEQUENCE.indexOf(b.data.kind) || a.data.order - b.data.order);
}

export function neighbours<T extends EntryRecord>(ordered: T[], id: string) {
  const index = ordered.findIndex((e) => e.id === id);
  return { prev: index > 0 ? ordered[index - 1] : undefined, next: ordered[index + 1] };
}

/** Cases that illustrate a model, in reading order. */
export function casesOfModel<T extends EntryRecord>(ordered: T[], modelSlug: string): T[] {
  return ordered.filter((e) => e.data.kind === 'case' && e.data.model === modelKey(modelSlug));
}
