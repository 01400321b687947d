/**
 * The bilingual termbase (content/termbase.json): one record per name or key
 * term, in French and Chinese, with pinyin. It names places and actors in
 * both languages and feeds each page's search entry with the other
 * language's names of the terms the page contains.
 */
import { z } from 'astro/zod';
import type { LangTag } from '../../i18n/locales.ts';

const names = z
  .object({
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    definition: z.string().min(1),
  })
  .strict();

const termSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    category: z.enum(['concept', 'model', 'institution', 'enterprise', 'place']),
    level: z.enum(['province', 'prefecture', 'county']).optional(),
    parent: z.string().optional(),
    fr: names,
    zh: names,
    pinyin: z.string().min(1),
  })
  .strict();

export type Term = z.infer<typeof termSchema>;
export type Termbase = ReadonlyMap<string, Term>;

/** Validates raw JSON; throws one message naming the file and every problem. */
export function parseTermbase(raw: unknown, file = 'content/termbase.json'): Termbase {
  const parsed = z.array(termSchema).safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `[${i.path.join('.')}] ${i.message}`).join('; ')}`);
  const terms = new Map<string, Term>();
  const problems: string[] = [];
  for (const term of parsed.data) {
    if (terms.has(term.id)) problems.push(`duplicate id "${term.id}"`);
    terms.set(term.id, term);
  }
  for (const term of terms.values())
    if (term.parent && !terms.has(term.parent)) problems.push(`"${term.id}" has unknown parent "${term.parent}"`);
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
  return terms;
}

const side = (lang: LangTag) => (lang === 'fr' ? 'fr' : 'zh');

export function termName(terms: Termbase, id: string, lang: LangTag): string {
  const term = terms.get(id);
  if (!term) throw new Error(`"${id}" is not in the termbase (content/termbase.json)`);
  return term[side(lang)].name;
}

/** All the forms under which a term may appear in a text of this language. */
export function termForms(term: Term, lang: LangTag): string[] {
  const { name, aliases } = term[side(lang)];
  return [name, ...aliases];
}

/** One UTF-16 unit folded: accents dropped, typographic apostrophe and any space made plain, lower case. */
const foldedUnits = new Map<string, string>();
function foldUnit(unit: string): string {
  let folded = foldedUnits.get(unit);
  if (folded === undefined) {
    folded = unit.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’']/g, "'").replace(/\s/g, ' ').toLowerCase();
    foldedUnits.set(unit, folded);
  }
  return folded;
}

/**
 * Case-, accent- and apostrophe-folded French, with each folded unit's index
 * in the original text (each distinct unit is folded once, then looked up:
 * pages run this over every paragraph).
 */
function foldFrench(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = foldUnit(text[i]!);
    folded += unit;
    for (let k = 0; k < unit.length; k++) origin.push(i);
  }
  origin.push(text.length);
  return { folded, origin };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface TermOccurrence {
  id: string;
  /** Offsets in the text: `text.slice(start, end)` is the form as written. */
  start: number;
  end: number;
}

/**
 * Every place a text mentions a term, overlaps included, in no particular
 * order. French forms match whole words, ignoring case and accents; Chinese
 * forms match as substrings.
 */
export function termOccurrences(terms: Termbase, text: string, lang: LangTag): TermOccurrence[] {
  const found: TermOccurrence[] = [];
  if (lang !== 'fr') {
    for (const term of terms.values())
      for (const form of termForms(term, lang))
        for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1))
          found.push({ id: term.id, start: at, end: at + form.length });
    return found;
  }
  const { folded, origin } = foldFrench(text);
  for (const { id, re } of frenchPatterns(terms))
    for (const m of folded.matchAll(re)) found.push({ id, start: origin[m.index]!, end: origin[m.index + m[0].length]! });
  return found;
}

/** Each French form as a whole-word pattern over folded text, compiled once per termbase (not once per text). */
const compiled = new WeakMap<Termbase, { id: string; re: RegExp }[]>();
function frenchPatterns(terms: Termbase): { id: string; re: RegExp }[] {
  let patterns = compiled.get(terms);
  if (!patterns) {
    patterns = [...terms.values()].flatMap((term) =>
      termForms(term, 'fr').map((form) => ({
        id: term.id,
        re: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(foldFrench(form).folded)}(?![\\p{L}\\p{N}])`, 'gu'),
      })),
    );
    compiled.set(terms, patterns);
  }
  return patterns;
}

/** Ids of the terms a text mentions, in termbase order. */
export function termsInText(terms: Termbase, text: string, lang: LangTag): string[] {
  const ids = new Set(termOccurrences(terms, text, lang).map((o) => o.id));
  return [...terms.keys()].filter((id) => ids.has(id));
}

/**
 * Ids of the terms an entry mentions, in termbase order: those the MDX
 * pipeline recorded in its body (rehypeTermLinks) and those in its title and
 * summary, the front matter text that the pipeline does not see.
 */
export function entryTerms(
  terms: Termbase,
  entry: { data: { title: string; summary: string }; termIds: readonly string[] },
  lang: LangTag,
): string[] {
  const ids = new Set([...entry.termIds, ...termsInText(terms, `${entry.data.title}\n${entry.data.summary}`, lang)]);
  return [...terms.keys()].filter((id) => ids.has(id));
}

/**
 * Words to add to a page's search entry so that a query in the other language
 * finds it: every form, in the other language, of the terms the page mentions.
 */
export function crossLanguageKeywords(terms: Termbase, ids: string[], pageLang: LangTag): string[] {
  const other: LangTag = pageLang === 'fr' ? 'zh-CN' : 'fr';
  return [...new Set(ids.flatMap((id) => termForms(terms.get(id)!, other)))];
}
