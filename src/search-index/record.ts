/**
 * What Pagefind records of an entry beyond its visible text: language-neutral
 * filter values (labelled in the reader's language by the search UI) and the
 * twin's path, both as attributes (never indexed words); and search groups,
 * hidden text that lets a query find the page in another form:
 * - the other language's names and the pinyin of each term the entry mentions,
 *   next to the entry's own form of that term ("Fugu ⇄ 府谷县 府谷 fugu");
 * - the words French elisions glue to their particle ("l’eau" is indexed as one
 *   word by Pagefind, so "eau" is listed).
 * The client reads the groups back to compute an excerpt from the page's own
 * sentence when a page matched only through them (see forgiving/excerpt.ts).
 */
import { otherLocale, getLocale, type LocaleKey } from '../i18n/locales.ts';
import type { EntryData } from '../content-model/schema.ts';
import { termForms, termOccurrences, termsInText, type Termbase } from '../content-model/termbase/termbase.ts';
import { elidedWords, pinyinForms } from '../search/forgiving/text.ts';

interface SearchGroup {
  /** The entry's own form, as written in the entry (empty for elisions). */
  own: string;
  /** Forms that should find the entry. */
  forms: string[];
  /** Language of the forms. */
  lang: string;
  /** Pagefind weight: higher when the entry's title or facts name the term. */
  weight: number;
}

export interface SearchRecordData {
  filters: Record<string, string[]>;
  twinPath: string;
  groups: SearchGroup[];
}

/** Pinyin of longer names (official titles, full company names) is not what readers type: left out of the index. */
const MAX_PINYIN_WORDS = 4;
/** Weight of a term named in the entry's title or facts (Pagefind's h1 is 7). */
export const NAMED_WEIGHT = 7;

export function searchRecord(
  terms: Termbase,
  entry: { locale: LocaleKey; slug: string; data: EntryData; body?: string | undefined; termIds?: readonly string[] },
): SearchRecordData {
  const { data, locale, slug } = entry;
  const lang = getLocale(locale).lang;
  const other = otherLocale(locale);
  const modelKey = data.kind === 'model' ? slug.split('/').at(-1)! : data.model;
  // Markdown links and emphasis would hide words from the patterns below: "l’[aide](/x/)" → "l’aide".
  const body = (entry.body ?? '').replace(/\]\([^)]*\)/g, '').replace(/[[\]*_`]/g, '');
  const text = [data.title, data.summary, body].join('\n');
  const unique = (values: string[]) => [...new Set(values)];

  const named = new Set([
    ...termsInText(terms, data.title, lang),
    ...data.actors.map((a) => a.term),
    ...data.places.flatMap((p) => [p.province, p.prefecture, p.county].filter((x): x is string => !!x)),
  ]);
  const occurrences = termOccurrences(terms, text, lang).sort((a, b) => a.start - b.start);
  // The terms the MDX render recorded (src/markdown/rehypeTermLinks.ts), plus those of the title and summary.
  const ids = entry.termIds
    ? unique([...termsInText(terms, `${data.title}\n${data.summary}`, lang), ...entry.termIds])
    : termsInText(terms, text, lang);
  const groups: SearchGroup[] = ids.map((id) => {
    const term = terms.get(id)!;
    const first = occurrences.find((o) => o.id === id);
    return {
      own: first ? text.slice(first.start, first.end) : termForms(term, lang)[0]!,
      forms: unique([
        ...termForms(term, other.lang),
        ...(term.pinyin.split(' ').length <= MAX_PINYIN_WORDS ? pinyinForms(term.pinyin) : []),
      ]),
      lang: other.lang,
      weight: named.has(id) ? NAMED_WEIGHT : 1,
    };
  });
  if (lang === 'fr') {
    // Each time it occurs, so that a page that says "l’eau" often ranks higher.
    const words = elidedWords(text);
    if (words.length) groups.push({ own: '', forms: words, lang, weight: 1 });
  }
  return {
    filters: {
      language: [locale],
      kind: [data.kind],
      model: modelKey ? [modelKey] : [],
      province: unique(data.places.map((p) => p.province)),
      actor: unique(data.actors.map((a) => a.type)),
      year: unique(data.events.map((e) => e.date.slice(0, 4))),
    },
    twinPath: `${other.key}/${slug}/`,
    groups,
  };
}
