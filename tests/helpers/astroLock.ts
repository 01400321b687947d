/**
 * One Astro build or sync at a time in a checkout. Every build and `astro
 * check` writes the checkout's `.astro/` folder (the content module map that
 * a build reads back), and a build whose output is outside the checkout, as
 * every test build's is, renders its pages from `.astro/.prerender/`, which
 * it deletes when done: two at once break each other ("Cannot find module
 * …/.astro/.prerender/…"). Test builds (`buildCommand`, buildEnv.ts) and the
 * steps of `npm test` that run Astro hold this lock, so the parts of
 * `npm test` can run side by side.
 *
 * `node tests/helpers/astroLock.ts <command> [args…]` runs a command holding it.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const LOCK = resolve('.astro/test-build.lock');
const pause = new Int32Array(new SharedArrayBuffer(4));

/** True while the process that wrote the lock runs (a lock too new to hold its number yet counts as held). */
function held(): boolean {
  try {
    const holder = Number(readFileSync(LOCK, 'utf8'));
    if (!holder) return Date.now() - statSync(LOCK).mtimeMs < 10_000;
    process.kill(holder, 0);
    return true;
  } catch (error) {
    // ENOENT: released meanwhile; ESRCH: its process is gone; EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Waits for the lock and takes it for this process; returns its release. */
function acquire(): () => void {
  mkdirSync(resolve('.astro'), { recursive: true });
  for (;;) {
    try {
      writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
      return () => rmSync(LOCK, { force: true });
    } catch {
      if (!held()) rmSync(LOCK, { force: true });
      else Atomics.wait(pause, 0, 0, 200);
    }
  }
}

/** Runs `fn` holding the lock (it blocks this process's thread while it waits). */
export function withAstroLock<T>(fn: () => T): T {
  const release = acquire();
  try {
    return fn();
  } finally {
    release();
  }
}

if (import.meta.main) {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    console.error('usage: node tests/helpers/astroLock.ts <command> [args…]');
    process.exit(2);
  }
  const release = acquire();
  const child = spawn(command, args, { stdio: 'inherit' });
  // A test's timeout stops this process: the build it runs stops with it.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => child.kill(signal));
  child.on('close', (code, signal) => {
    release();
    process.exit(code ?? (signal ? 1 : 0));
  });
}
