/** What every check knows of the built site, and how a URL on a page resolves to a built file. */
import { localeKeys } from '../../i18n/locales.ts';
import type { Link, PageFacts } from './pageFacts.ts';

export interface CheckedPage extends PageFacts {
  /** Path relative to the build folder, e.g. `fr/cases/fugu-3331/index.html`. */
  file: string;
}

export interface Site {
  /** The site's base path (`/` or `/sub/`). */
  base: string;
  /** The site URL without a trailing slash, when known. */
  origin: string | undefined;
  /** Every built file, relative to the build folder. */
  files: ReadonlySet<string>;
  /** The ids of each built page. */
  ids: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A URL of a page, resolved against the site: the built file it reaches, or why it reaches none. */
export type Resolved =
  { kind: 'external' } | { kind: 'problem'; message: string } | { kind: 'file'; target: string | undefined; anchor: string };

/** The built file a site path resolves to, if any. */
export function resolveFile(path: string, files: ReadonlySet<string>): string | undefined {
  const clean = path.replace(/^\//, '');
  for (const candidate of [clean, `${clean}index.html`, `${clean}/index.html`]) if (files.has(candidate)) return candidate;
  return undefined;
}

/** What each site-absolute URL (`/fr/…`, the same from every page) resolves to, worked out once per check. */
const fromRoot = new WeakMap<Site, Map<string, Resolved>>();

export function resolve(url: string, page: CheckedPage, site: Site): Resolved {
  const href = site.origin && url.startsWith(`${site.origin}/`) ? url.slice(site.origin.length) : url;
  // A URL starting with `/` (or `\`, read as `/`) does not depend on the page it is on.
  if (!href.startsWith('/') && !href.startsWith('\\')) return resolveFrom(href, url, page, site);
  let known = fromRoot.get(site);
  if (!known) fromRoot.set(site, (known = new Map<string, Resolved>()));
  let resolved = known.get(url);
  if (!resolved) known.set(url, (resolved = resolveFrom(href, url, page, site)));
  return resolved;
}

function resolveFrom(href: string, url: string, page: CheckedPage, site: Site): Resolved {
  let parsed: URL;
  try {
    parsed = new URL(href, `http://site.invalid${site.base}${page.file}`);
  } catch {
    return { kind: 'problem', message: `malformed link "${url}"` };
  }
  if (parsed.origin !== 'http://site.invalid') return { kind: 'external' };
  if (!parsed.pathname.startsWith(site.base)) return { kind: 'problem', message: `link "${url}" leaves the site's base path ${site.base}` };
  const path = decodeURIComponent(parsed.pathname.slice(site.base.length));
  return { kind: 'file', target: resolveFile(path, site.files), anchor: decodeURIComponent(parsed.hash.slice(1)) };
}

export const localeOf = (path: string) => localeKeys.find((k) => path.startsWith(`${k}/`));

export const relsOf = (link: Link) => (link.rel ?? '').split(/\s+/);
