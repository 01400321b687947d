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
}

export function navGroups(
  entries: readonly EntryRecord[],
  locale: LocaleKey,
  currentSlug: string | undefined,
  kindOrder: readonly string[] = [],
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
  return [...groups].map(([kind, items]) => ({ kind, items })).sort((a, b) => rank(a.kind) - rank(b.kind));
}
