/**
 * The text Pagefind indexes from a built page: inside `data-pagefind-body`,
 * without `data-pagefind-ignore` parts, scripts and styles. A scan of the tags
 * (our own, well-formed output: html-validate checks it), about 100 times
 * faster than building a syntax tree of each page.
 */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) =>
    ref[0] !== '#'
      ? (ENTITIES[ref.toLowerCase()] ?? whole)
      : String.fromCodePoint(parseInt(ref.slice(ref[1]?.toLowerCase() === 'x' ? 2 : 1), ref[1]?.toLowerCase() === 'x' ? 16 : 10)),
  );

export function indexedText(html: string): string {
  const clean = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ');
  const tag = /<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g;
  const parts: string[] = [];
  let depth = 0;
  /** Depth at which the body starts, and at which an ignored element starts (−1: none). */
  let body = -1;
  let ignore = -1;
  let last = 0;
  for (const m of clean.matchAll(tag)) {
    if (body >= 0 && ignore < 0) parts.push(decode(clean.slice(last, m.index)));
    last = m.index + m[0].length;
    const [, close, name, attrs = ''] = m;
    if (VOID.has(name!.toLowerCase()) || attrs.endsWith('/')) {
      parts.push(' ');
      continue;
    }
    if (close) {
      depth--;
      if (depth === ignore) ignore = -1;
      if (depth === body) body = -1;
      parts.push(' ');
      continue;
    }
    if (body < 0 && /\sdata-pagefind-body\b/.test(attrs)) body = depth;
    else if (body >= 0 && ignore < 0 && /\sdata-pagefind-ignore\b/.test(attrs)) ignore = depth;
    depth++;
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}
