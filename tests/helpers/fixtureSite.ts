/**
 * The fixture site: the content of tests/fixtures/site (invented entries in
 * both languages, made for the behaviour and visual tests) built with the
 * site's code, once for all the test runs that need it. The build is kept in
 * a folder of the system's temporary directory, under the digest of what it
 * is made from (the fixture, the code, public/, the packages, the settings
 * that change the output); a run whose inputs are unchanged serves the kept
 * build, a changed input rebuilds it (reusing what the previous build can
 * give, as `npm run build` does).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { buildCommand, buildEnv } from './buildEnv.ts';

/** The fixture's content folder (entries, termbase, sources), as CONTENT_DIR takes it. */
export const FIXTURE_CONTENT = 'tests/fixtures/site';

/** What the build reads: a change in any of these makes a new fixture build. */
const INPUTS = [FIXTURE_CONTENT, 'src', 'public', 'scripts', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];
/** Settings that change the built pages. */
const SETTINGS = ['SITE_URL', 'BASE_PATH', 'PRODUCTION', 'PUBLIC_DIR'];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return (readdirSync(path, { recursive: true, withFileTypes: true }) as { name: string; parentPath: string; isFile(): boolean }[])
    .filter((f) => f.isFile())
    .map((f) => join(f.parentPath, f.name))
    .sort();
}

/** One digest of every input file (path and bytes) and of the settings. */
function fixtureDigest(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(filesUnder)) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  for (const name of SETTINGS) hash.update(`${name}=${process.env[name] ?? ''}\0`);
  hash.update(process.version);
  return hash.digest('hex');
}

/** Where this checkout keeps its fixture build: one folder per checkout, so that worktrees do not share it. */
const home = () => join(tmpdir(), `dingdian-fixture-site-${createHash('sha256').update(resolve('.')).digest('hex').slice(0, 12)}`);

/** True while the lock's process runs (a lock just created, whose number is not written yet, counts as held). */
function heldByLiveProcess(file: string): boolean {
  try {
    const holder = Number(readFileSync(file, 'utf8'));
    if (!holder) return Date.now() - statSync(file).mtimeMs < 10_000;
    process.kill(holder, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Waits for the folder's lock (another run building the same fixture), takes it, and returns its release. */
async function lock(dir: string): Promise<() => void> {
  const file = join(dir, 'lock');
  const started = Date.now();
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch {
      if (!heldByLiveProcess(file) || Date.now() - started > 300_000) rmSync(file, { force: true });
      else await new Promise((r) => setTimeout(r, 500));
    }
  }
}

export interface FixtureSite {
  /** The built site (a link to the latest build, as `dist` is). */
  dir: string;
  /** Milliseconds the build took; 0 when the kept build was current. */
  buildMs: number;
}

/** The fixture site built from the current code: the kept build when its inputs are unchanged, else a new one. */
export async function fixtureSite(): Promise<FixtureSite> {
  const root = home();
  mkdirSync(root, { recursive: true });
  const release = await lock(root);
  try {
    const dir = join(root, 'dist');
    const stamp = join(root, 'digest');
    const digest = fixtureDigest();
    if (existsSync(join(dir, 'pagefind-fr')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return { dir, buildMs: 0 };
    rmSync(stamp, { force: true });
    const started = performance.now();
    const result = spawnSync(...buildCommand, {
      env: buildEnv({ CONTENT_DIR: resolve(FIXTURE_CONTENT), OUT_DIR: dir, ASTRO_CACHE_DIR: join(root, 'cache') }),
      encoding: 'utf8',
      timeout: 300_000,
    });
    if (result.status !== 0)
      throw new Error(
        `The fixture site (${FIXTURE_CONTENT}) did not build:\n${stripVTControlCharacters(`${result.stdout}\n${result.stderr}`).slice(-6000)}`,
      );
    writeFileSync(stamp, digest);
    return { dir, buildMs: Math.round(performance.now() - started) };
  } finally {
    release();
  }
}
