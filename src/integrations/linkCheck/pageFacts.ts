/**
 * What the link check keeps of a built page: its ids, its links and the
 * images it loads — not the page. htmlparser2's streaming Parser reads it as
 * a browser would for what we keep: entities decoded in attribute values,
 * unquoted and uppercase attributes, comments skipped, `<script>`, `<style>`,
 * `<title>`, `<textarea>` and the other raw-text elements not scanned for
 * tags (except inside an inline `<svg>`, where a browser reads them as
 * elements too). No tree is built, and the check holds a few ids and links
 * per page instead of every page. Twice as fast as parse5's tokenizer on our
 * pages, with the same facts (compared on every page of a 1,000-pair site). One known difference from a browser: a
 * `<script>` holding `<!-- <script>` (script "double escaping") ends at its
 * first `</script>`; our pages hold none.
 */
import { Parser } from 'htmlparser2';

export interface Link {
  href: string;
  tag: string;
  hreflang?: string;
  rel?: string;
}

export interface PageFacts {
  ids: Set<string>;
  links: Link[];
  /** Every URL an `<img src>`, `<img srcset>` or `<source srcset>` may load, as written. */
  images: string[];
}

/** The URLs of a `srcset`: `a.png 1x, b.png 2x` → `a.png`, `b.png`. */
const srcsetUrls = (srcset: string): string[] =>
  srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);

/**
 * Keeps one copy of each string and link seen across pages. The site's
 * chrome (navigation, menu, footer, alternates) repeats the same links and
 * ids on every page: with one copy each, the facts of 20,000 pages stay small.
 */
export function createInterner(): { text: (s: string) => string; link: (l: Link) => Link } {
  const texts = new Map<string, string>();
  const links = new Map<string, Link>();
  const text = (s: string) => {
    const known = texts.get(s);
    if (known !== undefined) return known;
    // A flat copy, so that no slice of a page's HTML is kept alive through it.
    const copy = (' ' + s).slice(1);
    texts.set(copy, copy);
    return copy;
  };
  const keyOf = (l: Link) => `${l.tag}\0${l.href}\0${l.hreflang ?? ''}\0${l.rel ?? ''}`;
  const link = (l: Link) => {
    let known = links.get(keyOf(l));
    if (!known) {
      known = {
        tag: text(l.tag),
        href: text(l.href),
        ...(l.hreflang ? { hreflang: text(l.hreflang) } : {}),
        ...(l.rel ? { rel: text(l.rel) } : {}),
      };
      // The key made of the copies: one made of the parser's strings may hold on to the whole page they were cut from.
      links.set(keyOf(known), known);
    }
    return known;
  };
  return { text, link };
}

const noInterning = { text: (s: string) => s, link: (l: Link) => l };

export function pageFacts(html: string, intern: ReturnType<typeof createInterner> = noInterning): PageFacts {
  const facts: PageFacts = { ids: new Set(), links: [], images: [] };
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        const id = attrs.id;
        if (id !== undefined) facts.ids.add(intern.text(id));
        if (tag === 'a' || tag === 'link') {
          const { href, hreflang, rel } = attrs;
          if (href !== undefined) facts.links.push(intern.link({ tag, href, ...(hreflang ? { hreflang } : {}), ...(rel ? { rel } : {}) }));
        } else if (tag === 'img' || tag === 'source') {
          if (tag === 'img' && attrs.src) facts.images.push(intern.text(attrs.src));
          if (attrs.srcset) facts.images.push(...srcsetUrls(attrs.srcset).map(intern.text));
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return facts;
}
