/**
 * The search indexes: one Pagefind bundle per language, so that each is built
 * with its own analyser (French stemming, Chinese segmentation). The French
 * bundle is always loaded first: its WebAssembly carries the French stemmer,
 * and it segments Chinese queries as well (see README, "Search design").
 */
import { locales, type LangTag, type LocaleKey } from '../i18n/locales.ts';

export interface SearchBundle {
  locale: LocaleKey;
  lang: LangTag;
  /** Folder under the site root. */
  dir: string;
}

export const searchBundles: SearchBundle[] = locales.map((l) => ({
  locale: l.key,
  lang: l.lang,
  dir: `pagefind-${l.key}`,
}));

/** The bundle whose pagefind.js is imported; the others are merged into it. */
export const primaryBundle = searchBundles[0]!;
