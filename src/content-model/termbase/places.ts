/** Place names from termbase ids, written the way each language orders them. */
import type { LangTag } from '../../i18n/locales.ts';
import { termName, type Termbase } from './termbase.ts';

export interface PlaceRef {
  province: string;
  prefecture?: string | undefined;
  county?: string | undefined;
}

/** French: "Taiqian, Puyang, Henan" (small to large); Chinese: "河南省濮阳市台前县" (large to small). */
export function formatPlace(terms: Termbase, place: PlaceRef, lang: LangTag): string {
  const ids = [place.county, place.prefecture, place.province].filter((id): id is string => !!id);
  const names = ids.map((id) => termName(terms, id, lang));
  return lang === 'fr' ? names.join(', ') : names.reverse().join('');
}
