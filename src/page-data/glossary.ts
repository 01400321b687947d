/**
 * The glossary of one language: every termbase term, grouped by category and
 * sorted the reader's way (French names with the French collation; Chinese
 * names by their pinyin), with the entries of that language that mention it.
 */
import { getLocale, type LocaleKey } from '../i18n/locales.ts';
import { entryTerms, type Term, type Termbase } from '../content-model/termbase/termbase.ts';

const categories = ['concept', 'model', 'institution', 'enterprise', 'place'] as const satisfies readonly Term['category'][];

export interface MentioningEntry {
  locale: LocaleKey;
  slug: string;
  data: { title: string; summary: string };
  /** Terms the body mentions, as the MDX pipeline recorded them. */
  termIds: readonly string[];
}

interface GlossaryItem<E> {
  term: Term;
  pinyin: string;
  /** Entries of the glossary's language mentioning the term, in the order given. */
  entries: E[];
}

export interface GlossaryGroup<E> {
  category: Term['category'];
  items: GlossaryItem<E>[];
}

export function glossary<E extends MentioningEntry>(
  terms: Termbase,
  locale: LocaleKey,
  entries: readonly E[],
  pinyinOf: (term: Term) => string,
): GlossaryGroup<E>[] {
  const lang = getLocale(locale).lang;
  const mentions = new Map<E, Set<string>>(entries.filter((e) => e.locale === locale).map((e) => [e, new Set(entryTerms(terms, e, lang))]));
  const items = [...terms.values()].map((term) => ({
    term,
    pinyin: pinyinOf(term),
    entries: [...mentions].filter(([, ids]) => ids.has(term.id)).map(([e]) => e),
  }));
  const collator = new Intl.Collator(locale === 'fr' ? 'fr' : 'zh-Latn');
  const key = (item: GlossaryItem<E>) => (locale === 'fr' ? item.term.fr.name : item.pinyin);
  items.sort((a, b) => collator.compare(key(a), key(b)) || a.term.id.localeCompare(b.term.id));
  return categories
    .map((category) => ({ category, items: items.filter((i) => i.term.category === category) }))
    .filter((g) => g.items.length > 0);
}
