/**
 * The static server against a fixed set of hostile and ordinary requests,
 * sent raw over a socket (so malformed request lines reach it as written):
 * each gets the right answer, nothing redirects off the site, and the
 * server is still up and answering after every one.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkTarget, HASHES_FILE, startServer } from '../../../scripts/serve/staticServer.ts';
import { IMMUTABLE } from '../../../src/deploy/securityHeaders.ts';

const root = mkdtempSync(join(tmpdir(), 'server-'));
/** Outside the build folder: nothing in it may ever be served. */
const outside = mkdtempSync(join(tmpdir(), 'server-outside-'));
const SECRET = 'SECRET-OUTSIDE-THE-BUILD';
const SCRIPT = 'console.log("hashed asset");'.repeat(40);
const files: Record<string, string> = {
  'index.html': '<!doctype html><title>root</title>',
  '404.html': '<!doctype html><html lang="fr"><title>root 404</title>',
  'fr/index.html': '<!doctype html><html lang="fr"><title>accueil</title>',
  'fr/404/index.html': '<!doctype html><html lang="fr"><title>Page introuvable</title>',
  'zh-cn/404/index.html': '<!doctype html><html lang="zh-CN"><title>页面不存在</title>',
  'zh-cn/index.html': '<!doctype html><html lang="zh-CN"><title>首页</title>',
  '_astro/app.Ab12Cd34.js': SCRIPT,
  'pagefind-fr/pagefind-entry.json': '{"version":"1.6.0"}',
  'sw.js': 'self.addEventListener("fetch", () => {});',
  [HASHES_FILE]: JSON.stringify({ scripts: ["'sha256-abc='"], styles: [] }),
  // Files the build never writes, placed in the folder by hand or by a host.
  '.env': `TOKEN=${SECRET}`,
  '.git/config': `[remote] ${SECRET}`,
  'fr/.hidden': SECRET,
  '.well-known/security.txt': 'Contact: mailto:security@example.org',
  '.well-known/.secret': SECRET,
  '_astro/other.Ef56Gh78.js': SCRIPT,
};
let server: Server;
let port: number;

