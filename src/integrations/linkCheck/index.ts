/**
 * Checks the built site's internal links: every href of an <a> or <link>
 * that stays on the site must reach a built page, and its #anchor an id on
 * that page; every image a page loads must be in the build. One file per
 * rule in checks/ (as withastro/docs does): same-language links, canonical
 * and alternate URLs, anchors, images. Sitemaps (`sitemap-*.xml`) are checked
 * the same way: every URL they list is a page.
 */
import { pageFacts } from './pageFacts.ts';
import { resolve, resolveFile, type CheckedPage, type Site } from './site.ts';
import { canonicalProblem, siteUrlProblem } from './checks/siteUrls.ts';
import { anchorProblem } from './checks/anchors.ts';
import { languageJumpProblem } from './checks/sameLanguage.ts';
import { imageProblems } from './checks/images.ts';

export { createInterner, pageFacts } from './pageFacts.ts';
export type { CheckedPage } from './site.ts';

export interface BuiltPage {
  /** Path relative to the build folder, e.g. `fr/cases/fugu-3331/index.html`. */
  file: string;
  html: string;
}

export interface LinkCheckOptions {
  /** The site's base path (`/` or `/sub/`). */
  base?: string;
  /** The site URL, so that absolute links to it (canonical, alternates) are checked too. */
  origin?: string;
  /** Every other built file (styles, images…), relative to the build folder. */
  assets?: string[];
}

/** Problems as `file: message` lines; empty when every link resolves. */
export function checkLinks(pages: BuiltPage[], options: LinkCheckOptions = {}): string[] {
  return checkPages(
    pages.map((p) => ({ file: p.file, ...pageFacts(p.html) })),
    options,
  );
}

/** The same check on what pageFacts kept of each page (the pages themselves need not be in memory). */
export function checkPages(pages: CheckedPage[], { base = '/', origin, assets = [] }: LinkCheckOptions = {}): string[] {
  const site: Site = {
    base,
    origin: origin?.replace(/\/$/, ''),
    files: new Set([...pages.map((p) => p.file), ...assets]),
    ids: new Map(pages.map((p) => [p.file, p.ids])),
  };
  const problems: string[] = [];
  for (const page of pages) {
    const report = (message: string | undefined) => {
      if (message) problems.push(`${page.file}: ${message}`);
    };
    for (const link of page.links) {
      const notSiteUrl = siteUrlProblem(page, link, site);
      if (notSiteUrl) {
        report(notSiteUrl);
        continue;
      }
      const resolved = resolve(link.href, page, site);
      if (resolved.kind === 'external') continue;
      if (resolved.kind === 'problem') {
        report(resolved.message);
        continue;
      }
      const { target, anchor } = resolved;
      if (!target) {
        report(`link "${link.href}" points to no page`);
        continue;
      }
      const canonical = canonicalProblem(page, link, target);
      if (canonical) {
        report(canonical);
        continue;
      }
      report(anchorProblem(link, target, anchor, site));
      report(languageJumpProblem(page, link, target));
    }
    imageProblems(page, site).forEach(report);
  }
  return problems;
}

const decodeXml = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"');

export interface BuiltSitemap {
  /** Path relative to the build folder, e.g. `sitemap-0.xml`. */
  file: string;
  xml: string;
}

/** Every URL a sitemap lists: `<loc>` entries and `<xhtml:link href>` alternates. */
export function sitemapUrls(xml: string): string[] {
  const locs = [...xml.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/g)].map((m) => m[1]!);
  const alternates = [...xml.matchAll(/<(?:xhtml:)?link\b[^>]*\shref="([^"]*)"/g)].map((m) => m[1]!);
  return [...locs, ...alternates].map(decodeXml);
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
