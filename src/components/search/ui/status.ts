/** What the dialog announces over its results: the count, or why there are none. */
import type { SearchLabels } from '../../../search-index/labels.ts';
import { fill } from './dom.ts';

/** The results on screen, as the status line sees them. */
export interface ResultsSummary {
  /** A query or a filter is set (otherwise the dialog shows its start view and announces nothing). */
  active: boolean;
  count: number;
  query: string;
  /** The notices of the chosen filters that match nothing (`unmatchedNotices` in filters.ts). */
  unmatched: string[];
}

/** The announced status, and a notice naming the chosen filters that match nothing. */
export function statusAndNotice(
  results: ResultsSummary,
  strings: SearchLabels['strings'],
  plural: Intl.PluralRules,
): [status: string, notice: string] {
  const { active, count, query, unmatched } = results;
  if (!active) return ['', ''];
  if (count) return [fill(strings.results[plural.select(count)] ?? strings.results.other!, { count }), unmatched.join(' ')];
  if (query) return [fill(strings.noResults, { query }), unmatched.join(' ')];
  return [unmatched.length ? unmatched.join(' ') : strings.noResultsFiltered, ''];
}
