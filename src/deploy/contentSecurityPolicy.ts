/**
 * The site's Content-Security-Policy. Astro (`security.csp`) writes it as a
 * <meta> tag on every page and adds the SHA-256 hash of each script and style
 * it emits to `script-src` / `style-src`. Everything comes from the site
 * itself; the only extras are `'wasm-unsafe-eval'`, which Pagefind's
 * WebAssembly needs, `data:` images, and the hash of the theme script
 * (src/components/theme/themeScript.ts), added in astro.config.mjs.
 * No `'unsafe-inline'` anywhere.
 *
 * Directives a <meta> policy cannot carry (`frame-ancestors`, `report-uri`,
 * `sandbox`) are left to the host's headers.
 */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  // The offline service worker.
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export const cspScriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;
export const cspStyleSources = ["'self'"] as const;

/** The policy for responses that are not pages (e.g. a worker's script), without per-page hashes. */
export function basePolicy(): string {
  return [...cspDirectives, `script-src ${cspScriptSources.join(' ')}`, `style-src ${cspStyleSources.join(' ')}`].join('; ');
}
