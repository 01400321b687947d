/**
 * The server releases every file it opens: a download the client drops
 * half-way, one that completes, and one for a missing file all leave the count of
 * the server's open descriptors where it was. The server runs as its own
 * process (`npm run serve`'s script) with a limit of 1,024 descriptors, so a
 * leak would soon stop it answering: it must still answer after 2,000
 * aborted downloads.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'server-fd-'));
const BIG = 8 * 1024 * 1024;
let child: ChildProcess;
let port: number;

beforeAll(async () => {
  mkdirSync(join(root, 'fr'));
  writeFileSync(join(root, 'fr/index.html'), '<!doctype html><title>accueil</title>');
  writeFileSync(join(root, 'big.bin'), Buffer.alloc(BIG, 7));
  writeFileSync(join(root, 'medium.bin'), Buffer.alloc(200_000, 8));
  // `ulimit -n` in a shell, then the server in its place (exec): the limit applies to the server only.
  child = spawn('sh', ['-c', 'ulimit -n 1024 && exec "$0" scripts/serve.ts', process.execPath], {
    env: { ...process.env, OUT_DIR: root, PORT: '0', HOST: '127.0.0.1', BASE_PATH: '/' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}, 30_000);
afterAll(() => {
  child.kill();
  rmSync(root, { recursive: true, force: true });
});

const openDescriptors = () => readdirSync(`/proc/${child.pid}/fd`).length;

/** Asks for `path` and drops the connection as soon as the first bytes of the answer arrive. */
function abortedDownload(path: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('data', () => {
      socket.destroy();
      resolve();
    });
    socket.once('error', () => resolve());
    socket.once('close', () => resolve());
    socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
  });
}

/** Asks for `path` on a connection the server closes after answering; the number of bytes received. */
function fullDownload(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let bytes = 0;
    socket.on('data', (chunk) => (bytes += chunk.length));
    socket.once('error', reject);
    socket.once('close', () => resolve(bytes));
    socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  });
}

async function manyTimes(n: number, parallel: number, task: () => Promise<unknown>): Promise<void> {
  let left = n;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (left-- > 0) await task();
    }),
  );
}

/** The descriptor count once the server has handled the closes (at most 3 s). */
async function settledCount(target: number): Promise<number> {
  const until = Date.now() + 3000;
  let count = openDescriptors();
  while (count > target && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    count = openDescriptors();
  }
  return count;
}

describe('file descriptors', () => {
  it('300 aborted downloads of a large file leave no descriptor open', async () => {
    await fetch(`http://127.0.0.1:${port}/fr/`).then((r) => r.text());
    const before = openDescriptors();
    await manyTimes(300, 30, () => abortedDownload('/big.bin'));
    // A few sockets may still be closing: allow a handful, never one per download.
    expect(await settledCount(before + 4)).toBeLessThanOrEqual(before + 4);
  });

  it('completed downloads and requests for a missing file leave none open either', async () => {
    const before = openDescriptors();
    await manyTimes(100, 10, async () => expect(await fullDownload('/medium.bin')).toBeGreaterThan(200_000));
    await manyTimes(100, 10, async () => expect(await fullDownload('/gone.bin')).toBeGreaterThan(0));
    expect(await settledCount(before + 4)).toBeLessThanOrEqual(before + 4);
  });

  it('after 2,000 aborted downloads (twice the limit) the server still answers', async () => {
    await manyTimes(2000, 50, () => abortedDownload('/big.bin'));
    const answers = await Promise.all(
      Array.from({ length: 40 }, () =>
        fetch(`http://127.0.0.1:${port}/fr/`, { signal: AbortSignal.timeout(5000) }).then(
          (r) => r.status,
          () => 0,
        ),
      ),
    );
    expect(answers).toEqual(Array(40).fill(200));
  }, 60_000);
});
