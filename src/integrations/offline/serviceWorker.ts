/**
 * The service worker (served as `sw.js` at the base path). The build strips
 * the types and puts the constants below in front (see precache.ts).
 *
 * It downloads nothing by itself. The page registers it when the reader asks
 * to read offline (or installs the site as an app) and then sends `save`;
 * later visits send `sync`. Both compare the manifest's per-file revisions
 * with the ones saved and download only the files that changed, into a
 * staging cache first, so a failed or interrupted download leaves the saved
 * site whole. A request that stalls is aborted after TIMEOUT ms and retried.
 *
 * Files a new build no longer lists stay in the cache while a page opened
 * before that update is still open (its search may still ask for its index
 * chunks), and are removed at a later sync once none is.
 *
 * Fetch: a saved file is answered from the cache (ignoring query strings such
 * as `?q=` or Pagefind's `?ts=`), anything else from the network; offline, a
 * page that is in neither gets the 404 page of its language.
 */
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
interface PageClient {
  readonly id: string;
  postMessage(message: unknown): void;
}
interface WorkerMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly source: PageClient | null;
}
interface WorkerScope {
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void>; matchAll(options: { type: 'window' }): Promise<PageClient[]> };
  readonly location: Location;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: WorkerMessageEvent) => void): void;
}
interface Manifest {
  files: Record<string, string>;
}
interface State {
  revisions: Record<string, string>;
  /** Files no longer listed, kept while the pages open at that update (their client ids) are open. */
  stale: { urls: string[]; clients: string[] };
}

const worker = self as unknown as WorkerScope;
const CACHE = `site:${BASE}:files`;
const STAGING = `site:${BASE}:staging`;
const STATE = `${BASE}__offline-state__`;
const TIMEOUT = 15000;
const TRIES = 3;
const PARALLEL = 4;

worker.addEventListener('install', (event) => event.waitUntil(worker.skipWaiting()));
worker.addEventListener('activate', (event) => {
  // Caches of the worker before per-file revisions (one cache per build version).
  const old = caches
    .keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith(`site:${BASE}:`) && k !== CACHE).map((k) => caches.delete(k))));
  event.waitUntil(old.then(() => worker.clients.claim()));
});

async function readState(): Promise<State | undefined> {
  const response = await (await caches.open(CACHE)).match(STATE);
  return response ? ((await response.json()) as State) : undefined;
}

async function writeState(state: State): Promise<void> {
  await (await caches.open(CACHE)).put(STATE, new Response(JSON.stringify(state), { headers: { 'content-type': 'application/json' } }));
}

/** fetch, aborted when it stalls, tried again (TRIES in all) on a network error, a timeout or a 5xx. */
async function fetchPatiently(url: string): Promise<Response> {
  let last: unknown;
  for (let attempt = 0; attempt < TRIES; attempt++) {
    try {
      const response = await fetch(url, { cache: 'no-cache', signal: AbortSignal.timeout(TIMEOUT) });
      if (response.ok) {
        // The body too must arrive before the timeout: read it now.
        return new Response(await response.blob(), { status: response.status, headers: response.headers });
      }
      last = new Error(`${url}: HTTP ${response.status}`);
      if (response.status < 500) break;
    } catch (error) {
      last = error;
    }
  }
  throw last;
}

let running: Promise<number> | undefined;

/** Brings the saved site up to the manifest; resolves with the number of files downloaded. */
function sync(progress: (done: number, total: number) => void): Promise<number> {
  running ??= (async () => {
    const manifest = (await (await fetchPatiently(MANIFEST)).json()) as Manifest;
    const state: State = (await readState()) ?? { revisions: {}, stale: { urls: [], clients: [] } };
    const changed = Object.keys(manifest.files).filter((url) => state.revisions[url] !== manifest.files[url]);
    const staging = await caches.open(STAGING);
    let done = 0;
    const queue = [...changed];
    const download = async () => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        await staging.put(url, await fetchPatiently(url));
        progress(++done, changed.length);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, download));
    const cache = await caches.open(CACHE);
    for (const url of changed) await cache.put(url, (await staging.match(url))!);
    await caches.delete(STAGING);

    const dropped = Object.keys(state.revisions).filter((url) => !(url in manifest.files));
    const open = dropped.length ? (await worker.clients.matchAll({ type: 'window' })).map((c) => c.id) : [];
    state.stale = { urls: [...new Set([...state.stale.urls, ...dropped])], clients: [...new Set([...state.stale.clients, ...open])] };
    state.revisions = manifest.files;
    await writeState(state);
    await prune();
    return changed.length;
  })().finally(() => {
    running = undefined;
  });
  return running;
}

/** Removes the files no longer listed once no page that was open when they were dropped is still open. */
async function prune(): Promise<void> {
  const state = await readState();
  if (!state?.stale.urls.length) return;
  const open = new Set((await worker.clients.matchAll({ type: 'window' })).map((c) => c.id));
  if (state.stale.clients.some((id) => open.has(id))) return;
  const cache = await caches.open(CACHE);
  await Promise.all(state.stale.urls.filter((url) => !(url in state.revisions)).map((url) => cache.delete(url)));
  await writeState({ revisions: state.revisions, stale: { urls: [], clients: [] } });
}

worker.addEventListener('message', (event) => {
  const type = (event.data as { type?: string } | null)?.type;
  const reply = (message: unknown) => event.source?.postMessage(message);
  if (type === 'status') {
    event.waitUntil(readState().then((state) => reply({ type: 'status', saved: Boolean(state) })));
  } else if (type === 'save' || type === 'sync') {
    event.waitUntil(
      (async () => {
        const wasSaved = Boolean(await readState());
        if (type === 'sync' && !wasSaved) return reply({ type: 'status', saved: false });
        try {
          const downloaded = await sync((done, total) => reply({ type: 'progress', done, total }));
          reply({ type: 'saved', updated: wasSaved && downloaded > 0, downloaded });
        } catch {
          reply({ type: 'failed' });
        }
      })(),
    );
  }
});

worker.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== worker.location.origin || !url.pathname.startsWith(BASE)) return;
  event.respondWith(respond(event.request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
  const cache = await caches.open(CACHE);
  const cached = url.pathname === STATE ? undefined : await cache.match(request, { ignoreSearch: true });
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
