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
import { searchForms, termForms, termOccurrences, termsInText, type Term, type Termbase } from '../content-model/termbase/termbase.ts';
import { readingOf } from '../content-model/termbase/pinyin.ts';
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

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Toneless pinyin of a term's Chinese name, as the termbase spells it (spaced and joined), and, when
 * `withSearch`, of its aliases and Chinese search words, read by pinyin-pro: joined, and spaced too
 * when each word of it has two characters or more (中国|石油 → "zhongguo shiyou"); names of more than
 * MAX_PINYIN_WORDS words left out.
 */
function termPinyin(term: Term, withSearch = true): string[] {
  const forms = (p: string) => (p.split(' ').length <= MAX_PINYIN_WORDS ? pinyinForms(p) : []);
  const spelt = (zh: string) => {
    const words = [...segmenter.segment(zh)].filter((s) => s.isWordLike).map((s) => s.segment);
    const pinyin = words.map((w) => readingOf(w).join(''));
    return words.every((w) => w.length >= 2) ? forms(pinyin.join(' ')) : forms(pinyin.join(''));
  };
  const others = withSearch ? [...term.zh.aliases, ...term.zh.search] : term.zh.aliases;
  return [...forms(term.pinyin), ...others.filter((z) => /\p{Script=Han}/u.test(z)).flatMap(spelt)];
}

/**
 * Forms, and the words French elisions glue to their particle in them ("ministère de l’Eau" → "Eau"),
 * less a one-word form that starts another one-word form: Pagefind finds words by their start
 * already ("fugu" finds "fuguxian"), and every word listed costs index bytes on every page that lists it.
 */
function withElided(forms: string[]): string[] {
  const all = [...new Set([...forms, ...elidedWords(forms.join(' '))])];
  const oneWord = (f: string) => !/\s/.test(f) && !/\p{Script=Han}/u.test(f);
  return all.filter((f) => !oneWord(f) || !all.some((g) => g !== f && oneWord(g) && g.toLowerCase().startsWith(f.toLowerCase())));
}

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
  // Search words (readers' words, other names) lead to the pages about a term: those that name it in
  // their title, summary or facts; a page that only mentions it is found by its names.
  const featured = new Set([...named, ...termsInText(terms, data.summary, lang)]);
  const ids = entry.termIds
    ? unique([...termsInText(terms, `${data.title}\n${data.summary}`, lang), ...entry.termIds])
    : termsInText(terms, text, lang);
  const groups: SearchGroup[] = ids.map((id) => {
    const term = terms.get(id)!;
    const first = occurrences.find((o) => o.id === id);
    return {
      own: first ? text.slice(first.start, first.end) : termForms(term, lang)[0]!,
      forms: featured.has(id)
        ? withElided(unique([...searchForms(term, other.lang), ...term[lang === 'fr' ? 'fr' : 'zh'].search, ...termPinyin(term)]))
        : withElided(unique([...termForms(term, other.lang), ...termPinyin(term, false)])),
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
