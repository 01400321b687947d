/**
 * The site navigation of one language: its entries grouped by kind, in
 * reading order, the current page marked. Kinds come from the entries
 * themselves, so a new kind of entry gets its group without code changes;
 * known kinds keep the order given, unknown ones follow in order of their
 * first entry.
 */
import { inReadingOrder, parseEntryId, type EntryRecord } from '../content-model/entries.ts';
import type { LocaleKey } from '../i18n/locales.ts';

interface NavItem {
  /** Language-neutral slug, e.g. `cases/fugu-3331`. */
  slug: string;
  title: string;
  current: boolean;
}

export interface NavGroup {
  kind: string;
  items: NavItem[];
  /** Set when the group had more entries than it lists: how many it has in all. */
  total?: number;
}

/**
 * A group of more than `maxPerGroup` entries lists that many, the current
 * entry among them (those around it in reading order), so that no page grows
 * with the site: the real site's groups are far below the limit and list everything.
 */
interface NavIndex {
  groups: [kind: string, items: { slug: string; title: string }[]][];
  /** Where each entry sits: its group and its place in it. */
  at: Map<string, [group: number, item: number]>;
}

/** One language's groups, built once per list of entries (the build's list is the same array on every page). */
const indexes = new WeakMap<readonly EntryRecord[], Map<LocaleKey, NavIndex>>();
function navIndex(entries: readonly EntryRecord[], locale: LocaleKey): NavIndex {
  let byLocale = indexes.get(entries);
  if (!byLocale) indexes.set(entries, (byLocale = new Map<LocaleKey, NavIndex>()));
  let index = byLocale.get(locale);
  if (!index) {
    const groups = new Map<string, { slug: string; title: string }[]>();
    for (const entry of inReadingOrder([...entries], locale)) {
      const { slug } = parseEntryId(entry.id, entry.filePath);
      const items = groups.get(entry.data.kind) ?? [];
      items.push({ slug, title: entry.data.title });
      groups.set(entry.data.kind, items);
    }
    const list = [...groups];
    const at = new Map<string, [number, number]>();
    list.forEach(([, items], g) => items.forEach((item, i) => at.set(item.slug, [g, i])));
    index = { groups: list, at };
    byLocale.set(locale, index);
  }
  return index;
}

/**
 * The navigation of one page: work per page is bounded by what it lists,
 * not by the size of the site (the groups are built once per language).
 */
export function navGroups(
  entries: readonly EntryRecord[],
  locale: LocaleKey,
  currentSlug: string | undefined,
  kindOrder: readonly string[] = [],
  maxPerGroup = Infinity,
): NavGroup[] {
  const { groups, at } = navIndex(entries, locale);
  const here = currentSlug === undefined ? undefined : at.get(currentSlug);
  const rank = (kind: string) => {
    const i = kindOrder.indexOf(kind);
    return i === -1 ? kindOrder.length : i;
  };
  const mark = (items: { slug: string; title: string }[]): NavItem[] => items.map((i) => ({ ...i, current: i.slug === currentSlug }));
  // Array.prototype.sort is stable: unknown kinds stay in order of first appearance.
  return groups
    .map(([kind, items], g): NavGroup => {
      if (items.length <= maxPerGroup) return { kind, items: mark(items) };
      const current = here?.[0] === g ? here[1] : -1;
      const start = current < 0 ? 0 : Math.min(Math.max(0, current - Math.floor(maxPerGroup / 2)), items.length - maxPerGroup);
      return { kind, items: mark(items.slice(start, start + maxPerGroup)), total: items.length };
    })
    .sort((a, b) => rank(a.kind) - rank(b.kind));
}

/** The section of an entry: its content folder, the first part of its slug (`cases/fugu-3331` → `cases`). */
export const sectionOf = (slug: string): string => slug.split('/')[0]!;
