/**
 * Links written in entries are language-neutral paths (`/models/paired-assistance/`,
 * `/glossary/#id`). On a page they go to the same-language page under the
 * site's base path; in the parallel view, a link to an entry goes to the
 * parallel view of that entry (the reader stays in the mode).
 */
import { isLocaleKey, type LocaleKey } from '../i18n/locales.ts';
import { linkedSlug } from '../content-model/entries.ts';
import { pathInSite, sitePath } from '../i18n/paths.ts';

export interface LinkContext {
  locale: LocaleKey;
  parallel: boolean;
  entrySlugs: ReadonlySet<string>;
}

/** The language and mode of the page at `pathname` (`/base/fr/parallel/x/` → fr, parallel). */
export function linkContextOf(pathname: string, entrySlugs: ReadonlySet<string>): LinkContext {
  const [locale, mode] = pathInSite(pathname).split('/');
  if (!locale || !isLocaleKey(locale)) throw new Error(`an entry's links need a page in a language folder, not ${pathname}`);
  return { locale, parallel: mode === 'parallel', entrySlugs };
}

/** Where a link written in an entry goes from a page. */
export function contentHref(href: string, { locale, parallel, entrySlugs }: LinkContext): string {
  if (!href.startsWith('/')) return href;
  const prefix = parallel && linkedSlug(href, entrySlugs) !== undefined ? `${locale}/parallel` : locale;
  return sitePath(`${prefix}${href}`);
}

const LINK_HREF = /(<a\s(?:[^>]*?\s)?href=")([^"]*)"/g;

/**
 * The links of an entry's compiled HTML (src/markdown/compileMdx.ts, which
 * writes every attribute in double quotes) rewritten for a page.
 */
export function localizeLinks(html: string, context: LinkContext): string {
  return html.replace(LINK_HREF, (_, start: string, href: string) => `${start}${contentHref(href, context)}"`);
}
