/**
 * What the search dialog of every page of a language shows and ships: its
 * labels and the lists it offers while the box is empty. The same for all
 * pages of a language, so gathered once per build, not once per page.
 */
import { getLocale, type LocaleKey } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/index.ts';
import { getOrderedEntries, getSearchFacets, getTerms } from '../content-loader/siteEntries.ts';
import { entryKinds } from '../content-model/schema.ts';
import { LISTED_INLINE } from '../page-data/listing.ts';
import { localePath, sitePath } from '../i18n/paths.ts';
import { pageDataFor, searchLabels, type SearchLabels } from './labels.ts';

export interface SearchDialogData {
  /** The labels (the language's search-labels.json). */
  labels: SearchLabels;
  /** What the page's JSON script holds (`<` escaped): see SearchPageData. */
  pageJson: string;
  /** Shown while the search box is empty: the first entries of each kind, in reading order (as many as the navigation lists). */
  startGroups: { kind: string; title: string; links: { href: string; title: string }[] }[];
}

const byLocale = new Map<LocaleKey, Promise<SearchDialogData>>();

export function getSearchDialogData(locale: LocaleKey): Promise<SearchDialogData> {
  let data = byLocale.get(locale);
  if (!data) {
    data = (async () => {
      const t = useTranslations(getLocale(locale).lang);
      const { models, provinces } = await getSearchFacets(locale);
      const entries = await getOrderedEntries(locale);
      const labels = searchLabels(locale, sitePath(), models, provinces, getTerms());
      return {
        labels,
        pageJson: JSON.stringify(pageDataFor(labels)).replace(/</g, '\\u003c'),
        startGroups: entryKinds.map((kind) => ({
          kind,
          title: t(`kind.${kind}.plural`),
          links: entries
            .filter((e) => e.data.kind === kind)
            .slice(0, LISTED_INLINE)
            .map((e) => ({ href: localePath(locale, e.slug), title: e.data.title })),
        })),
      };
    })();
    byLocale.set(locale, data);
  }
  return data;
}
