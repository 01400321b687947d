/**
 * The portable edition's runtime: the first module of every page's script
 * (a classic script, since browsers refuse module scripts from `file://`).
 * It stands in for what `file://` refuses:
 * - `fetch()` of the site's files (search indexes, search extras): each is a
 *   classic script under `_portable/data/` that hands its bytes to
 *   `portableData()`; the answer is a Response made of them. Nothing else is fetched.
 * - `import()` of Pagefind's `pagefind.js`: the same file as Pagefind ships
 *   it, wrapped as a classic script (see src/integrations/portable/scripts.ts),
 *   told where its bundle is (`basePath`), since it cannot read `import.meta.url`.
 * - links that scripts write with site paths (`/fr/x/`, search results): each
 *   `href` is turned into the page's file in the edition (`…/fr/x/index.html`).
 * The site's own scripts run unchanged: search, ranking and Pagefind are the served site's.
 */
import { dataScript, editionPath, moduleScript } from './editionPaths.ts';

declare const __SITE_BASE__: string;

interface PortableGlobals {
  portableData?: (file: string, data: string, encoding: 'base64' | 'text') => void;
  portableModule?: (file: string, module: unknown) => void;
  portableImport?: (url: string) => Promise<unknown>;
}

const scope = globalThis as typeof globalThis & PortableGlobals;
const base = __SITE_BASE__;
/** The edition's folder: this script is `<root>/_portable/<name>.js`. */
const root = new URL('../', (document.currentScript as HTMLScriptElement).src).href;

/** A site URL (`/x`, or the same resolved against this page's `file:` URL) → the edition's path for it. */
function pathOf(input: string): string | undefined {
  const direct = editionPath(input, base);
  if (direct !== undefined) return direct;
  if (input.startsWith(root)) return input.slice(root.length);
  return undefined;
}

const loaded = new Map<string, unknown>();
const waiting = new Map<string, Promise<unknown>>();

/** Runs the classic script `src` (a file of the edition) and returns what it handed over for `file`. */
function loadScript(src: string, file: string): Promise<unknown> {
  let promise = waiting.get(file);
  if (!promise) {
    promise = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = root + src.split('/').map(encodeURIComponent).join('/');
      script.onload = () => (loaded.has(file) ? resolve(loaded.get(file)) : reject(new Error(`${src} did not define ${file}`)));
      script.onerror = () => reject(new Error(`${file} is not in this copy of the site`));
      document.head.append(script);
    });
    waiting.set(file, promise);
  }
  return promise;
}

scope.portableData = (file, data, encoding) => {
  if (encoding === 'text') return void loaded.set(file, new TextEncoder().encode(data));
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  loaded.set(file, bytes);
};
scope.portableModule = (file, module) => void loaded.set(file, module);

const servedFetch = scope.fetch.bind(scope);
scope.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const path = pathOf(url)?.replace(/[?#].*$/s, '');
  if (path === undefined) return servedFetch(input, init);
  try {
    const bytes = (await loadScript(dataScript(path), path)) as Uint8Array<ArrayBuffer>;
    const type = path.endsWith('.json') ? 'application/json' : 'application/octet-stream';
    return new Response(bytes, { status: 200, headers: { 'content-type': type } });
  } catch {
    return new Response(null, { status: 404, statusText: 'Not Found' });
  }
};

scope.portableImport = async (url: string) => {
  const path = pathOf(url);
  if (path === undefined) throw new Error(`${url} is not a module of this copy of the site`);
  const module = (await loadScript(moduleScript(path), path)) as Record<string, unknown> & {
    options?: (options: Record<string, unknown>) => Promise<void>;
  };
  // Pagefind finds its bundle from import.meta.url, which a classic script does not have: it is told.
  const bundle = url.replace(/[?#].*$/s, '').replace(/[^/]*$/, '');
  const options = module.options;
  return options ? { ...module, options: (o: Record<string, unknown>) => options({ basePath: bundle, ...o }) } : module;
};

/** Links written by scripts (search results, suggestions): the page's file in the edition, named. */
function fixLink(element: Element): void {
  const href = element.getAttribute('href');
  const path = href === null ? undefined : editionPath(href, base);
  if (path !== undefined) element.setAttribute('href', root + path);
}
new MutationObserver((records) => {
  for (const record of records) {
    if (record.type === 'attributes') fixLink(record.target as Element);
    else
      for (const node of record.addedNodes)
        if (node instanceof Element) {
          if (node.hasAttribute('href')) fixLink(node);
          for (const link of node.querySelectorAll('[href]')) fixLink(link);
        }
  }
}).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['href'] });
