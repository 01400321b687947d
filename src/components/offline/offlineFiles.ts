/** The offline copy's file names, shared by the footer controls and the build step that writes them (integrations/offline/). */

/** The service worker's file name, at the root of the base path (its scope). */
export const SERVICE_WORKER_FILE = 'sw.js';
/** The list of URLs it precaches, kept out of sw.js so the worker the browser re-checks on each visit stays small. */
export const PRECACHE_MANIFEST_FILE = 'precache.json';
/**
 * The download's size, `{"bytes": n}`, which the "read offline" control
 * fetches when it comes into view (OfflineStatus.astro):
 * kept out of the pages, so that a page's bytes are final when Astro writes it.
 */
export const OFFLINE_SIZE_FILE = 'offline-size.json';
