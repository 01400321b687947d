import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts, hitView, resultHref } from '../../../src/components/search/ui/results.ts';
import {
  activeFilterCount,
  filterChipsView,
  filterGroupsView,
  toggleText,
  unmatchedNotices,
  withValue,
} from '../../../src/components/search/ui/filters.ts';
import { statusAndNotice } from '../../../src/components/search/ui/status.ts';
import { nextFocus } from '../../../src/components/search/ui/keyboard.ts';
import { generations } from '../../../src/components/search/ui/generation.ts';
import { initialState } from '../../../src/components/search/ui/urlState.ts';
import { fill } from '../../../src/components/search/ui/dom.ts';
import type { SearchLabels } from '../../../src/search-index/labels.ts';
import type { Hit } from '../../../src/components/search/client.ts';

const labels = {
  locale: 'fr',
  config: {
    base: '/',
    bundles: [
      { dir: 'pagefind-fr', locale: 'fr', lang: 'fr' },
      { dir: 'pagefind-zh-cn', locale: 'zh-cn', lang: 'zh-CN' },
    ],
    version: 'x',
    traditionalInGb2312: '後於',
  },
  strings: {
    results: { one: '{{count}} résultat', other: '{{count}} résultats' },
    noResults: 'Aucun résultat pour «\u202f{{query}}\u202f».',
    loading: '…',
    error: '!',
    outdated: 'outdated',
    reload: 'reload',
    more: '+',
    clearFilters: 'Retirer les filtres',
    filtersToggle: 'Filtres',
    filtersCount: 'Filtres ({{n}})',
    filterChip: '{{name}}\u202f: {{value}}',
    removeFilter: 'Retirer le filtre «\u202f{{filter}}\u202f»',
    unmatchedFilter: '«\u202f{{filter}}\u202f»',
    emptyFilter: '«\u202f{{filter}}\u202f» ici',
    noResultsFiltered: 'Aucune entrée.',
    filterNames: { language: 'Langue', kind: 'Type d’entrée', model: 'Modèle', province: 'Province', actor: 'Acteur', year: 'Année' },
    langNames: { fr: 'Français', 'zh-cn': 'Chinois' },
    twinIn: { fr: 'Version française', 'zh-cn': 'Version chinoise' },
    searchedFor: 'Résultats pour « {{query}} ».',
    searchTyped: 'Rechercher exactement « {{query}} »',
    partial: 'Correspondance partielle',
  },
  values: {
    language: {},
    kind: { definition: 'Définition', model: 'Modèle', case: 'Étude de cas' },
    model: {},
    province: { shaanxi: 'Shaanxi', henan: 'Henan', anhui: 'Anhui' },
    actor: {},
    year: {},
  },
} as SearchLabels;

describe('excerpts', () => {
  it('keeps the index’s <mark> as marked parts and every other tag as plain text', () => {
    expect(excerptParts('a <mark>Fugu</mark> &lt;img src=x onerror=alert(1)&gt; b')).toEqual([
      { text: 'a ', mark: false },
      { text: 'Fugu', mark: true },
      { text: ' <img src=x onerror=alert(1)> b', mark: false },
    ]);
    expect(excerptParts('<script>x</script><mark onclick="y">z</mark>')).toEqual([
      { text: '<script>x</script><mark onclick="y">z', mark: false },
    ]);
    expect(excerptParts('')).toEqual([]);
  });
  it('decodes character references once, never twice', () => {
    expect(decodeEntities('l&#39;eau &amp;lt; &#x27;x&#x27; &quot;q&quot; &bogus;')).toBe("l'eau &lt; 'x' \"q\" &bogus;");
  });
});

describe('result links', () => {
  it('carry the words to mark on the opened page', () => {
    expect(resultHref('/fr/cases/beta/', ['Fugu', '府谷'])).toBe('/fr/cases/beta/?highlight=Fugu%20%E5%BA%9C%E8%B0%B7');
    expect(resultHref('/fr/a/#p3', ['x'])).toBe('/fr/a/?highlight=x#p3');
    expect(resultHref('/fr/a/', [])).toBe('/fr/a/');
  });
  it('describe a result in the other language with its language and twin', () => {
    const hit = { id: 'zh-cn_1', locale: 'zh-cn', score: 1 } as Hit;
    const view = hitView(
      hit,
      {
        url: '/zh-cn/cases/beta/',
        excerpt: '<mark>府谷</mark>县',
        meta: { title: '府谷县', twin: 'fr/cases/beta/' },
        filters: {},
      },
      labels,
      ['府谷'],
      [],
    );
    expect(view).toEqual({
      href: '/zh-cn/cases/beta/?highlight=%E5%BA%9C%E8%B0%B7',
      title: '府谷县',
      lang: 'zh-CN',
      hreflang: 'zh-CN',
      langName: 'Chinois',
      excerpt: [
        { text: '府谷', mark: true },
        { text: '县', mark: false },
      ],
      twin: { href: '/fr/cases/beta/', hreflang: 'fr', text: 'Version française' },
    });
  });
});

