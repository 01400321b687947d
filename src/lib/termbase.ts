/**
 * The bilingual termbase (content/termbase.json): one record per name or key
 * term, in French and Chinese, with pinyin. It names places and actors in
 * both languages and feeds each page's search entry with the other
 * language's names of the terms the page contains.
 */
import { z } from 'astro/zod';
import type { LangTag } from '../i18n/locales.ts';

const names = z
  .object({
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    definition: z.string().min(1),
  })
  .strict();

export const termSchema = z
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
  if (!parsed.success)
    throw new Error(
      `${file}: ${parsed.error.issues.map((i) => `[${i.path.join('.')}] ${i.message}`).join('; ')}`,
    );
  const terms = new Map<string, Term>();
  const problems: string[] = [];
  for (const term of parsed.data) {
    if (terms.has(term.id)) problems.push(`duplicate id "${term.id}"`);
    terms.set(term.id, term);
  }
  for (const term of terms.values())
    if (term.parent && !terms.has(term.parent))
      problems.push(`"${term.id}" has unknown parent "${term.parent}"`);
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

const foldFrench = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’']/g, "'").toLowerCase();

/**
 * Ids of the terms a text mentions, in termbase order. French forms match whole
 * words, ignoring case and accents; Chinese forms match as substrings.
 */
export function termsInText(terms: Termbase, text: string, lang: LangTag): string[] {
  const haystack = lang === 'fr' ? foldFrench(text) : text;
  const found: string[] = [];
  for (const term of terms.values()) {
    const hit = termForms(term, lang).some((form) => {
      if (lang !== 'fr') return haystack.includes(form);
      const needle = foldFrench(form).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return new RegExp(`(^|[^\\p{L}\\p{N}])${needle}($|[^\\p{L}\\p{N}])`, 'u').test(haystack);
    });
    if (hit) found.push(term.id);
  }
  return found;
}

/**
 * Words to add to a page's search entry so that a query in the other language
 * finds it: every form, in the other language, of the terms the page mentions.
 */
export function crossLanguageKeywords(terms: Termbase, ids: string[], pageLang: LangTag): string[] {
  const other: LangTag = pageLang === 'fr' ? 'zh-CN' : 'fr';
  return [...new Set(ids.flatMap((id) => termForms(terms.get(id)!, other)))];
}
