/**
 * Checks the built site's internal links: every href of an <a> or <link>
 * that stays on the site must reach a built page, and its #anchor an id on
 * that page. A link from one language into the other is allowed only when it
 * says so with `hreflang` (the language switch, alternates, twin links).
 */
import { localeKeys } from '../i18n/locales.ts';

export interface BuiltPage {
  /** Path relative to the build folder, e.g. `fr/cases/fugu-3331/index.html`. */
  file: string;
  html: string;
}

const decode = (s: string) =>
  s.replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');

export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1]!)));
}

interface Link {
  href: string;
  tag: string;
  hreflang?: string;
}

export function linksOf(html: string): Link[] {
  return [...html.matchAll(/<(a|link)\b([^>]*)>/g)].flatMap((m) => {
    const attrs = m[2]!;
    const href = /\shref="([^"]*)"/.exec(attrs)?.[1];
    if (href === undefined) return [];
    const hreflang = /\shreflang="([^"]*)"/.exec(attrs)?.[1];
    return [{ tag: m[1]!, href: decode(href), ...(hreflang ? { hreflang } : {}) }];
  });
}

/** The built file a site path resolves to, if any. */
function resolveFile(path: string, files: ReadonlySet<string>): string | undefined {
  const clean = path.replace(/^\//, '');
  for (const candidate of [clean, `${clean}index.html`, `${clean}/index.html`])
    if (files.has(candidate)) return candidate;
  return undefined;
}

const localeOf = (path: string) => localeKeys.find((k) => path.startsWith(`${k}/`));

export interface LinkCheckOptions {
  /** The site's base path (`/` or `/sub/`). */
  base?: string;
  /** The site URL, so that absolute links to it (canonical, alternates) are checked too. */
  origin?: string;
  /** Every other built file (styles, images…), relative to the build folder. */
  assets?: string[];
}

/** Problems as `file: message` lines; empty when every link resolves. */
export function checkLinks(pages: BuiltPage[], { base = '/', origin, assets = [] }: LinkCheckOptions = {}): string[] {
  const files = new Set([...pages.map((p) => p.file), ...assets]);
  const ids = new Map(pages.map((p) => [p.file, idsOf(p.html)]));
  const problems: string[] = [];
  for (const page of pages) {
    const fromLocale = localeOf(page.file);
    for (const link of linksOf(page.html)) {
      const siteOrigin = origin?.replace(/\/$/, '');
      const href = siteOrigin && link.href.startsWith(`${siteOrigin}/`) ? link.href.slice(siteOrigin.length) : link.href;
      let url: URL;
      try {
        url = new URL(href, `http://site.invalid${base}${page.file}`);
      } catch {
        problems.push(`${page.file}: malformed link "${link.href}"`);
        continue;
      }
      if (url.origin !== 'http://site.invalid') continue;
      if (!url.pathname.startsWith(base)) {
        problems.push(`${page.file}: link "${link.href}" leaves the site's base path ${base}`);
        continue;
      }
      const path = url.pathname.slice(base.length);
      const target = resolveFile(decodeURIComponent(path), files);
      if (!target) {
        problems.push(`${page.file}: link "${link.href}" points to no page`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !ids.get(target)?.has(anchor))
        problems.push(`${page.file}: link "${link.href}" points to a missing anchor #${anchor} in ${target}`);
      const toLocale = localeOf(target);
      if (fromLocale && toLocale && fromLocale !== toLocale && !link.hreflang)
        problems.push(
          `${page.file}: link "${link.href}" jumps from ${fromLocale} to ${toLocale}; only links with hreflang may change language`,
        );
    }
  }
  return problems;
}
