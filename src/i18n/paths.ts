/** URLs of the site, under the configured base path. */
import type { LocaleKey } from './locales.ts';

declare const __SITE_BASE__: string;

/** The site's base path, always with a trailing slash (`/`, `/fupin/`); set in astro.config.mjs. */
const BASE = __SITE_BASE__;

/** `/base/` + path, with a trailing slash on page paths. */
export function sitePath(path = ''): string {
  const clean = path.replace(/^\//, '');
  const withSlash = clean === '' || /\.[a-z0-9]+$/i.test(clean) || clean.includes('#') || clean.endsWith('/') ? clean : `${clean}/`;
  return `${BASE}${withSlash}`;
}

export function localePath(locale: LocaleKey, slug = ''): string {
  return sitePath(slug ? `${locale}/${slug}` : `${locale}/`);
}

/** `/base/fr/cases/x/` → `fr/cases/x/`: a URL path of the site, relative to its base. */
export function pathInSite(pathname: string): string {
  return pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\//, '');
}

/** An absolute URL of the site: `site` is Astro.site (from SITE_URL), or localhost when unset. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(path, site ?? 'http://localhost/').href;
}
