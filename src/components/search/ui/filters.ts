/**
 * Filters: checkboxes with counts (values with no result hidden unless
 * chosen), a chip per active filter with a remove button (so a value from
 * the URL that matches nothing stays visible and removable), and the count on
 * the phone's « Filtres » toggle. The `…View`/`…Of` functions are pure.
 */
import { filterNames } from '../../../search/params.ts';
import type { FilterName, Filters } from '../../../search/query.ts';
import type { SearchLabels } from '../../../search-index/labels.ts';
import { fill, h } from './dom.ts';

export type Counts = Record<string, Record<string, number>>;

interface FilterOption {
  value: string;
  label: string;
  count: number;
  checked: boolean;
}
export interface FilterGroup {
  name: FilterName;
  legend: string;
  options: FilterOption[];
}
export interface FilterChip {
  name: FilterName;
  value: string;
  /** « Type d’entrée : Étude de cas » */
  text: string;
  /** No page matches this value, alone (`unknown`: no page has it at all) or with the current query. */
  unmatched: boolean;
  unknown: boolean;
}

const valueLabel = (labels: SearchLabels, name: FilterName, value: string) => labels.values[name]?.[value] ?? value;

/**
 * The checkbox groups to show: every known value that has results, plus the
 * chosen ones even at zero. Years in order; languages with the page's own
 * first (as the results are); other values by their label.
 */
export function filterGroupsView(labels: SearchLabels, allCounts: Counts, counts: Counts, filters: Filters, lang: string): FilterGroup[] {
  const groups: FilterGroup[] = [];
  for (const name of filterNames) {
    const label = (value: string) => valueLabel(labels, name, value);
    const known = Object.keys(allCounts[name] ?? {});
    const byLabel = (a: string, b: string) => label(a).localeCompare(label(b), lang);
    const sorted =
      name === 'year'
        ? known.sort()
        : name === 'language'
          ? known.sort((a, b) => Number(b === labels.locale) - Number(a === labels.locale) || byLabel(a, b))
          : known.sort(byLabel);
    const options = sorted
      .map((value) => ({
        value,
        label: label(value),
        count: counts[name]?.[value] ?? 0,
        checked: filters[name]?.includes(value) ?? false,
      }))
      .filter((o) => o.count > 0 || o.checked);
    if (options.length) groups.push({ name, legend: labels.strings.filterNames[name], options });
  }
  return groups;
}

/** One chip per chosen value, in filter order; `counts` are those of the current results. */
export function filterChipsView(labels: SearchLabels, allCounts: Counts, counts: Counts, filters: Filters): FilterChip[] {
  return filterNames.flatMap((name) =>
    (filters[name] ?? []).map((value) => ({
      name,
      value,
      text: fill(labels.strings.filterChip, { name: labels.strings.filterNames[name], value: valueLabel(labels, name, value) }),
      unmatched: !(allCounts[name]?.[value] ?? 0) || !(counts[name]?.[value] ?? 0),
      unknown: !(allCounts[name]?.[value] ?? 0),
    })),
  );
}

/** A notice for each chip that matches nothing: `unmatchedFilter` for a value no page has, `emptyFilter` for one these results lack. */
export const unmatchedNotices = (chips: FilterChip[], strings: SearchLabels['strings']) =>
  chips.filter((c) => c.unmatched).map((c) => fill(c.unknown ? strings.unmatchedFilter : strings.emptyFilter, { filter: c.text }));

export const activeFilterCount = (filters: Filters) => Object.values(filters).reduce((n, values) => n + (values?.length ?? 0), 0);

/** « Filtres » or « Filtres (2) ». */
export const toggleText = (labels: SearchLabels, filters: Filters) => {
  const count = activeFilterCount(filters);
  return count ? fill(labels.strings.filtersCount, { n: count }) : labels.strings.filtersToggle;
};

/** The filters with one value added or removed (the input is left unchanged). */
export function withValue(filters: Filters, name: FilterName, value: string, on: boolean): Filters {
  const values = new Set(filters[name] ?? []);
  if (on) values.add(value);
  else values.delete(value);
  const next = { ...filters, [name]: [...values] };
  if (!values.size) delete next[name];
  return next;
}

export function renderFilterGroups(box: HTMLElement, groups: FilterGroup[], lang: string): void {
  const number = new Intl.NumberFormat(lang);
  box.replaceChildren(
    ...groups.map((group) =>
      h(
        'fieldset',
        {},
        h('legend', {}, group.legend),
        ...group.options.map((option) => {
          const id = `filter-${group.name}-${option.value}`;
          const box = h('input', { type: 'checkbox', id, name: group.name, value: option.value });
          box.checked = option.checked;
          return h(
            'label',
            { for: id, class: option.count ? undefined : 'empty' },
            box,
            h('span', {}, option.label),
            h('span', { class: 'count' }, number.format(option.count)),
          );
        }),
      ),
    ),
  );
}

export function renderChips(list: HTMLElement, chips: FilterChip[], labels: SearchLabels): void {
  const items = chips.map((chip) =>
    h(
      'li',
      { class: chip.unmatched ? 'search-chip unmatched' : 'search-chip' },
      h('span', {}, chip.text),
      h(
        'button',
        {
          type: 'button',
          class: 'search-chip-remove',
          'data-name': chip.name,
          'data-value': chip.value,
          'aria-label': fill(labels.strings.removeFilter, { filter: chip.text }),
        },
        '×',
      ),
    ),
  );
  if (chips.length > 1)
    items.push(h('li', {}, h('button', { type: 'button', class: 'search-chips-clear', 'data-clear': '' }, labels.strings.clearFilters)));
  list.replaceChildren(...items);
  list.hidden = chips.length === 0;
}
