/**
 * What the service worker stores for offline reading: every file of the
 * build that a reader can reach (pages in both languages, styles, scripts,
 * both search bundles), under the site's base path. Runs at build time.
 */
import { createHash } from 'node:crypto';
import { HOST_FILES } from '../hostConfig.ts';
import { OFFLINE_SIZE_FILE, PRECACHE_MANIFEST_FILE, SERVICE_WORKER_FILE } from '../../components/offline/offlineFiles.ts';

/** Files that are not part of the site a reader sees: the worker, its list and size, the web host's configuration. */
const NOT_PRECACHED = new Set<string>([SERVICE_WORKER_FILE, PRECACHE_MANIFEST_FILE, OFFLINE_SIZE_FILE, ...Object.values(HOST_FILES)]);

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

/** A file under a name that starts with a dot, `.well-known/` included: never part of the site a reader saves. */
const isDotted = (file: string) => file.split('/').some((segment) => segment.startsWith('.'));

/** URLs to precache, sorted, from the built files (relative paths with `/`). */
export function precacheUrls(files: readonly string[], base: string, primary: { dir: string; language: string }): string[] {
  return files
    .filter((f) => !NOT_PRECACHED.has(f) && !isDotted(f) && !/\.(br|gz)$/.test(f) && !neverRequested(f, primary.dir, primary.language))
    .map((f) => urlOfFile(f, base))
    .sort();
}

/** The precache manifest: each URL's revision (a hash of its bytes). */
export interface PrecacheManifest {
  files: Record<string, string>;
}

/** A file's revision: changes exactly when its bytes change, so an update downloads only the files that changed. */
export function revisionOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 12);
}

/** The source of `sw.js`: the worker's code with this build's constants in front (the same for every build of the same code). */
export function serviceWorkerSource(worker: string, constants: { base: string; locales: readonly string[] }): string {
  return [
    `const BASE = ${JSON.stringify(constants.base)};`,
    `const LOCALES = ${JSON.stringify(constants.locales)};`,
    `const MANIFEST = ${JSON.stringify(`${constants.base}${PRECACHE_MANIFEST_FILE}`)};`,
    worker,
  ].join('\n');
}
