/**
 * The static server for the built site, used by `npm run serve`, the
 * end-to-end tests, the audit and the benchmark. Files are served by sirv
 * (ETag and 304, Range, the .br/.gz files the build writes); this wrapper
 * adds only what is ours:
 *
 * - a request is checked before sirv sees it: GET and HEAD only (405 with
 *   `Allow` otherwise); a path that does not decode, holds a NUL, a
 *   backslash or climbs out with `..` gets 400; redirects (to the base, or
 *   `/fr` → `/fr/`) are built from the checked path, so they stay on the site;
 * - the headers of src/deploy/securityHeaders.ts (security and caching);
 * - the 404 page of the request's language;
 * - the root is resolved on every request: `dist` may be a symlink that a
 *   build swaps atomically (scripts/build.ts), and the next request is
 *   served from the new build while requests under way finish on the old one;
 *   hashed files the new build no longer has are still served from the
 *   previous one, for pages opened before the swap.
 *
 * Any error while answering ends that response with 500, never the process.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import sirv, { type RequestHandler } from 'sirv';
import { localeKeys } from '../../src/i18n/locales.ts';
import { HOST_FILES } from '../../src/integrations/hostConfig.ts';
import { cacheControl, isHashedFile, securityHeaders, type PolicyHashes } from '../../src/deploy/securityHeaders.ts';

/** Written by the build: the pages' CSP hashes, for the header policy. */
export const HASHES_FILE = HOST_FILES.hashes;

export interface ServeOptions {
  /** The build folder, or a symlink to it that builds replace. */
  root: string;
  base?: string;
  port?: number;
  host?: string;
  /** Serve the precompressed .br/.gz files to clients that accept them (default true). */
  compress?: boolean;
}

export type Check = { ok: true; path: string } | { ok: false; status: 400 };

/**
 * The request target, checked: the decoded path (always starting with `/`,
 * `.` and empty segments removed), or 400. Never throws.
 */
export function checkTarget(target: string): Check {
  if (!target.startsWith('/') || target.length > 4096) return { ok: false, status: 400 };
  const raw = target.split(/[?#]/, 1)[0]!;
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return { ok: false, status: 400 };
  }
  if (/[\0\\]/.test(path) || !path.isWellFormed()) return { ok: false, status: 400 };
  const segments = path.split('/');
  if (segments.includes('..')) return { ok: false, status: 400 };
  const clean = posix.normalize(path).replace(/\/{2,}/g, '/');
  return { ok: true, path: clean.startsWith('/') ? clean : `/${clean}` };
}

/** A checked path as a URL path: each segment percent-encoded, so it is safe in a header and stays a path. */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
}

interface Build {
  dir: string;
  files: RequestHandler;
  hashes: PolicyHashes;
}

function loadBuild(dir: string, compress: boolean): Build {
  let hashes: PolicyHashes = { scripts: [], styles: [] };
  try {
    hashes = JSON.parse(readFileSync(join(dir, HASHES_FILE), 'utf8')) as PolicyHashes;
  } catch {
    /* a build without the file (an old one, a test fixture): the base policy, which blocks inline code */
  }
  // `dev` mode: sirv looks each file up when asked instead of listing the folder once, so files a
  // build rewrites in place are served as they are now (and its ETag follows them).
  const files = sirv(dir, { dev: true, etag: true, brotli: compress, gzip: compress, extensions: [], dotfiles: false });
  return { dir, files, hashes };
}

