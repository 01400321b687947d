/**
 * The one policy for the HTTP headers the site is served with: security
 * headers (the Content-Security-Policy of the pages' <meta> tag plus what
 * only a header can carry) and caching. `npm run serve` applies it per
 * request; the build writes it for static hosts as `_headers` (Netlify,
 * Cloudflare Pages) and as an nginx snippet (src/integrations/hostConfig.ts).
 */
import { cspDirectives, cspScriptSources, cspStyleSources } from './contentSecurityPolicy.ts';

/** The per-build SHA-256 sources Astro puts in the pages' <meta> policy (union over every page). */
export interface PolicyHashes {
  scripts: string[];
  styles: string[];
}

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/**
 * The header policy: the <meta> one (same directives, same hashes) plus
 * `frame-ancestors 'none'`, which a <meta> tag cannot carry. Both policies
 * apply to a page, so the header must allow every hash the <meta> one does.
 */
export function headerPolicy(hashes: PolicyHashes): string {
  return [
    ...cspDirectives,
    ['script-src', ...cspScriptSources, ...hashes.scripts].join(' '),
    ['style-src', ...cspStyleSources, ...hashes.styles].join(' '),
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers sent with every response. */
export function securityHeaders(hashes: PolicyHashes): Record<string, string> {
  return {
    'Content-Security-Policy': headerPolicy(hashes),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}

/**
 * Files whose name changes with their content (a path relative to the base,
 * no leading slash): Astro's `_astro/` assets and Pagefind's index chunks,
 * fragments, filters and metadata. Their entry files (`pagefind-entry.json`,
 * `pagefind.js`, the WebAssembly) keep their names and must be revalidated.
 */
export function isHashedFile(path: string): boolean {
  return /^_astro\//.test(path) || /^pagefind-[^/]+\/((fragment|index|filter)\/[^/]+|pagefind\.[^/]+\.pf_meta)$/.test(path);
}

export function cacheControl(path: string): string {
  return isHashedFile(path) ? IMMUTABLE : REVALIDATE;
}

/** The script and style hashes of a built page's <meta> policy. */
export function hashesFromPage(html: string): PolicyHashes {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
  const sources = (directive: string) =>
    meta
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name === directive)
      .flatMap(([, ...values]) => values.filter((v) => /^'sha(256|384|512)-[^']+'$/.test(v)));
  return { scripts: sources('script-src'), styles: sources('style-src') };
}

/** Several pages' hashes as one sorted, duplicate-free set. */
export function mergeHashes(list: Iterable<PolicyHashes>): PolicyHashes {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const h of list) {
    h.scripts.forEach((s) => scripts.add(s));
    h.styles.forEach((s) => styles.add(s));
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

/** A host rule: a path pattern (`*` = any characters) under the base, and the headers it adds. */
export interface HostRule {
  pattern: string;
  headers: Record<string, string>;
}

/**
 * The rules a static host needs, in `_headers` terms: security headers on
 * everything, `immutable` on hashed files. Revalidation is left to the
 * host's default (Netlify and Cloudflare Pages revalidate by default), so no
 * two rules set the same header. `builtFiles` lists the build's files, for
 * the hashed files at a bundle's root that no folder pattern covers.
 */
export function hostRules(base: string, hashes: PolicyHashes, builtFiles: readonly string[]): HostRule[] {
  const bundles = [...new Set(builtFiles.map((f) => /^(pagefind-[^/]+)\//.exec(f)?.[1]).filter((d): d is string => Boolean(d)))].sort();
  const immutable = [
    '_astro/*',
    ...bundles.flatMap((b) => ['fragment', 'index', 'filter'].map((d) => `${b}/${d}/*`)),
    ...builtFiles.filter((f) => /^pagefind-[^/]+\/pagefind\.[^/]+\.pf_meta$/.test(f)),
  ];
  return [
    { pattern: `${base}*`, headers: securityHeaders(hashes) },
    ...immutable.map((p) => ({ pattern: `${base}${p}`, headers: { 'Cache-Control': IMMUTABLE } })),
  ];
}

/** `_headers` for Netlify and Cloudflare Pages. */
export function netlifyHeaders(rules: readonly HostRule[]): string {
  const lines = ['# Written by the build from src/deploy/securityHeaders.ts (Netlify, Cloudflare Pages).'];
  for (const rule of rules) {
    lines.push(rule.pattern, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * An nginx snippet for the `server { }` block that serves the build: the
 * same headers, `Cache-Control` chosen by one regex (set in server context,
 * so no `location` drops the security headers), precompressed files, and
 * the 404 page of each language.
 */
export function nginxSnippet(base: string, hashes: PolicyHashes, locales: readonly string[]): string {
  const quote = (v: string) => `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
  const esc = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [
    '# Written by the build from src/deploy/securityHeaders.ts. Include it inside the server { } block',
    '# whose root is this folder (e.g. root /srv/site/dist;).',
    'gzip_static on;        # serves the .gz files the build writes next to each file',
    '# brotli_static on;    # with the ngx_brotli module: serves the .br files',
    `set $site_cache_control ${quote(REVALIDATE)};`,
    `if ($uri ~ "^${esc}(_astro/|pagefind-[^/]+/(fragment|index|filter)/|pagefind-[^/]+/pagefind\\.[^/]+\\.pf_meta)") {`,
    `  set $site_cache_control ${quote(IMMUTABLE)};`,
    '}',
    'add_header Cache-Control $site_cache_control always;',
    ...Object.entries(securityHeaders(hashes)).map(([name, value]) => `add_header ${name} ${quote(value)} always;`),
    `error_page 404 ${base}404.html;`,
    ...locales.map((l) => `location ${base}${l}/ { error_page 404 ${base}${l}/404/index.html; }`),
    '',
  ].join('\n');
}
