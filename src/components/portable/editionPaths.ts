/**
 * Where a URL of the served site lives in the portable edition (the site as a
 * folder opened from disk): the same path under the edition's folder, with
 * `index.html` named, since a browser opening `file://` URLs shows a folder's
 * listing, not its index page. Shared by the build (relative links written
 * into the pages) and the edition's runtime (links and requests made by
 * scripts, see portableRuntime.ts).
 */

/** Folder of the edition's own scripts and data files, under its root. */
export const PORTABLE_DIR = '_portable';
/** Data files (search indexes, search extras) as classic scripts, under PORTABLE_DIR. */
const DATA_DIR = `${PORTABLE_DIR}/data`;

/**
 * `/fr/cases/x/?q=a#p3` (a URL path of the site under `base`) → `fr/cases/x/index.html?q=a#p3`,
 * relative to the edition's root; undefined for anything else (another origin, `//host`, `#x`, `mailto:`).
 */
export function editionPath(href: string, base: string): string | undefined {
  if (!href.startsWith(base) || href.startsWith('//')) return undefined;
  const split = /^([^?#]*)(.*)$/s.exec(href.slice(base.length))!;
  const path = split[1]!;
  return `${path === '' || path.endsWith('/') ? `${path}index.html` : path}${split[2]}`;
}

/** `fr/cases/x/index.html` → `../../../`: from a file of the edition back to its root. */
export function rootFrom(file: string): string {
  return '../'.repeat(file.split('/').length - 1);
}

/** A file of the site (`pagefind-fr/index/x.pf_index`) → the classic script that defines its bytes. */
export function dataScript(file: string): string {
  return `${DATA_DIR}/${file}.js`;
}

/** A module of the site (`pagefind-fr/pagefind.js`) → the classic script that defines it. */
export function moduleScript(file: string): string {
  return `${PORTABLE_DIR}/${file}`;
}
