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

/**
 * A build without SITE_URL writes http://localhost:4321/ into canonical URLs,
 * hreflang alternates, Open Graph tags and the sitemap. Fine for a local or
 * test build (a warning); refused for a production build (PRODUCTION=1).
 */
export function siteUrlProblem(env: Record<string, string | undefined> = process.env): { fatal: boolean; message: string } | undefined {
  if (env.SITE_URL) return undefined;
  const fatal = env.PRODUCTION === '1' || env.PRODUCTION === 'true';
  return {
    fatal,
    message: fatal
      ? "PRODUCTION build without SITE_URL: refused. Set SITE_URL to the site's origin (e.g. SITE_URL=https://example.org)."
      : 'Warning: SITE_URL is not set: canonical URLs, hreflang alternates and the sitemap will point to http://localhost:4321/.\n' +
        'Set SITE_URL=https://your.host for a build you deploy (PRODUCTION=1 makes this an error).',
  };
}

/** Build output folder (OUT_DIR lets fixture builds stay out of the real one). */
export const distDir = process.env.OUT_DIR ?? 'dist';

/**
 * Where the portable edition's folder is written (`<folder>/<name>/`; its zip goes into the build).
 * `npm run build` puts it beside the output folder (scripts/build.ts); PORTABLE_DIR overrides.
 */
export const portableParent = process.env.PORTABLE_DIR ?? 'portable';
