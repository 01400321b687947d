/**
 * What the service worker stores for offline reading: every file of the
 * build that a reader can reach (pages in both languages, styles, scripts,
 * both search bundles), under the site's base path. Runs at build time.
 */
import { createHash } from 'node:crypto';

/** The service worker's file name, at the root of the base path (its scope). */
export const SERVICE_WORKER_FILE = 'sw.js';
/** The list of URLs it precaches, kept out of sw.js so the worker the browser re-checks on each visit stays small. */
export const PRECACHE_MANIFEST_FILE = 'precache.json';

/**
 * Files of the search bundles that the site never requests: Pagefind's own
 * UIs and highlighter (ours replace them); its web worker (searchClient.ts
 * runs Pagefind on the main thread); in the primary bundle, the
 * WebAssembly of other languages; in merged bundles, the script, worker and
 * WebAssembly, since the primary bundle's serve every merged index.
 */
export function neverRequested(file: string, primaryDir: string, primaryLanguage: string): boolean {
  const match = /^(pagefind-[^/]+)\/([^/]+)$/.exec(file);
  if (!match) return false;
  const [, dir, name] = match as unknown as [string, string, string];
  if (/^pagefind-(component-ui|modular-ui|ui|highlight|worker)\.(js|css)$/.test(name)) return true;
  const runtime = name === 'pagefind.js' || /^wasm\..+\.pagefind$/.test(name);
  if (dir !== primaryDir) return runtime;
  return /^wasm\./.test(name) && name !== `wasm.${primaryLanguage}.pagefind`;
}

/** Built file (relative to the output folder) → URL the site requests it by. */
export function urlOfFile(file: string, base: string): string {
  const path = file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1');
  return `${base}${path}`;
}

/** URLs to precache, sorted, from the built files (relative paths with `/`). */
export function precacheUrls(files: readonly string[], base: string, primary: { dir: string; language: string }): string[] {
  return files
    .filter((f) => f !== SERVICE_WORKER_FILE && f !== PRECACHE_MANIFEST_FILE && !neverRequested(f, primary.dir, primary.language))
    .map((f) => urlOfFile(f, base))
    .sort();
}

/** A version that changes whenever any precached file changes. */
export function precacheVersion(files: ReadonlyArray<{ url: string; bytes: Uint8Array }>): string {
  const hash = createHash('sha256');
  for (const { url, bytes } of [...files].sort((a, b) => a.url.localeCompare(b.url))) {
    hash.update(url).update('\0').update(bytes).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The source of `sw.js`: the worker's code with this build's constants in front. */
export function serviceWorkerSource(worker: string, constants: { version: string; base: string; locales: readonly string[] }): string {
  return [
    `const VERSION = ${JSON.stringify(constants.version)};`,
    `const BASE = ${JSON.stringify(constants.base)};`,
    `const LOCALES = ${JSON.stringify(constants.locales)};`,
    `const MANIFEST = ${JSON.stringify(`${constants.base}${PRECACHE_MANIFEST_FILE}?v=${constants.version}`)};`,
    worker,
  ].join('\n');
}
