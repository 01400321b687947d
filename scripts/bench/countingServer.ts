/**
 * The site's own static server (gzip like a real host), with a log of every
 * response: path, type and body bytes as sent on the wire. Counting at the
 * server sees every request, the search Web Worker's and the WebAssembly too.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';
import { startServer } from '../serve/staticServer.ts';

export type Category = 'html' | 'css' | 'js' | 'font' | 'image' | 'wasm' | 'index' | 'other';

export interface Transfer {
  path: string;
  category: Category;
  bytes: number;
  status: number;
}

export function categoryOf(path: string): Category {
  const ext = extname(new URL(path, 'http://x').pathname).toLowerCase();
  if (ext === '' || ext === '.html') return 'html';
  if (ext === '.css') return 'css';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (['.woff2', '.woff', '.ttf', '.otf'].includes(ext)) return 'font';
  if (['.png', '.jpg', '.jpeg', '.svg', '.webp', '.avif', '.gif', '.ico'].includes(ext)) return 'image';
  // Pagefind's WebAssembly ships as `wasm.<lang>.pagefind` (gzip on disk).
  if (ext === '.wasm' || /\/wasm\.[^/]*\.pagefind$/.test(path)) return 'wasm';
  if (/\.pf_\w+$|\.pagefind$/.test(path)) return 'index';
  return 'other';
}

/**
 * `gzipOnly`: serve as to a client (or from a host) without brotli, so the
 * figures can be compared with budgets stated in gzip.
 */
export async function startCountingServer(root: string, { gzipOnly = false } = {}) {
  const log: Transfer[] = [];
  const { server, url } = await startServer({ root, base: '/', port: 0 });
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    if (gzipOnly && req.headers['accept-encoding'])
      req.headers['accept-encoding'] = req.headers['accept-encoding']
        .split(',')
        .filter((e) => !/^\s*br\b/.test(e))
        .join(',');
    let bytes = 0;
    const count = (chunk: unknown) => {
      if (typeof chunk === 'string') bytes += Buffer.byteLength(chunk);
      else if (chunk instanceof Uint8Array) bytes += chunk.byteLength;
    };
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      count(chunk);
      return write(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== 'function') count(chunk);
      return end(chunk, ...rest);
    }) as typeof res.end;
    res.on('finish', () => {
      const path = req.url ?? '/';
      log.push({ path, category: categoryOf(path), bytes, status: res.statusCode });
    });
  });
  return {
    url,
    log,
    /** Transfers logged since `mark` (an index into the log). */
    since: (mark: number) => log.slice(mark),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type CountingServer = Awaited<ReturnType<typeof startCountingServer>>;