beforeAll(async () => {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  writeFileSync(join(root, '_astro/app.Ab12Cd34.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(root, '_astro/app.Ab12Cd34.js.gz'), gzipSync(SCRIPT));
  // Symbolic links inside the build folder that lead out of it: a file, a folder, a compressed copy.
  writeFileSync(join(outside, 'secret.txt'), SECRET);
  symlinkSync(join(outside, 'secret.txt'), join(root, 'fr/leak.txt'));
  symlinkSync(outside, join(root, 'linked'));
  symlinkSync(join(outside, 'secret.txt'), join(root, '_astro/other.Ef56Gh78.js.br'));
  // And one inside it that leads to a hidden file.
  symlinkSync('../.env', join(root, 'fr/alias.txt'));
  const started = await startServer({ root, port: 0 });
  server = started.server;
  port = Number(new URL(started.url).port);
});
afterAll(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Sends bytes as written and reads the answer until the server closes the connection. */
function raw(request: string | Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      const head = all.subarray(0, split).toString('latin1').split('\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head[0] ?? '')?.[1] ?? 0);
      const headers = Object.fromEntries(
        head.slice(1).map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      resolve({ status, headers, body: all.subarray(split + 4) });
    });
    // Written, not ended: a half-closed socket may be dropped before the answer.
    socket.write(request);
    socket.setTimeout(2000, () => socket.destroy());
  });
}

const get = (target: string, extra = '', method = 'GET') =>
  raw(`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${extra}\r\n`);

async function stillUp() {
  const answer = await get('/fr/');
  expect(answer.status).toBe(200);
  expect(answer.body.toString()).toContain('accueil');
}

describe('hostile requests leave the server up and answer correctly', () => {
  const cases: [string, () => Promise<Answer>, (a: Answer) => void][] = [
    ['encoded slash and dot-dot after a Chinese character', () => get('/%E4%B8%AD%2f..%2ffr'), (a) => expect(a.status).toBe(400)],
    ['encoded //host redirect attempt', () => get('/%2fevil.example%2f..%2ffr'), (a) => expect(a.status).toBe(400)],
    ['double slash host in the path', () => get('//evil.example/fr'), (a) => expect(a.headers.location ?? '').not.toMatch(/^\/\/|evil/)],
    ['backslash host', () => get('/%5cevil.example/fr'), (a) => expect(a.status).toBe(400)],
    ['plain dot-dot traversal', () => get('/../../etc/passwd'), (a) => expect(a.status).toBe(400)],
    ['encoded dot-dot traversal', () => get('/%2e%2e/%2e%2e/etc/passwd'), (a) => expect(a.status).toBe(400)],
    ['bad percent-encoding', () => get('/fr/%E4%B8'), (a) => expect(a.status).toBe(400)],
    ['lone percent', () => get('/%'), (a) => expect(a.status).toBe(400)],
    ['encoded NUL', () => get('/fr/%00index.html'), (a) => expect(a.status).toBe(400)],
    ['raw NUL in the request line', () => raw(Buffer.from('GET /fr/\0 HTTP/1.1\r\nHost: x\r\n\r\n')), (a) => expect(a.status).toBe(400)],
    ['lone surrogate', () => get('/fr/%ED%A0%80'), (a) => expect(a.status).toBe(400)],
    ['overlong URL', () => get(`/fr/${'a'.repeat(70_000)}`), (a) => expect([400, 414, 431]).toContain(a.status)],
    ['absolute-form target', () => get('http://evil.example/fr/'), (a) => expect(a.status).toBe(400)],
    ['garbage request line', () => raw('\x16\x03\x01 hello\r\n\r\n'), (a) => expect(a.status).toBe(400)],
    ['no request line at all', () => raw(''), () => undefined],
    [
      'POST',
      () => get('/fr/', 'Content-Length: 0\r\n', 'POST'),
      (a) => (expect(a.status).toBe(405), expect(a.headers.allow).toBe('GET, HEAD')),
    ],
    ['DELETE', () => get('/fr/', '', 'DELETE'), (a) => expect(a.status).toBe(405)],
    ['OPTIONS *', () => get('*', '', 'OPTIONS'), (a) => expect(a.status).toBe(405)],
    // RFC 9110 §14.1.1: a last position before the first makes the range invalid, answered with 416.
    ['reversed range', () => get('/_astro/app.Ab12Cd34.js', 'Range: bytes=50-10\r\n'), (a) => expect(a.status).toBe(416)],
    ['range past the end', () => get('/_astro/app.Ab12Cd34.js', 'Range: bytes=999999-\r\n'), (a) => expect(a.status).toBe(416)],
    ['several ranges', () => get('/_astro/app.Ab12Cd34.js', 'Range: bytes=0-1,5-9\r\n'), (a) => expect(a.status).toBe(200)],
    ['garbage range', () => get('/_astro/app.Ab12Cd34.js', 'Range: pages=1\r\n'), (a) => expect(a.status).toBe(200)],
    [
      'non-ASCII query on a redirect',
      () => get('/fr?q=%E4%B8%AD'),
      (a) => (expect(a.status).toBe(301), expect(a.headers.location).toBe('/fr/?q=%E4%B8%AD')),
    ],
    [
      'raw UTF-8 bytes in the path',
      () => raw(Buffer.from('GET /中/../fr HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')),
      (a) => expect(a.status).toBeGreaterThanOrEqual(400),
    ],
    ['a folder without index', () => get('/_astro/'), (a) => expect(a.status).toBe(404)],
    ['a dotfile', () => get('/.env'), (a) => expect(a.status).toBe(404)],
  ];
  it.each(cases)('%s', async (_name, send, check) => {
    check(await send());
    await stillUp();
  });
});

describe('ordinary requests', () => {
  it('pages, with the security headers and revalidation', async () => {
    const a = await get('/fr/');
    expect(a.status).toBe(200);
    expect(a.headers['content-type']).toMatch(/^text\/html/);
    expect(a.headers['cache-control']).toBe('no-cache');
    expect(a.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(a.headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='");
    expect(a.headers['x-content-type-options']).toBe('nosniff');
    expect(a.headers['referrer-policy']).toBe('same-origin');
    expect(a.headers['permissions-policy']).toContain('camera=()');
  });

  it('a folder without its slash is redirected on the site', async () => {
    const a = await get('/fr');
    expect(a.status).toBe(301);
    expect(a.headers.location).toBe('/fr/');
  });

  it('hashed files are immutable; sw.js and index entry files are revalidated', async () => {
    expect((await get('/_astro/app.Ab12Cd34.js')).headers['cache-control']).toBe(IMMUTABLE);
    expect((await get('/sw.js')).headers['cache-control']).toBe('no-cache');
    expect((await get('/pagefind-fr/pagefind-entry.json')).headers['cache-control']).toBe('no-cache');
  });

  it('ETag then 304', async () => {
    const first = await get('/fr/');
    expect(first.headers.etag).toBeTruthy();
    const again = await get('/fr/', `If-None-Match: ${first.headers.etag}\r\n`);
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('Range → 206 with the bytes asked for', async () => {
    const a = await get('/_astro/app.Ab12Cd34.js', 'Range: bytes=0-6\r\nAccept-Encoding: br, gzip\r\n');
    expect(a.status).toBe(206);
    expect(a.headers['content-range']).toBe(`bytes 0-6/${SCRIPT.length}`);
    expect(a.body.toString()).toBe('console');
  });

  it('brotli and gzip from the precompressed files', async () => {
    const br = await get('/_astro/app.Ab12Cd34.js', 'Accept-Encoding: gzip, deflate, br\r\n');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toBe('Accept-Encoding');
    const gz = await get('/_astro/app.Ab12Cd34.js', 'Accept-Encoding: gzip\r\n');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body.length).toBeLessThan(SCRIPT.length);
    const identity = await get('/_astro/app.Ab12Cd34.js');
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.toString()).toBe(SCRIPT);
  });

  it('HEAD answers the headers without a body', async () => {
    const a = await get('/fr/', '', 'HEAD');
    expect(a.status).toBe(200);
    expect(a.body.length).toBe(0);
  });

  it('404 page in the language of the path, root 404 elsewhere', async () => {
    const zh = await get('/zh-cn/no-such-page/');
    expect(zh.status).toBe(404);
    expect(zh.body.toString()).toContain('页面不存在');
    expect(zh.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect((await get('/fr/nope')).body.toString()).toContain('Page introuvable');
    expect((await get('/nope/')).body.toString()).toContain('root 404');
  });
});

describe('checkTarget', () => {
  it.each([
    ['/fr/', '/fr/'],
    ['/fr//cases/./x/', '/fr/cases/x/'],
    ['/fr/%E4%B8%AD?q=1', '/fr/中'],
  ])('%s → %s', (target, path) => expect(checkTarget(target)).toEqual({ ok: true, path }));
  it.each(['', '*', 'fr/', '/a/../b', '/%2e%2e/x', '/%', '/a%00', '/a%5cb'])('refuses %j', (target) => {
    expect(checkTarget(target)).toEqual({ ok: false, status: 400 });
  });
});

describe('content types', () => {
  it('names known types, and sends the rest as plain bytes (never an empty type)', async () => {
    writeFileSync(join(root, 'pagefind-fr/wasm.fr.pagefind'), 'bytes');
    expect((await get('/pagefind-fr/wasm.fr.pagefind')).headers['content-type']).toBe('application/octet-stream');
    expect((await get('/pagefind-fr/pagefind-entry.json')).headers['content-type']).toMatch(/^application\/json/);
    expect((await get('/sw.js')).headers['content-type']).toMatch(/javascript/);
  });
});

describe('only the site is served', () => {
  it.each(['/.env', '/%2eenv', '/%2Eenv', '/.git/config', '/%2egit/config', '/fr/.hidden', '/fr/%2ehidden', '/.well-known/.secret'])(
    'a path segment starting with a dot gets 404: %s',
    async (target) => {
      const a = await get(target);
      expect(a.status).toBe(404);
      expect(a.body.toString()).not.toContain(SECRET);
    },
  );

  it('except under /.well-known/', async () => {
    const a = await get('/.well-known/security.txt');
    expect(a.status).toBe(200);
    expect(a.body.toString()).toBe(files['.well-known/security.txt']);
  });

  it.each(['/fr/leak.txt', '/linked/secret.txt', '/linked/', '/fr/alias.txt'])(
    'a symbolic link out of the build folder, or to a hidden file, gets 404: %s',
    async (target) => {
      const a = await get(target);
      expect(a.status).toBe(404);
      expect(a.body.toString()).not.toContain(SECRET);
    },
  );

  it('a compressed copy that links out of the build folder is not sent', async () => {
    const a = await get('/_astro/other.Ef56Gh78.js', 'Accept-Encoding: br\r\n');
    expect(a.body.toString()).not.toContain(SECRET);
    expect(a.status).toBe(200);
    expect(a.headers['content-encoding']).toBeUndefined();
    expect(a.body.toString()).toBe(SCRIPT);
  });
});

describe('Range', () => {
  const FILE = '/_astro/app.Ab12Cd34.js';
  const size = SCRIPT.length;
  const range = (value: string, extra = '') => get(FILE, `Range: ${value}\r\n${extra}`);

  it('bytes=0-0 is one byte', async () => {
    const a = await range('bytes=0-0');
    expect(a.status).toBe(206);
    expect(a.headers['content-range']).toBe(`bytes 0-0/${size}`);
    expect(a.body.toString()).toBe('c');
  });

  it('a suffix range is the last bytes', async () => {
    const a = await range('bytes=-500');
    expect(a.status).toBe(206);
    expect(a.headers['content-range']).toBe(`bytes ${size - 500}-${size - 1}/${size}`);
    expect(a.body.toString()).toBe(SCRIPT.slice(-500));
  });

  it('an open range runs to the end', async () => {
    const a = await range('bytes=100-');
    expect(a.status).toBe(206);
    expect(a.headers['content-range']).toBe(`bytes 100-${size - 1}/${size}`);
    expect(a.body.toString()).toBe(SCRIPT.slice(100));
  });

  it('an unsatisfiable range gets 416 with the size', async () => {
    const a = await range(`bytes=${size}-`);
    expect(a.status).toBe(416);
    expect(a.headers['content-range']).toBe(`bytes */${size}`);
  });

  it('absurd ends are answered at once, with no stack trace in the log', async () => {
    const errors = vi.spyOn(console, 'error');
    try {
      const huge = await range('bytes=0-99999999999999999999');
      expect(huge.status).toBe(206);
      expect(huge.headers['content-range']).toBe(`bytes 0-${size - 1}/${size}`);
      expect(huge.body.toString()).toBe(SCRIPT);
      const pow = await range(`bytes=0-${2 ** 53}`);
      expect(pow.status).toBe(206);
      expect(pow.body.length).toBe(size);
      const start = await range('bytes=99999999999999999999-');
      expect(start.status).toBe(416);
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });

  it('several ranges: the whole file, or the ranges merged when they overlap', async () => {
    const several = await range('bytes=0-1,5-9');
    expect(several.status).toBe(200);
    expect(several.body.toString()).toBe(SCRIPT);
    const overlapping = await range('bytes=0-5,3-9');
    expect(overlapping.status).toBe(206);
    expect(overlapping.body.toString()).toBe(SCRIPT.slice(0, 10));
  });

  it('If-Range: the range only while the tag or date still match', async () => {
    const first = await get(FILE);
    const { etag, 'last-modified': modified } = first.headers;
    expect((await range('bytes=0-6', `If-Range: ${etag}\r\n`)).status).toBe(206);
    const stale = await range('bytes=0-6', 'If-Range: "another-version"\r\n');
    expect(stale.status).toBe(200);
    expect(stale.body.toString()).toBe(SCRIPT);
    expect((await range('bytes=0-6', `If-Range: ${modified}\r\n`)).status).toBe(206);
    expect((await range('bytes=0-6', 'If-Range: Thu, 01 Jan 1998 00:00:00 GMT\r\n')).status).toBe(200);
  });
});

describe('Accept-Encoding q-values', () => {
  const FILE = '/_astro/app.Ab12Cd34.js';
  it.each([
    ['br;q=0', undefined],
    ['br;q=0, gzip;q=0', undefined],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0', undefined],
    ['gzip;q=0, br', 'br'],
    ['*', 'br'],
    ['*, br;q=0', 'gzip'],
    ['identity', undefined],
    ['abrzzz', undefined],
    ['gzip, deflate, br', 'br'],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
  ])('%s → %s', async (accept, encoding) => {
    const a = await get(FILE, `Accept-Encoding: ${accept}\r\n`);
    expect(a.status).toBe(200);
    expect(a.headers['content-encoding']).toBe(encoding);
    expect(a.headers.vary).toBe('Accept-Encoding');
    if (!encoding) expect(a.body.toString()).toBe(SCRIPT);
  });
});

describe('conditional requests', () => {
  it('If-None-Match with *, with a list holding the tag, and in strong form give 304', async () => {
    const { etag } = (await get('/fr/')).headers;
    expect(etag).toBeTruthy();
    for (const value of ['*', `"nope", ${etag}`, `${etag}, "nope"`, etag!.replace(/^W\//, '')]) {
      const a = await get('/fr/', `If-None-Match: ${value}\r\n`);
      expect(a.status, value).toBe(304);
      expect(a.headers['content-security-policy'], value).toContain("frame-ancestors 'none'");
    }
    expect((await get('/fr/', 'If-None-Match: "nope"\r\n')).status).toBe(200);
  });

  it('If-Match that fails gives 412', async () => {
    const { etag } = (await get('/fr/')).headers;
    expect((await get('/fr/', 'If-Match: "another-version"\r\n')).status).toBe(412);
    expect((await get('/fr/', `If-Match: ${etag!.replace(/^W\//, '')}\r\n`)).status).toBe(200);
  });

  it('If-Modified-Since equal to Last-Modified gives 304', async () => {
    const modified = (await get('/fr/')).headers['last-modified'];
    expect((await get('/fr/', `If-Modified-Since: ${modified}\r\n`)).status).toBe(304);
    expect((await get('/fr/', 'If-Modified-Since: Thu, 01 Jan 1998 00:00:00 GMT\r\n')).status).toBe(200);
  });
});

describe('oversized headers', () => {
  it('get 431, and the server answers the next request', async () => {
    const a = await get('/fr/', `X-Big: ${'a'.repeat(20_000)}\r\n`);
    expect(a.status).toBe(431);
    await stillUp();
  });
});
