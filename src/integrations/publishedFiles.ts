/**
 * What the build publishes: the site and nothing else.
 *
 * - `public/` is checked before the build (`checkPublicFiles`): Astro copies
 *   it into the output as it is, following symbolic links (a link to
 *   `../package.json` would publish the project's file) and keeping hidden
 *   files (`.env`, `.DS_Store`). Links, hidden names (apart from the
 *   `.well-known/` folder at the top, RFC 8615) and anything that is not a
 *   plain file or folder stop the build, each named with its fix.
 * - The output is checked after the build (`outputRecorder`): every file must
 *   have been produced by the build or copied from `public/`. Astro reports
 *   the pages it wrote (`astro:build:done`'s `assets`), the bundler reports
 *   the scripts, styles and assets it emitted (a Vite plugin's `writeBundle`,
 *   for every environment: the prerender environment's assets are moved into
 *   the output under the same name), and `public/` is read to compare bytes.
 *   The files that exist when our own steps begin must all be one of those,
 *   or the sitemap's; the files our steps add after that must be the kinds
 *   they write (OWN_OUTPUTS below). So a file that reached the output by any
 *   other way (a link, a stray copy, a plugin writing where it should not)
 *   stops the build. The lists are exact names from the tools themselves,
 *   not a guess from file names, except for the sitemap (its documented names)
 *   and our own steps (declared here, next to the check).
 *
 * The offline copy (precache.ts) and the server (scripts/serve/staticServer.ts)
 * leave hidden paths out too (hiddenPaths.ts).
 */
import { lstatSync, readFileSync, readdirSync, readlinkSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { EXTRAS_DIR } from '../search/forgiving/extrasFiles.ts';
import { isHiddenPath, WELL_KNOWN } from './hiddenPaths.ts';
import { HOST_FILES } from './hostConfig.ts';
import { OFFLINE_SIZE_FILE, PRECACHE_MANIFEST_FILE, SERVICE_WORKER_FILE } from '../components/offline/offlineFiles.ts';
import { EDITION_SIZE_FILE, thisEdition } from '../page-data/portableEdition.ts';

/** Every problem with the files of `publicDir`, as `<label>/<path>: <problem>; <fix>` lines. */
export function checkPublicFiles(publicDir: string, label = 'public'): string[] {
  const problems: string[] = [];
  const walk = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // no public/ folder: nothing to publish
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name);
      const path = relative(publicDir, full).split('\\').join('/');
      const at = `${label}/${path}`;
      if (entry.isSymbolicLink()) {
        problems.push(
          `${at}: a symbolic link (to ${readlinkSync(full)}): the build would publish what it points to; put a copy of the file itself there, or remove the link`,
        );
      } else if (isHiddenPath(path)) {
        problems.push(
          `${at}: its name starts with a dot, and hidden files are not published (only ${label}/${WELL_KNOWN}/ may be); remove it, or move it out of ${label}/`,
        );
      } else if (entry.isDirectory()) {
        walk(full);
      } else if (!entry.isFile()) {
        problems.push(`${at}: not a plain file (a device, socket or pipe); remove it from ${label}/`);
      }
    }
  };
  walk(publicDir);
  return problems;
}

/** Every entry of the output folder, relative and `/`-separated, with what it is (links are not followed). */
function outputEntries(dir: string): { path: string; kind: 'file' | 'link' | 'other' }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => ({
      path: relative(dir, join(e.parentPath, e.name)).split('\\').join('/'),
      kind: e.isSymbolicLink() ? ('link' as const) : e.isFile() ? ('file' as const) : ('other' as const),
    }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** @astrojs/sitemap's files (its default `filenameBase`), written after the pages and before our steps. */
const SITEMAP = /^sitemap-(index|\d+)\.xml$/;

/**
 * What our own steps in siteBuild.ts write after the check of Astro's output:
 * compressed copies of files already there, the Pagefind bundles, the search
 * extras, the offline worker's files, the web host's files and the portable
 * edition's zip and size file (src/integrations/portable/). A new step
 * that writes something else is declared here.
 */
function isOwnOutput(path: string, files: ReadonlySet<string>, bundleDirs: readonly string[]): boolean {
  if (/\.(br|gz)$/.test(path) && files.has(path.slice(0, -3))) return true;
  if ([...bundleDirs, EXTRAS_DIR].some((dir) => path.startsWith(`${dir}/`))) return true;
  return OWN_OUTPUTS.has(path);
}
const OWN_OUTPUTS = new Set<string>([
  SERVICE_WORKER_FILE,
  PRECACHE_MANIFEST_FILE,
  OFFLINE_SIZE_FILE,
  ...Object.values(HOST_FILES),
  EDITION_SIZE_FILE,
  thisEdition().zipFile,
]);

const FIX_UNKNOWN =
  'it was not produced by this build (not a page Astro reports, a file the bundler emitted, the sitemap, nor a copy of a public/ file); find what puts it in the output, or declare it in src/integrations/publishedFiles.ts if a build step writes it on purpose';

/**
 * Records what the build produces and checks the output against it.
 * `plugin` goes into Vite's plugins; `checkAstroOutput` runs first thing in
 * `astro:build:done`, `checkFinalOutput` last.
 */
export function outputRecorder() {
  const emitted = new Set<string>();
  let checked = new Set<string>();
  const plugin: Plugin = {
    name: 'dingdian-fupin:emitted-files',
    writeBundle(_options, bundle) {
      for (const name of Object.keys(bundle)) emitted.add(name);
    },
  };

  /** Problems with the output as Astro and the integrations before ours left it. */
  function checkAstroOutput(outDir: string, pages: Iterable<string>, publicDir: string): string[] {
    const written = new Set([...pages].map((p) => relative(outDir, p).split('\\').join('/')));
    const problems: string[] = [];
    const entries = outputEntries(outDir);
    for (const { path, kind } of entries) {
      if (kind !== 'file') {
        problems.push(
          `${path}: ${kind === 'link' ? `a symbolic link (to ${readlinkSync(join(outDir, path))})` : 'not a plain file'} in the output; ${FIX_UNKNOWN}`,
        );
        continue;
      }
      if (written.has(path) || emitted.has(path) || SITEMAP.test(path)) continue;
      const source = join(publicDir, path);
      const fromPublic = !isHiddenPath(path) && lstatSync(source, { throwIfNoEntry: false })?.isFile();
      if (!fromPublic) problems.push(`${path}: ${FIX_UNKNOWN}`);
      else if (!readFileSync(source).equals(readFileSync(join(outDir, path))))
        problems.push(`${path}: differs from public/${path}, of which it should be a copy; ${FIX_UNKNOWN}`);
    }
    checked = new Set(entries.map((e) => e.path));
    return problems;
  }

  /** Problems with what our steps added since `checkAstroOutput`. */
  function checkFinalOutput(outDir: string, bundleDirs: readonly string[]): string[] {
    const entries = outputEntries(outDir);
    const files = new Set(entries.map((e) => e.path));
    return entries
      .filter(({ path, kind }) => kind !== 'file' || (!checked.has(path) && !isOwnOutput(path, files, bundleDirs)))
      .map(
        ({ path, kind }) =>
          `${path}: ${kind === 'file' ? 'written after the pages by no declared build step' : 'not a plain file'}; ${FIX_UNKNOWN}`,
      );
  }

  return { plugin, checkAstroOutput, checkFinalOutput };
}
