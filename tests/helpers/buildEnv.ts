/**
 * The environment for a build run from a test: the caller's variables minus
 * those Vitest sets for itself (NODE_ENV=test, BASE_URL, MODE…), which would
 * otherwise reach Vite and build the site as if it were a test.
 */
const VITEST_VARIABLES = /^(NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST)$/;

export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_VARIABLES.test(name)));
  return { ...env, ...extra };
}

/**
 * `npm run build` without npm: the same script on the Node that runs the
 * tests (npm itself costs about a second per build), holding the checkout's
 * Astro lock (astroLock.ts) so that no other build or sync runs meanwhile.
 * Spawn as `spawnSync(...buildCommand, options)`.
 */
export const buildCommand = [process.execPath, ['tests/helpers/astroLock.ts', process.execPath, 'scripts/build.ts']] as const;
