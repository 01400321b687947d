/**
 * A small static server for the built site, used by `npm run serve`, the
 * end-to-end tests and the benchmark. It serves the build under its base
 * path, answers unknown pages with the 404 page of their language, and can
 * gzip responses like a real host.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { localeKeys } from '../../src/i18n/locales.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest))|image\/svg/;

export interface ServeOptions {
  root: string;
  base?: string;
  port?: number;
  host?: string;
  /** gzip text responses when the client accepts it (default true). */
  gzip?: boolean;
  /**
   * A Content-Security-Policy header for JavaScript responses. A page's <meta>
   * policy does not reach the workers it starts (our service worker):
   * a worker runs under the header of its own script, as on a real host.
   */
  scriptPolicy?: string;
}

function fileFor(root: string, path: string): string | undefined {
  const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [join(root, safe), join(root, safe, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      /* try the next candidate */
    }
  }
  return undefined;
}

export function startServer({
  root,
  base = '/',
  port = 4321,
  host = '127.0.0.1',
  gzip = true,
  scriptPolicy,
}: ServeOptions): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    if (!path.startsWith(base)) {
      res.writeHead(302, { location: base }).end();
      return;
    }
    const relative = path.slice(base.length);
    if (relative && !relative.endsWith('/') && !extname(relative) && fileFor(root, `${relative}/index.html`)) {
      res.writeHead(301, { location: `${path}/${url.search}` }).end();
      return;
    }
    let file = fileFor(root, relative);
    let status = 200;
    if (!file) {
      status = 404;
      const locale = localeKeys.find((k) => relative.startsWith(`${k}/`));
      file = (locale && fileFor(root, `${locale}/404/index.html`)) || fileFor(root, '404.html');
      if (!file) {
        res.writeHead(404).end('Not found');
        return;
      }
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache' };
    if (scriptPolicy && type.startsWith('text/javascript')) headers['content-security-policy'] = scriptPolicy;
    const compress = gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    if (compress) headers['content-encoding'] = 'gzip';
    res.writeHead(status, headers);
    if (req.method === 'HEAD') return res.end();
    const stream = createReadStream(file);
    (compress ? stream.pipe(createGzip()) : stream).pipe(res);
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
