/**
 * The one switch for every rebuild-reuse layer in this folder: `REUSE=off`
 * makes a build start from nothing but Astro's own cache (each page
 * compressed, parsed and indexed again), which rules out a stale copy when
 * in doubt and gives the other side of `npm run bench`'s rebuild comparison.
 * The environment is read here and nowhere else.
 *
 * PREVIOUS_BUILD is the build `npm run build` replaces (scripts/build.ts):
 * its compressed copies and search bundles are the ones a rebuild reuses.
 */
const setting = process.env.REUSE ?? '';
if (!['', 'on', 'off'].includes(setting))
  throw new Error(`REUSE=${setting}: unknown value; set REUSE=off to build without reusing the last build, or leave it unset`);

/** Whether a build may reuse what the last build made. */
export const reuseOn = setting !== 'off';

/** The last build's folder, whose files a rebuild may reuse; undefined with REUSE=off or when there is none. */
export const previousBuildDir = (reuseOn && process.env.PREVIOUS_BUILD) || undefined;

/** Where the layers keep their records for the next build (Astro's cache folder); undefined with REUSE=off. */
export const reuseCacheDir = (cacheDir: string | undefined): string | undefined => (reuseOn ? cacheDir : undefined);
