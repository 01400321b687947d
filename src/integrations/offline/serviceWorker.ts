/**
 * The service worker (served as `sw.js` at the base path). The build strips
 * the types and puts the constants below in front (see precache.ts).
 *
 * Install: store every file of the build (listed in the manifest) in a cache
 * named after the build's version, then take over at once. Activate: drop older versions' caches.
 * Fetch: answer from the cache (ignoring query strings such as `?q=` or
 * Pagefind's `?ts=`), else from the network; a page that is in neither gets
 * the 404 page of its language.
 */
declare const VERSION: string;
declare const BASE: string;
declare const LOCALES: string[];
declare const MANIFEST: string;

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  readonly location: Location;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const CACHE_PREFIX = `site:${BASE}:`;
const CACHE = `${CACHE_PREFIX}${VERSION}`;

worker.addEventListener('install', (event) => {
  event.waitUntil(
    Promise.all([caches.open(CACHE), fetch(MANIFEST, { cache: 'no-cache' }).then((r) => r.json() as Promise<string[]>)])
      .then(([cache, urls]) => cache.addAll(urls))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(CACHE_PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== worker.location.origin || !url.pathname.startsWith(BASE)) return;
  event.respondWith(respond(event.request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (error) {
    if (request.mode !== 'navigate') throw error;
    const page = url.pathname.endsWith('/') ? undefined : await cache.match(`${url.pathname}/`);
    if (page) return page;
    const notFound = await cache.match(notFoundPage(url.pathname));
    if (!notFound) throw error;
    return new Response(notFound.body, { status: 404, headers: notFound.headers });
  }
}

/** `/base/zh-cn/anything` → `/base/zh-cn/404/`; outside a language → `/base/404.html`. */
function notFoundPage(pathname: string): string {
  const locale = LOCALES.find((l) => pathname.startsWith(`${BASE}${l}/`));
  return locale ? `${BASE}${locale}/404/` : `${BASE}404.html`;
}
