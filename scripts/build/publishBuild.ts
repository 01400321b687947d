/**
 * Atomic builds: each build is written to its own folder next to the
 * output (`.dist-builds/<id>/` beside `dist`), and `dist` is a symlink that
 * is switched to it in one rename once the build is complete. A server that
 * resolves `dist` per request (scripts/serve/staticServer.ts) serves the old
 * build until that instant and the new one after: never half a site, never
 * a 404 in between. The previous build is kept for requests under way;
 * older ones are removed.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

/** Where the builds of `target` live. */
export function buildsDir(target: string): string {
  const abs = resolve(target);
  return join(dirname(abs), `.${basename(abs)}-builds`);
}

/** A new, empty folder for the next build of `target`. */
export function newBuildDir(target: string, id = `${Date.now().toString(36)}-${process.pid}`): string {
  const dir = join(buildsDir(target), id);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Points `target` at `build` atomically; keeps the build it replaces, removes older ones. */
export function publishBuild(build: string, target: string, keep = 2): void {
  const abs = resolve(target);
  const link = `${abs}.swap-${process.pid}`;
  rmSync(link, { force: true });
  symlinkSync(relative(dirname(abs), resolve(build)), link, 'dir');
  // A `dist` folder from before atomic builds: moved aside once (the only swap that is not atomic).
  if (existsSync(abs) && !lstatSync(abs).isSymbolicLink()) renameSync(abs, join(buildsDir(target), `legacy-${Date.now().toString(36)}`));
  renameSync(link, abs);
  const builds = readdirSync(buildsDir(target))
    .map((name) => join(buildsDir(target), name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
    .filter((dir) => resolve(dir) !== resolve(build));
  for (const old of builds.slice(keep - 1)) rmSync(old, { recursive: true, force: true });
}
