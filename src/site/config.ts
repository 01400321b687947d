/**
 * Deployment settings shared by the Astro config and the post-build scripts.
 * BASE_PATH serves the site under a sub-path (`/jumelage/`); SITE_URL is its origin.
 */
export function basePath(env: Record<string, string | undefined> = process.env): string {
  const raw = env.BASE_PATH ?? '/';
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  return env.SITE_URL ?? 'http://localhost:4321';
}

/** Build output folder (OUT_DIR lets fixture builds stay out of the real one). */
export const distDir = process.env.OUT_DIR ?? 'dist';
