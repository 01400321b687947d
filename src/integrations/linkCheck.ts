/**
 * Checks the built site's internal links: every href of an <a> or <link>
 * that stays on the site must reach a built page, and its #anchor an id on
 * that page. A link from one language into the other is allowed only when it
 * says so with `hreflang` (the language switch, alternates, twin links).
 * Canonical URLs and hreflang alternates must be absolute URLs of the site
 * itself, and a canonical URL names the page it is on. Sitemaps
 * (`sitemap-*.xml`) are checked the same way: every URL they list is a page.
 */
import { localeKeys } from '../i18n/locales.ts';

export interface BuiltPage {
  /** Path relative to the build folder, e.g. `fr/cases/fugu-3331/index.html`. */
  file: string;
  html: string;
}

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"');

export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1]!)));
}

interface Link {
  href: string;
  tag: string;
  hreflang?: string;
  rel?: string;
}

export function linksOf(html: string): Link[] {
  return [...html.matchAll(/<(a|link)\b([^>]*)>/g)].flatMap((m) => {
    const attrs = m[2]!;
    const href = /\shref="([^"]*)"/.exec(attrs)?.[1];
    if (href === undefined) return [];
    const hreflang = /\shreflang="([^"]*)"/.exec(attrs)?.[1];
    const rel = /\srel="([^"]*)"/.exec(attrs)?.[1];
    return [{ tag: m[1]!, href: decode(href), ...(hreflang ? { hreflang } : {}), ...(rel ? { rel } : {}) }];
  });
}

/** The built file a site path resolves to, if any. */
function resolveFile(path: string, files: ReadonlySet<string>): string | undefined {
  const clean = path.replace(/^\//, '');
  for (const candidate of [clean, `${clean}index.html`, `${clean}/index.html`]) if (files.has(candidate)) return candidate;
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

/** Whether a <link> must carry an absolute URL of the site: the canonical URL and language alternates. */
function isSiteUrlLink(link: Link): boolean {
  const rels = (link.rel ?? '').split(/\s+/);
  return link.tag === 'link' && (rels.includes('canonical') || (rels.includes('alternate') && !!link.hreflang));
}

/** Problems as `file: message` lines; empty when every link resolves. */
export function checkLinks(pages: BuiltPage[], { base = '/', origin, assets = [] }: LinkCheckOptions = {}): string[] {
  const files = new Set([...pages.map((p) => p.file), ...assets]);
  const ids = new Map(pages.map((p) => [p.file, idsOf(p.html)]));
  const siteOrigin = origin?.replace(/\/$/, '');
  const problems: string[] = [];
  for (const page of pages) {
    const fromLocale = localeOf(page.file);
    for (const link of linksOf(page.html)) {
      if (isSiteUrlLink(link) && siteOrigin && !link.href.startsWith(`${siteOrigin}${base}`)) {
        problems.push(
          `${page.file}: ${link.rel}${link.hreflang ? ` ${link.hreflang}` : ''} URL "${link.href}" is not an absolute URL of the site ${siteOrigin}${base}`,
        );
        continue;
      }
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
      if ((link.rel ?? '').split(/\s+/).includes('canonical') && target !== page.file) {
        problems.push(`${page.file}: canonical URL "${link.href}" names another page (${target})`);
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

export interface BuiltSitemap {
  /** Path relative to the build folder, e.g. `sitemap-0.xml`. */
  file: string;
  xml: string;
}

/** Every URL a sitemap lists: `<loc>` entries and `<xhtml:link href>` alternates. */
export function sitemapUrls(xml: string): string[] {
  const locs = [...xml.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/g)].map((m) => m[1]!);
  const alternates = [...xml.matchAll(/<(?:xhtml:)?link\b[^>]*\shref="([^"]*)"/g)].map((m) => m[1]!);
  return [...locs, ...alternates].map(decode);
}

/**
 * A sitemap or sitemap index lists absolute URLs of the site: each must be
 * under the site's origin and base path and reach a built page (or, in an
 * index, a built sitemap).
 */
export function checkSitemaps(
  sitemaps: BuiltSitemap[],
  pageFiles: string[],
  { base = '/', origin, assets = [] }: LinkCheckOptions = {},
): string[] {
  const files = new Set([...pageFiles, ...assets, ...sitemaps.map((s) => s.file)]);
  const prefix = origin ? `${origin.replace(/\/$/, '')}${base}` : undefined;
  const problems: string[] = [];
  for (const sitemap of sitemaps) {
    const urls = sitemapUrls(sitemap.xml);
    if (!urls.length) problems.push(`${sitemap.file}: lists no URL`);
    for (const u of urls) {
      if (prefix ? !u.startsWith(prefix) : !/^https?:\/\//.test(u)) {
        problems.push(`${sitemap.file}: URL "${u}" is not an absolute URL of the site${prefix ? ` ${prefix}` : ''}`);
        continue;
      }
      const path = decodeURIComponent(new URL(u).pathname);
      if (!path.startsWith(base) || !resolveFile(path.slice(base.length), files))
        problems.push(`${sitemap.file}: URL "${u}" points to no page`);
      else if (new URL(u).hash) problems.push(`${sitemap.file}: URL "${u}" has a #fragment; list pages only`);
    }
  }
  return problems;
}
