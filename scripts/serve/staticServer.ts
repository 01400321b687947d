/**
 * The static server for the built site, used by `npm run serve`, the
 * end-to-end tests, the audit and the benchmark. A file is sent by `send`
 * (the file sender under Express): ETag and Last-Modified, conditional
 * requests (`If-None-Match` lists and `*`, `If-Modified-Since`, `If-Match`),
 * single byte ranges with `If-Range` (several ranges get the whole file, an
 * unsatisfiable one 416), and the file closed when the response ends, however
 * it ends (a client that drops a download leaves no descriptor open). This
 * wrapper adds only what is ours:
 *
 * - a request is checked before a file is looked up: GET and HEAD only (405
 *   with `Allow` otherwise); a path that does not decode, holds a NUL, a
 *   backslash or climbs out with `..` gets 400; redirects (to the base, or
 *   `/fr` → `/fr/`) are built from the checked path, so they stay on the site;
 * - only the site is served: a path with a segment that starts with `.`
 *   (after decoding, so `%2e` too) gets 404, except `.well-known/` at the top;
 *   a file is served only if its real path (symbolic links followed) is in
 *   the build folder;
 * - the precompressed .br/.gz copy the build wrote, chosen by the client's
 *   `Accept-Encoding` with its q-values (negotiator); a range is served from
 *   the uncompressed file;
 * - the headers of src/deploy/securityHeaders.ts (security and caching);
 * - the 404 page of the request's language;
 * - the root is resolved on every request: `dist` may be a symlink that a
 *   build swaps atomically (scripts/build.ts), and the next request is
 *   served from the new build while requests under way finish on the old one;
 *   hashed files the new build no longer has are still served from the
 *   previous one, for pages opened before the swap;
 * - request headers over Node's limit (16 KB) get 431, a request Node cannot
 *   parse 400, and only that connection is closed.
 *
 * Any error while answering ends that response, never the process.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, posix, relative as relativePath, sep } from 'node:path';
import { contentType } from 'mime-types';
import Negotiator from 'negotiator';
import send from 'send';
import { localeKeys } from '../../src/i18n/locales.ts';
import { isHiddenPath } from '../../src/integrations/hiddenPaths.ts';
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
function encodePath(path: string): string {
  return path
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
}

/** The encodings we hold copies for, best first (brotli is smaller); `identity` is the file itself. */
const ENCODINGS = ['br', 'gzip', 'identity'] as const;
const SUFFIX: Record<(typeof ENCODINGS)[number], string> = { br: '.br', gzip: '.gz', identity: '' };

/** negotiator 1.x takes the server's order for equal q-values (`gzip, br` → brotli); its published types predate that. */
type PreferringNegotiator = { encodings(available: string[], options: { preferred: string[] }): string[] };

interface Build {
  /** The build folder's real path (every file served must be inside it). */
  dir: string;
  hashes: PolicyHashes;
}

/**
 * A file of the build: its real path, or undefined when it is missing, is
 * not a file, or is reached through a link that leads out of the build
 * folder or to a hidden name in it.
 */
function fileInBuild(build: Build, path: string): { path: string } | undefined {
  let real: string;
  try {
    real = realpathSync.native(join(build.dir, path));
  } catch {
    return undefined;
  }
  if (!real.startsWith(build.dir + sep) || isHiddenPath(relativePath(build.dir, real).split(sep).join('/'))) return undefined;
  try {
    return statSync(real).isFile() ? { path: real } : undefined;
  } catch {
    return undefined;
  }
}

function loadBuild(dir: string): Build {
  let hashes: PolicyHashes = { scripts: [], styles: [] };
  try {
    hashes = JSON.parse(readFileSync(join(dir, HASHES_FILE), 'utf8')) as PolicyHashes;
  } catch {
    /* a build without the file (an old one, a test fixture): the base policy, which blocks inline code */
  }
  return { dir, hashes };
}

/** An absolute path as `send` takes it: it percent-decodes its argument, so each segment is encoded once. */
const forSend = (path: string) => path.split(sep).map(encodeURIComponent).join('/');

export function createSiteHandler({ root, base = '/', compress = true }: Omit<ServeOptions, 'port' | 'host'>) {
  const builds = new Map<string, Build>();
  const currentBuild = (): Build | undefined => {
    let dir: string;
    try {
      dir = realpathSync.native(root);
    } catch {
      return undefined;
    }
    let build = builds.get(dir);
    if (!build) {
      build = loadBuild(dir);
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
      const page = build && fileInBuild(build, candidate);
      if (!page) continue;
      try {
        const body = await readFile(page.path);
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
      if (isHiddenPath(relative)) return notFound(req, res, build, relative);

      const file = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
      if (!relative.endsWith('/') && relative !== '' && fileInBuild(build, `${relative}/index.html`)) {
        return plain(res, 301, '', { Location: `${encodePath(`${base}${relative}`)}/${query}` });
      }
      if (!fileInBuild(build, file)) {
        // A page opened before a rebuild may still ask for the hashed files of its build (search
        // chunks, scripts): they are served from the previous build while it is on disk.
        const previous = isHashedFile(file) ? [...builds.values()].find((b) => b !== build && fileInBuild(b, file)) : undefined;
        if (!previous) return notFound(req, res, build, relative);
        build = previous;
      }
      // The copy the client prefers among those it accepts; a range is served from the uncompressed file.
      const accepted =
        compress && req.headers.range === undefined
          ? (new Negotiator(req) as PreferringNegotiator).encodings([...ENCODINGS], { preferred: [...ENCODINGS] })
          : ['identity'];
      let chosen: { path: string; encoding: string } | undefined;
      for (const encoding of accepted as (typeof ENCODINGS)[number][]) {
        const found = fileInBuild(build, file + SUFFIX[encoding]);
        if (found) {
          chosen = { path: found.path, encoding };
          break;
        }
      }
      // None accepted (`identity;q=0` and no copy): the file as it is, which RFC 9110 allows.
      chosen ??= { path: fileInBuild(build, file)?.path ?? '', encoding: 'identity' };
      if (!chosen.path) return notFound(req, res, build, relative);
      if (compress) res.setHeader('Vary', 'Accept-Encoding');
      // Named from the file's own name (not its .br/.gz copy); types nobody registered (Pagefind's index files) are plain bytes.
      res.setHeader('Content-Type', contentType(posix.basename(file)) || 'application/octet-stream');
      const stream = send(req, forSend(chosen.path), {
        dotfiles: 'allow', // checked above, on the site path; the build folder itself may live under a dotted folder
        etag: true,
        lastModified: true,
        cacheControl: false, // ours, set above
        index: false,
      });
      const encoding = chosen.encoding;
      if (encoding !== 'identity') stream.on('headers', () => res.setHeader('Content-Encoding', encoding));
      // Set by `send` only when it answers with the file: its refusals (416, 412) and failures are answered here.
      stream.on('error', (error: { status?: number; headers?: Record<string, string> }) => {
        res.removeHeader('Content-Encoding');
        if (res.headersSent) return void res.destroy();
        const status = error.status ?? 500;
        if (status === 404) return void notFound(req, res, build, relative);
        plain(
          res,
          status,
          status === 416 ? 'Range not satisfiable' : status === 412 ? 'Precondition failed' : 'Server error',
          error.headers,
        );
      });
      stream.pipe(res);
    } catch (error) {
      if (!res.headersSent) plain(res, 500, 'Server error');
      else res.destroy();
      console.error('serve:', error);
    }
  };
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
  // A request Node cannot parse: answered as Node's own handler would (431 for headers over its
  // 16 KB limit, 400 otherwise), and only that connection is dropped.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
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