export function createSiteHandler({ root, base = '/', compress = true }: Omit<ServeOptions, 'port' | 'host'>) {
  const builds = new Map<string, Build>();
  const currentBuild = (): Build | undefined => {
    let dir: string;
    try {
      dir = realpathSync(root);
    } catch {
      return undefined;
    }
    let build = builds.get(dir);
    if (!build) {
      build = loadBuild(dir, compress);
      builds.set(dir, build);
      // Keep the previous build for requests still under way; forget older ones.
      for (const key of [...builds.keys()].slice(0, -2)) builds.delete(key);
    }
    return build;
  };

  const sendHeaders = (res: ServerResponse, build: Build | undefined, relative: string) => {
    for (const [name, value] of Object.entries(securityHeaders(build?.hashes ?? { scripts: [], styles: [] }))) res.setHeader(name, value);
    res.setHeader('Cache-Control', cacheControl(relative));
  };

  const plain = (res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
    res.end(text);
  };

  const notFound = async (req: IncomingMessage, res: ServerResponse, build: Build | undefined, relative: string) => {
    const locale = localeKeys.find((k) => relative.startsWith(`${k}/`));
    const candidates = [...(locale ? [`${locale}/404/index.html`] : []), '404.html'];
    for (const candidate of candidates) {
      if (!build) break;
      try {
        const body = await readFile(join(build.dir, candidate));
        res.setHeader('Cache-Control', 'no-cache');
        res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      } catch {
        /* try the next candidate */
      }
    }
    plain(res, 404, 'Not found');
  };

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      let build = currentBuild();
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendHeaders(res, build, '');
        return plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      }
      const checked = checkTarget(req.url ?? '');
      if (!checked.ok) {
        sendHeaders(res, build, '');
        return plain(res, checked.status, 'Bad request');
      }
      const { path } = checked;
      const query = new URL(req.url!, 'http://site.invalid').search;
      if (!path.startsWith(base)) {
        sendHeaders(res, build, '');
        if (`${path}/` === base) return plain(res, 301, '', { Location: base });
        return notFound(req, res, build, '');
      }
      const relative = path.slice(base.length);
      sendHeaders(res, build, relative);
      if (!build) return plain(res, 503, 'No build to serve yet', { 'Retry-After': '1' });

      let file = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
      if (!relative.endsWith('/') && relative !== '' && isDirectoryWithIndex(build.dir, relative)) {
        return plain(res, 301, '', { Location: `${encodePath(`${base}${relative}`)}/${query}` });
      }
      if (!isFile(build.dir, file)) {
        // A page opened before a rebuild may still ask for the hashed files of its build (search
        // chunks, scripts): they are served from the previous build while it is on disk.
        const previous = isHashedFile(file) ? [...builds.values()].find((b) => b !== build && isFile(b.dir, file)) : undefined;
        if (!previous) return notFound(req, res, build, relative);
        build = previous;
      }
      file = `/${encodePath(file)}`;
      // A range is served from the file as stored, and only in the one-range form sirv understands.
      const range = req.headers.range;
      if (range !== undefined) {
        const m = /^bytes=(\d+)-(\d*)$/.exec(range);
        if (!m || (m[2] && Number(m[2]) < Number(m[1]))) delete req.headers.range;
        else delete req.headers['accept-encoding'];
      }
      // sirv names the types it knows; the rest (Pagefind's index files, the nginx snippet) are plain bytes.
      if (!/\.(html|m?js|css|json|svg|png|ico|xml|txt|webmanifest|wasm|map)$/.test(file))
        res.setHeader('Content-Type', 'application/octet-stream');
      req.url = file;
      // sirv pipes a file stream into the response without an error handler: a file removed
      // between its lookup and its opening would otherwise throw out of the process.
      res.once('pipe', (source: NodeJS.ReadableStream) => source.on('error', () => res.destroy()));
      build.files(req, res, () => void notFound(req, res, build, relative));
    } catch (error) {
      if (!res.headersSent) plain(res, 500, 'Server error');
      else res.destroy();
      console.error('serve:', error);
    }
  };
}

function isFile(dir: string, relative: string): boolean {
  try {
    return statSync(join(dir, relative)).isFile();
  } catch {
    return false;
  }
}

function isDirectoryWithIndex(dir: string, relative: string): boolean {
  return existsSync(join(dir, relative, 'index.html'));
}

export function startServer({
  root,
  base = '/',
  port = 4321,
  host = '127.0.0.1',
  compress = true,
}: ServeOptions): Promise<{ server: Server; url: string }> {
  const handle = createSiteHandler({ root, base, compress });
  const server = createServer((req, res) => void handle(req, res));
  // A request line or header Node cannot parse: answer 400 and drop that connection only.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}${base}` });
    });
  });
}
