/**
 * The site navigation of one language: its entries grouped by kind, in
 * reading order, the current page marked. Kinds come from the entries
 * themselves, so a new kind of entry gets its group without code changes;
 * known kinds keep the order given, unknown ones follow in order of their
 * first entry.
 */
import { inReadingOrder, parseEntryId, type EntryRecord } from '../content-model/entries.ts';
import type { LocaleKey } from '../i18n/locales.ts';

export interface NavItem {
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
 * A group of more than `max` entries lists `max` of them, the current entry
 * among them (those around it in reading order), so that no page grows with
 * the site: the real site's groups are far below the limit and list everything.
 */
export function windowOf(items: NavItem[], max: number): NavItem[] {
  if (items.length <= max) return items;
  const current = items.findIndex((i) => i.current);
  const start = current < 0 ? 0 : Math.min(Math.max(0, current - Math.floor(max / 2)), items.length - max);
  return items.slice(start, start + max);
}

export function navGroups(
  entries: readonly EntryRecord[],
  locale: LocaleKey,
  currentSlug: string | undefined,
  kindOrder: readonly string[] = [],
  maxPerGroup = Infinity,
): NavGroup[] {
  const groups = new Map<string, NavItem[]>();
  for (const entry of inReadingOrder([...entries], locale)) {
    const { slug } = parseEntryId(entry.id, entry.filePath);
    const items = groups.get(entry.data.kind) ?? [];
    items.push({ slug, title: entry.data.title, current: slug === currentSlug });
    groups.set(entry.data.kind, items);
  }
  const rank = (kind: string) => {
    const i = kindOrder.indexOf(kind);
    return i === -1 ? kindOrder.length : i;
  };
  // Array.prototype.sort is stable: unknown kinds stay in order of first appearance.
  return [...groups]
    .map(([kind, items]) =>
      items.length > maxPerGroup ? { kind, items: windowOf(items, maxPerGroup), total: items.length } : { kind, items },
    )
    .sort((a, b) => rank(a.kind) - rank(b.kind));
}
