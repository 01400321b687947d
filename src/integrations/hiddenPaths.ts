/**
 * Hidden paths, which the site never publishes: the build refuses them in
 * `public/` (publishedFiles.ts), the offline copy never lists them
 * (offline/precache.ts) and the server answers 404 (scripts/serve/staticServer.ts).
 */

/** The one folder whose name may start with a dot, at the top of the site (RFC 8615: security.txt and the like). */
export const WELL_KNOWN = '.well-known';

/**
 * Whether a site path (relative, `/`-separated) is hidden: one of its
 * segments starts with a dot (`.env`, `.git/config`, `fr/.hidden`), other
 * than `.well-known` as the first, whose own files may not be hidden either.
 */
export function isHiddenPath(path: string): boolean {
  return path.split('/').some((s, i) => s.startsWith('.') && !(i === 0 && s === WELL_KNOWN));
}
