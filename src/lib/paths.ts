/** URLs of the site, under the configured base path. */
import type { LocaleKey } from '../i18n/locales.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `/base/` + path, with a trailing slash on page paths. */
export function sitePath(path = ''): string {
  const clean = path.replace(/^\//, '');
  const withSlash = clean === '' || /\.[a-z0-9]+$/i.test(clean) || clean.includes('#') || clean.endsWith('/') ? clean : `${clean}/`;
  return `${BASE}${withSlash}`;
}

export function localePath(locale: LocaleKey, slug = ''): string {
  return sitePath(slug ? `${locale}/${slug}` : `${locale}/`);
}
