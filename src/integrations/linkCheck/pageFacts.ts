/**
 * What the link check keeps of a built page: its ids, its links and the
 * images it loads — not the page. parse5 (the HTML parser under
 * hast-util-from-html) tokenizes it as a browser would (entities decoded,
 * unquoted attributes, `<script>` and `<style>` read as raw text); no tree is
 * built, which makes it 5× faster than `fromHtml` on our pages, and the
 * check holds a few ids and links per page instead of every page.
 */
import { Tokenizer, TokenizerMode, type TokenHandler } from 'parse5';

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

/** Elements whose content is raw text, as the HTML tree builder tells the tokenizer. */
const RAW_TEXT: Record<string, Tokenizer['state']> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  title: TokenizerMode.RCDATA,
  textarea: TokenizerMode.RCDATA,
  plaintext: TokenizerMode.PLAINTEXT,
};

/** The URLs of a `srcset`: `a.png 1x, b.png 2x` → `a.png`, `b.png`. */
export const srcsetUrls = (srcset: string): string[] =>
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
  const link = (l: Link) => {
    const key = `${l.tag}\0${l.href}\0${l.hreflang ?? ''}\0${l.rel ?? ''}`;
    let known = links.get(key);
    if (!known) {
      known = {
        tag: text(l.tag),
        href: text(l.href),
        ...(l.hreflang ? { hreflang: text(l.hreflang) } : {}),
        ...(l.rel ? { rel: text(l.rel) } : {}),
      };
      links.set(key, known);
    }
    return known;
  };
  return { text, link };
}

const noInterning = { text: (s: string) => s, link: (l: Link) => l };

export function pageFacts(html: string, intern: ReturnType<typeof createInterner> = noInterning): PageFacts {
  const facts: PageFacts = { ids: new Set(), links: [], images: [] };
  const ignore = () => {};
  const handler: TokenHandler = {
    onComment: ignore,
    onDoctype: ignore,
    onEndTag: ignore,
    onEof: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
    onStartTag(token) {
      const attr = (name: string) => token.attrs.find((a) => a.name === name)?.value;
      const id = attr('id');
      if (id !== undefined) facts.ids.add(intern.text(id));
      const tag = token.tagName;
      if (tag === 'a' || tag === 'link') {
        const href = attr('href');
        const hreflang = attr('hreflang');
        const rel = attr('rel');
        if (href !== undefined) facts.links.push(intern.link({ tag, href, ...(hreflang ? { hreflang } : {}), ...(rel ? { rel } : {}) }));
      }
      if (tag === 'img') {
        const src = attr('src');
        if (src) facts.images.push(intern.text(src));
      }
      if (tag === 'img' || tag === 'source') facts.images.push(...srcsetUrls(attr('srcset') ?? '').map(intern.text));
      const raw = RAW_TEXT[tag];
      if (raw !== undefined) tokenizer.state = raw;
    },
  };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: false }, handler);
  tokenizer.write(html, true);
  return facts;
}
