/** Dates and numbers in the page's language, through Intl. */
import type { LangTag } from '../i18n/locales.ts';

export function formatNumber(value: number, lang: LangTag): string {
  return new Intl.NumberFormat(lang).format(value);
}

/** `YYYY` or `YYYY-MM-DD` (or a Date) as a reader of this language writes it. */
export function formatDate(date: string | Date, lang: LangTag): string {
  if (typeof date === 'string' && /^\d{4}$/.test(date))
    return new Intl.DateTimeFormat(lang, { year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}-01-01T00:00:00Z`));
  const value = typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(value);
}

/** A list ("A, B et C" / "A、B和C") in the page's language. */
export function formatList(items: string[], lang: LangTag): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
}