describe('filters', () => {
  const all = { kind: { definition: 2, model: 8, case: 8 }, province: { shaanxi: 2, henan: 4, anhui: 2 } };
  it('hide values without results unless chosen, and sort by label', () => {
    const groups = filterGroupsView(labels, all, { kind: { case: 3, model: 0 }, province: { henan: 2 } }, { kind: ['model'] }, 'fr');
    expect(groups.map((g) => [g.legend, g.options.map((o) => `${o.label}:${o.count}${o.checked ? '✓' : ''}`)])).toEqual([
      ['Type d’entrée', ['Étude de cas:3', 'Modèle:0✓']],
      ['Province', ['Henan:2']],
    ]);
    expect(filterGroupsView(labels, all, {}, {}, 'fr')).toEqual([]);
  });
  it('list the page’s language first, then the others by label', () => {
    const languages = { language: { 'zh-cn': 5, fr: 5 } };
    const order = (l: typeof labels) => filterGroupsView(l, languages, languages, {}, 'fr')[0]!.options.map((o) => o.value);
    expect(order(labels)).toEqual([labels.locale, ...['fr', 'zh-cn'].filter((k) => k !== labels.locale)]);
    const other = labels.locale === 'fr' ? 'zh-cn' : 'fr';
    expect(order({ ...labels, locale: other })).toEqual([other, labels.locale]);
  });
  it('show every chosen value as a chip, flagging those that match nothing', () => {
    const chips = filterChipsView(labels, all, { kind: { case: 3 } }, { kind: ['bogus', 'case', 'definition'] });
    expect(chips.map((c) => [c.text, c.unmatched, c.unknown])).toEqual([
      ['Type d’entrée\u202f: bogus', true, true],
      ['Type d’entrée\u202f: Étude de cas', false, false],
      ['Type d’entrée\u202f: Définition', true, false],
    ]);
  });
  it('give a notice for each chip that matches nothing, saying whether any page has its value', () => {
    const chips = filterChipsView(labels, all, { kind: { case: 3 } }, { kind: ['bogus', 'case', 'definition'] });
    expect(unmatchedNotices(chips, labels.strings)).toEqual([
      '«\u202fType d’entrée\u202f: bogus\u202f»',
      '«\u202fType d’entrée\u202f: Définition\u202f» ici',
    ]);
    expect(unmatchedNotices([], labels.strings)).toEqual([]);
  });
  it('count active values on the toggle', () => {
    expect(toggleText(labels, {})).toBe('Filtres');
    expect(toggleText(labels, { kind: ['case'], province: ['henan'] })).toBe('Filtres (2)');
    expect(activeFilterCount({ kind: ['a', 'b'], year: [] })).toBe(2);
  });
  it('add and remove values without changing the input', () => {
    const filters = { kind: ['case'] };
    expect(withValue(filters, 'kind', 'model', true)).toEqual({ kind: ['case', 'model'] });
    expect(withValue(filters, 'kind', 'case', false)).toEqual({});
    expect(filters).toEqual({ kind: ['case'] });
  });
});

describe('status', () => {
  const plural = new Intl.PluralRules('fr');
  const status = (count: number, query: string, unmatched: string[], active = true) =>
    statusAndNotice({ active, count, query, unmatched }, labels.strings, plural);
  it('counts the results, with the notices of the filters that match nothing', () => {
    expect(status(1, 'Fugu', [])).toEqual(['1 résultat', '']);
    expect(status(12, 'Fugu', ['«\u202fa\u202f»', '«\u202fb\u202f»'])).toEqual(['12 résultats', '«\u202fa\u202f» «\u202fb\u202f»']);
    const otherOnly = { ...labels.strings, results: { other: '{{count}} 个结果' } };
    expect(statusAndNotice({ active: true, count: 1, query: 'x', unmatched: [] }, otherOnly, plural)).toEqual(['1 个结果', '']);
  });
  it('says why there are none: the query, else the filters', () => {
    expect(status(0, 'Fugu', ['«\u202fa\u202f»'])).toEqual(['Aucun résultat pour «\u202fFugu\u202f».', '«\u202fa\u202f»']);
    expect(status(0, '', ['«\u202fa\u202f»', '«\u202fb\u202f»'])).toEqual(['«\u202fa\u202f» «\u202fb\u202f»', '']);
    expect(status(0, '', [])).toEqual(['Aucune entrée.', '']);
  });
  it('announces nothing before a query or a filter is set', () => {
    expect(status(16, '', ['«\u202fa\u202f»'], false)).toEqual(['', '']);
  });
});

describe('keyboard', () => {
  it('moves from the box to the results and back', () => {
    expect(nextFocus('ArrowDown', -1, 3)).toBe(0);
    expect(nextFocus('ArrowDown', 2, 3)).toBe(2);
    expect(nextFocus('ArrowUp', 0, 3)).toBe('input');
    expect(nextFocus('ArrowUp', 2, 3)).toBe(1);
    expect(nextFocus('ArrowDown', -1, 0)).toBeNull();
    expect(nextFocus('Enter', 0, 3)).toBeNull();
  });
});

describe('request generations', () => {
  it('make every older request stale', () => {
    const g = generations();
    const first = g.next();
    expect(g.isCurrent(first)).toBe(true);
    const second = g.next();
    expect(g.isCurrent(first)).toBe(false);
    expect(g.isCurrent(second)).toBe(true);
    expect(g.current).toBe(second);
  });
});

describe('URL state', () => {
  it('starts from the URL, unless the reader already typed', () => {
    expect(initialState('?q=Fugu&kind=case', '')).toEqual({ query: 'Fugu', filters: { kind: ['case'] } });
    expect(initialState('?q=Fugu&kind=case', '  府谷 ')).toEqual({ query: '府谷', filters: { kind: ['case'] } });
  });
  it('fills templates', () => {
    expect(fill('{{a}} et {{b}}', { a: 1, b: 'x' })).toBe('1 et x');
  });
});
