/**
 * Rehype step linking the first mention of each termbase term on an entry
 * page to its glossary entry, with a tooltip: the definition in the page's
 * language and the term in the other language (and its pinyin on French
 * pages). Longest form first; never inside headings, links, code or text
 * marked with another language. Only inline nodes are added, so paragraph
 * alignment (rehypeAlignIds) is untouched.
 *
 * The href is the language-neutral `/glossary/#id`, written like authors'
 * links: the MDX `a` component (ContentLink) turns it into the page
 * language's glossary under the site's base path.
 */
import { relative, sep } from 'node:path';
import { SKIP as SKIP_CHILDREN, visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import { getLocale, isLocaleKey, otherLocale, type LocaleKey } from '../i18n/locales.ts';
import { frenchSpacing } from '../i18n/frenchSpacing.ts';
import { termOccurrences, termsInText, type Term, type Termbase } from '../content-model/termbase/termbase.ts';
import { langOf, pathOf, record, tagOf, type Element, type Nodes, type Root, type VFile } from './hast.ts';

type Inline = Element | { type: 'text'; value: string };

export interface TermLinkOptions {
  terms: Termbase;
  /** Pinyin shown after the Chinese name in French tooltips. */
  pinyin: (term: Term) => string;
}

/** Never read as text: code and markup. */
const NOT_TEXT = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg']);
/** Not linked: code, and headings and links (which are mentions all the same). */
const SKIP = new Set([...NOT_TEXT, 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const glossaryHref = (id: string) => `/glossary/#${id}`;
const tooltipId = (id: string) => `tip-${id}`;

const text = (value: string): Inline => ({ type: 'text', value });
const span = (properties: Element['properties'], children: Inline[]): Element => ({
  type: 'element',
  tagName: 'span',
  properties,
  children,
});

function termLink(term: Term, written: string, locale: LocaleKey, options: TermLinkOptions): Element {
  const french = locale === 'fr';
  const other = otherLocale(locale);
  const name = french ? term.zh.name : frenchSpacing(term.fr.name);
  const definition = french ? frenchSpacing(term.fr.definition) : term.zh.definition;
  const heading: Inline[] = [span({ className: ['term-tip-name'], lang: other.lang }, [text(name)])];
  if (french) heading.push(text(' '), span({ className: ['term-tip-pinyin'], lang: 'zh-Latn-pinyin' }, [text(options.pinyin(term))]));
  return span({ className: ['term'] }, [
    {
      type: 'element',
      tagName: 'a',
      properties: { href: glossaryHref(term.id), className: ['term-link'], ariaDescribedBy: [tooltipId(term.id)] },
      children: [text(written)],
    },
    span({ id: tooltipId(term.id), role: 'tooltip', className: ['term-tip'], dataPagefindIgnore: '' }, [
      span({ className: ['term-tip-head'] }, heading),
      text(' '),
      span({ className: ['term-tip-def'] }, [text(definition)]),
    ]),
  ]);
}

const otherLanguage = (node: Nodes, primary: string) => {
  const lang = langOf(node);
  return lang !== undefined && lang.split('-')[0]!.toLowerCase() !== primary;
};

/**
 * Ids of the terms the text of a tree mentions anywhere (headings and links
 * included; code and text marked with another language left out), in
 * termbase order: what the glossary and the search record need.
 */
function mentionedTerms(tree: Root, locale: LocaleKey, terms: Termbase): string[] {
  const lang = getLocale(locale).lang;
  const primary = lang.split('-')[0]!.toLowerCase();
  const texts: string[] = [];
  visitParents(tree, 'text', (node, ancestors) => {
    if (!ancestors.some((a) => NOT_TEXT.has(tagOf(a)) || otherLanguage(a, primary))) texts.push(node.value);
  });
  return termsInText(terms, texts.join('\n'), lang);
}

/**
 * Links first mentions in place and returns the ids of the terms linked, in
 * order of first mention. Pure apart from mutating `tree`.
 */
export function linkTerms(tree: Root, locale: LocaleKey, options: TermLinkOptions): string[] {
  const lang = getLocale(locale).lang;
  const primary = lang.split('-')[0]!.toLowerCase();
  const linked = new Set<string>();

  function linkText(value: string): Inline[] | undefined {
    // Every mention in the text, found once; then, from left to right, the
    // leftmost mention of a term not yet linked, and of the forms starting
    // there the longest.
    const hits = termOccurrences(options.terms, value, lang).sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Inline[] = [];
    let cursor = 0;
    for (const hit of hits) {
      if (hit.start < cursor || linked.has(hit.id)) continue;
      if (hit.start > cursor) out.push(text(value.slice(cursor, hit.start)));
      out.push(termLink(options.terms.get(hit.id)!, value.slice(hit.start, hit.end), locale, options));
      linked.add(hit.id);
      cursor = hit.end;
    }
    if (!out.length) return undefined;
    if (cursor < value.length) out.push(text(value.slice(cursor)));
    return out;
  }

  visit(tree, (node, index, parent) => {
    if (node.type === 'text') {
      const replaced = node.value ? linkText(node.value) : undefined;
      if (!replaced || !parent || index === undefined) return;
      parent.children.splice(index, 1, ...replaced);
      return index + replaced.length; // past the links just added
    }
    return SKIP.has(tagOf(node)) || otherLanguage(node, primary) ? SKIP_CHILDREN : undefined;
  });
  return [...linked];
}

/** The page language of an entry file: the first folder under the content directory. */
export function localeOfFile(path: string, contentDir: string): LocaleKey | undefined {
  const first = relative(contentDir, path).split(sep)[0] ?? '';
  return isLocaleKey(first) ? first : undefined;
}

/**
 * Records the terms the entry mentions as `terms` (see hast.ts), so pages
 * read them instead of scanning the text again, then links first mentions.
 */
export function rehypeTermLinks(options: TermLinkOptions & { contentDir: string }) {
  return (tree: Root, file: VFile) => {
    const locale = localeOfFile(pathOf(file), options.contentDir);
    if (!locale) return;
    record(file, 'terms', mentionedTerms(tree, locale, options.terms));
    linkTerms(tree, locale, options);
  };
}
