/**
 * Dates and numbers in the page's language. French goes through Intl; Chinese
 * follows the house style of the texts: no thousands separator ("3000 户") and
 * dates spaced around the digits ("2012 年 11 月 8 日"), which Intl does not write.
 */
import type { LangTag } from '../i18n/locales.ts';

const isChinese = (lang: LangTag) => lang.startsWith('zh');

/** Intl formatters are costly to create and every page formats dates and numbers: one per language and style. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(key: string, create: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatNumber(value: number, lang: LangTag): string {
  return cached(`number ${lang}`, () => new Intl.NumberFormat(lang, { useGrouping: !isChinese(lang) })).format(value);
}

/** `YYYY` or `YYYY-MM-DD` (or a Date) as a reader of this language writes it. */
export function formatDate(date: string | Date, lang: LangTag): string {
  const yearOnly = typeof date === 'string' && /^\d{4}$/.test(date);
  const value = yearOnly ? new Date(`${date}-01-01T00:00:00Z`) : typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
  if (isChinese(lang)) {
    const year = `${value.getUTCFullYear()} 年`;
    return yearOnly ? year : `${year} ${value.getUTCMonth() + 1} 月 ${value.getUTCDate()} 日`;
  }
  const style = yearOnly ? ({ year: 'numeric' } as const) : ({ dateStyle: 'long' } as const);
  return cached(`date ${yearOnly} ${lang}`, () => new Intl.DateTimeFormat(lang, { ...style, timeZone: 'UTC' })).format(value);
}

/** A list ("A, B et C" / "A、B和C") in the page's language. */
export function formatList(items: string[], lang: LangTag): string {
  return cached(`list ${lang}`, () => new Intl.ListFormat(lang, { type: 'conjunction' })).format(items);
}

/** The pieces of formatList: each item (by index) and the punctuation between, so templates can wrap items in links. */
export function listParts(count: number, lang: LangTag): ({ item: number } | { literal: string })[] {
  const marks = Array.from({ length: count }, (_, i) => `\u0000${i}\u0000`);
  return cached(`list ${lang}`, () => new Intl.ListFormat(lang, { type: 'conjunction' }))
    .formatToParts(marks)
    .map((p) => (p.type === 'element' ? { item: Number(p.value.slice(1, -1)) } : { literal: p.value }));
}

/** An actor with its kind (« Fugu (gouvernement local) »), the kind left out when the name already says it (« ministère des Ressources hydrauliques »). */
export function actorLabel(name: string, kind: string, format: (values: { name: string; type: string }) => string): string {
  return name.toLocaleLowerCase().includes(kind.toLocaleLowerCase()) ? name : format({ name, type: kind });
}
