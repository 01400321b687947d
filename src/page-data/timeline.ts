/**
 * The dated facts of the entries, in date order. An event named alike in
 * several entries (same date, same label) is one item linking to all of them;
 * the source's update date, shared by every entry, is one item too.
 */
export interface TimelineInput {
  slug: string;
  title: string;
  events: { date: string; label: string }[];
  source: { date: Date };
}

export interface TimelineItem {
  /** `YYYY` or `YYYY-MM-DD`, as in the front matter. */
  date: string;
  /** `event`: a fact from the entries; `source`: the source text's update. */
  kind: 'event' | 'source';
  /** The event's label (empty for the source item, whose words come from the interface strings). */
  label: string;
  entries: { slug: string; title: string }[];
}

/** `YYYY-MM-DD` of a date, in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function collectTimeline(inputs: TimelineInput[]): TimelineItem[] {
  const items = new Map<string, TimelineItem>();
  const add = (key: string, item: Omit<TimelineItem, 'entries'>, entry: { slug: string; title: string }) => {
    let found = items.get(key);
    if (!found) items.set(key, (found = { ...item, entries: [] }));
    if (!found.entries.some((e) => e.slug === entry.slug)) found.entries.push(entry);
  };
  for (const input of inputs) {
    const entry = { slug: input.slug, title: input.title };
    for (const e of input.events) add(`event ${e.date} ${e.label}`, { date: e.date, kind: 'event', label: e.label }, entry);
    const day = isoDay(input.source.date);
    add(`source ${day}`, { date: day, kind: 'source', label: '' }, entry);
  }
  // `YYYY` sorts before any day of that year; at the same date, events before the source.
  return [...items.values()].sort(
    (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || (a.kind === b.kind ? 0 : a.kind === 'event' ? -1 : 1),
  );
}

/** The items of one year of the timeline, at most `limit` of them, and how many it has in all. */
export interface TimelineYear {
  year: string;
  items: TimelineItem[];
  total: number;
}

/** The timeline by year, each year cut to its first `limit` items (the rest are reached by a search on the year). */
export function timelineYears(items: readonly TimelineItem[], limit: number): TimelineYear[] {
  const years = new Map<string, TimelineItem[]>();
  for (const item of items) {
    const year = item.date.slice(0, 4);
    const list = years.get(year);
    if (list) list.push(item);
    else years.set(year, [item]);
  }
  return [...years].map(([year, all]) => ({ year, items: all.slice(0, limit), total: all.length }));
}
