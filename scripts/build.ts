/**
 * `npm run build`: checks the deployment settings, runs `astro build` into a
 * fresh folder and swaps it in as `dist` (OUT_DIR) atomically
 * (scripts/build/publishBuild.ts). Arguments are passed to `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { distDir, siteUrlProblem } from '../src/deploy/config.ts';
import { newBuildDir, publishBuild } from './build/publishBuild.ts';

const problem = siteUrlProblem(process.env);
if (problem) {
  const bar = '!'.repeat(78);
  console.error(`\n${bar}\n${problem.message}\n${bar}\n`);
  if (problem.fatal) process.exit(1);
}

const build = newBuildDir(distDir);
// The build being replaced: the new one copies its compressed files where a file's bytes are unchanged.
const previous = existsSync(distDir) ? realpathSync(distDir) : '';
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const result = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  // MALLOC_ARENA_MAX: glibc gives each thread that allocates (zlib in the thread pool, the bundler) its own
  // 64 MB arena and keeps it; two arenas are enough for one Node process (1,000 pairs: about 120 MB less at its peak).
  // The portable edition's folder beside the output (`portable/` next to `dist`), unless PORTABLE_DIR says otherwise.
  env: {
    MALLOC_ARENA_MAX: '2',
    PORTABLE_DIR: join(dirname(resolve(distDir)), 'portable'),
    ...process.env,
    OUT_DIR: build,
    PREVIOUS_BUILD: previous,
  },
});
if (result.status !== 0) {
  rmSync(build, { recursive: true, force: true });
  process.exit(result.status ?? 1);
}
publishBuild(build, distDir);
console.log(`${distDir} → ${build}`);
