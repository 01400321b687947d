/**
 * Canonical URLs and hreflang alternates are absolute URLs of the site
 * itself, and a canonical URL names the page it is on.
 */
import type { Link } from '../pageFacts.ts';
import { relsOf, type CheckedPage, type Site } from '../site.ts';

/** Whether a <link> must carry an absolute URL of the site: the canonical URL and language alternates. */
function isSiteUrlLink(link: Link): boolean {
  const rels = relsOf(link);
  return link.tag === 'link' && (rels.includes('canonical') || (rels.includes('alternate') && !!link.hreflang));
}

export function siteUrlProblem(page: CheckedPage, link: Link, site: Site): string | undefined {
  if (!isSiteUrlLink(link) || !site.origin || link.href.startsWith(`${site.origin}${site.base}`)) return undefined;
  return `${link.rel}${link.hreflang ? ` ${link.hreflang}` : ''} URL "${link.href}" is not an absolute URL of the site ${site.origin}${site.base}`;
}

export function canonicalProblem(page: CheckedPage, link: Link, target: string): string | undefined {
  return relsOf(link).includes('canonical') && target !== page.file
    ? `canonical URL "${link.href}" names another page (${target})`
    : undefined;
}
