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
import { getLocale, isLocaleKey, otherLocale, type LocaleKey } from '../i18n/locales.ts';
import { frenchSpacing } from './frenchSpacing.ts';
import { termOccurrences, type Term, type Termbase } from '../content-model/termbase/termbase.ts';

interface Node {
  type: string;
  value?: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: { type?: string; name?: string; value?: unknown }[];
  children?: Node[];
}

export interface TermLinkOptions {
  terms: Termbase;
  /** Pinyin shown after the Chinese name in French tooltips. */
  pinyin: (term: Term) => string;
}

const SKIP = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const glossaryHref = (id: string) => `/glossary/#${id}`;
const tooltipId = (id: string) => `tip-${id}`;

function langOf(node: Node): unknown {
  return node.properties?.lang ?? node.attributes?.find((a) => a.name === 'lang')?.value;
}

const text = (value: string): Node => ({ type: 'text', value });
const span = (properties: Record<string, unknown>, children: Node[]): Node => ({
  type: 'element',
  tagName: 'span',
  properties,
  children,
});

function termLink(term: Term, written: string, locale: LocaleKey, options: TermLinkOptions): Node {
  const french = locale === 'fr';
  const other = otherLocale(locale);
  const name = french ? term.zh.name : frenchSpacing(term.fr.name);
  const definition = french ? frenchSpacing(term.fr.definition) : term.zh.definition;
  const heading = [span({ className: ['term-tip-name'], lang: other.lang }, [text(name)])];
  if (french) heading.push(text(' '), span({ className: ['term-tip-pinyin'], lang: 'zh-Latn-pinyin' }, [text(options.pinyin(term))]));
  return span({ className: ['term'] }, [
    {
      type: 'element',
      tagName: 'a',
      properties: { href: glossaryHref(term.id), className: ['term-link'], ariaDescribedBy: tooltipId(term.id) },
      children: [text(written)],
    },
    span({ id: tooltipId(term.id), role: 'tooltip', className: ['term-tip'], dataPagefindIgnore: '' }, [
      span({ className: ['term-tip-head'] }, heading),
      text(' '),
      span({ className: ['term-tip-def'] }, [text(definition)]),
    ]),
  ]);
}

/** Links first mentions in place. Pure apart from mutating `tree`. */
export function linkTerms(tree: Node, locale: LocaleKey, options: TermLinkOptions): void {
  const lang = getLocale(locale).lang;
  const primary = lang.split('-')[0]!.toLowerCase();
  const linked = new Set<string>();

  function linkText(value: string): Node[] | undefined {
    const out: Node[] = [];
    let rest = value;
    for (;;) {
      const hits = termOccurrences(options.terms, rest, lang).filter((o) => !linked.has(o.id));
      if (!hits.length) break;
      // Leftmost mention, and of the forms starting there, the longest.
      const hit = hits.reduce((a, b) => (b.start < a.start || (b.start === a.start && b.end > a.end) ? b : a));
      if (hit.start > 0) out.push(text(rest.slice(0, hit.start)));
      out.push(termLink(options.terms.get(hit.id)!, rest.slice(hit.start, hit.end), locale, options));
      linked.add(hit.id);
      rest = rest.slice(hit.end);
    }
    if (!out.length) return undefined;
    if (rest) out.push(text(rest));
    return out;
  }

  function walk(node: Node): void {
    const children = node.children;
    if (!children) return;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.type === 'text' && child.value) {
        const replaced = linkText(child.value);
        if (replaced) {
          children.splice(i, 1, ...replaced);
          i += replaced.length - 1;
        }
        continue;
      }
      const tag = (child.tagName ?? child.name ?? '').toLowerCase();
      const childLang = langOf(child);
      if (SKIP.has(tag)) continue;
      if (typeof childLang === 'string' && childLang.split('-')[0]!.toLowerCase() !== primary) continue;
      walk(child);
    }
  }

  walk(tree);
}

/** The page language of an entry file: the first folder under the content directory. */
export function localeOfFile(path: string, contentDir: string): LocaleKey | undefined {
  const first = relative(contentDir, path).split(sep)[0] ?? '';
  return isLocaleKey(first) ? first : undefined;
}

export function rehypeTermLinks(options: TermLinkOptions & { contentDir: string }) {
  return (tree: Node, file: { path?: string; history?: string[] }) => {
    const locale = localeOfFile(file.path ?? file.history?.at(-1) ?? '', options.contentDir);
    if (locale) linkTerms(tree, locale, options);
  };
}
