/**
 * The site's build steps that need the whole built site, run by Astro itself
 * (`astro:build:done`), so `astro build`, `npm run build` and `astro preview`
 * all give the same complete site: the link and anchor check and one Pagefind
 * index per language and .br/.gz copies of the pages, all three at once
 * (Pagefind works in its own process, compression in the thread pool, while
 * the check parses pages here); then the search extras (traditional-character
 * pairs, vocabulary), copies of the other text files, the offline service
 * worker (which lists the indexes), then the headers for web hosts, and last
 * the portable edition (the site as a folder and a zip that open from disk). The
 * compression step is the one that reads every file, handing its bytes to
 * the extras, the offline list and the header policy. Listed
 * after @astrojs/sitemap so the sitemaps exist when checked.
 *
 * Every step logs its wall time as `<step> (<n> ms)`; `npm run bench` reads
 * these lines (scripts/bench/buildSteps.ts) to show where a build's time goes.
 *
 * Only the site is published (publishedFiles.ts): `public/` is checked before
 * anything is built, and the output after Astro and after our own steps.
 */
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { localeKeys } from '../i18n/locales.ts';
import { builtFiles } from './builtFiles.ts';
import { checkBuiltSite } from './checkBuiltSite.ts';
import { indexSearch, isSearchablePage } from './pagefind.ts';
import { searchExtras } from '../search-index/searchExtras.ts';
import { loadTermbase } from '../content-model/termbase/load.ts';
import { writeServiceWorker } from './offline/writeServiceWorker.ts';
import { OFFLINE_SIZE_FILE, PRECACHE_MANIFEST_FILE, SERVICE_WORKER_FILE } from '../components/offline/offlineFiles.ts';
import { revisionOf } from './offline/precache.ts';
import { hashesFromPage, mergeHashes, type PolicyHashes } from '../deploy/securityHeaders.ts';
import { precompress } from './precompress.ts';
import { portableParent } from '../deploy/config.ts';
import { thisEdition } from '../page-data/portableEdition.ts';
import { writePortableEdition } from './portable/edition.ts';
import { previousBuildDir, reuseCacheDir } from './reuse/switch.ts';
import { writeHostConfig } from './hostConfig.ts';
import { onBundlerLog } from './upstreamWarnings.ts';
import { checkPublicFiles, outputRecorder } from './publishedFiles.ts';

/** A folder as messages name it: relative to the project when inside it (`public`), else its absolute path. */
function labelOf(dir: string): string {
  const path = relative(process.cwd(), dir);
  return path && !path.startsWith('..') && !isAbsolute(path) ? path : dir;
}

/** Stops the build with every problem listed, one per line. */
function refuse(title: string, problems: string[]): void {
  if (problems.length) throw new Error(`${title}:\n  - ${problems.join('\n  - ')}`);
}

/** A page's `<head>`, where its policy is (the whole page if it has none), as text. */
const headOf = (page: Buffer) => {
  const end = page.indexOf('</head>');
  return page.toString('utf8', 0, end < 0 ? page.length : end);
};

export function siteBuild(options: { contentDir: string; origin: string }): AstroIntegration {
  let base = '/';
  let cacheDir: string | undefined;
  let publicDir = 'public';
  const output = outputRecorder();
  /** When each phase began, for the step times. */
  const marks = new Map<string, number>();
  const since = (mark: string) => Math.round(performance.now() - (marks.get(mark) ?? performance.now()));
  return {
    name: 'dingdian-fupin:site-build',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        marks.set('setup', performance.now());
        publicDir = fileURLToPath(config.publicDir).replace(/\/$/, '');
        // Before anything is built (the dev server serves public/ too): what public/ must not hold.
        if (command === 'build' || command === 'dev') refuse('Files in public/ refused', checkPublicFiles(publicDir, labelOf(publicDir)));
        // A quiet build: drop the one warning Astro itself causes (see upstreamWarnings.ts);
        // and a record of every file the bundler writes, for the output check.
        updateConfig({ vite: { plugins: [output.plugin], build: { rolldownOptions: { onLog: onBundlerLog } } } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': ({ logger }) => {
        logger.info(`content synced and types generated (${since('setup')} ms)`);
        marks.set('start', performance.now());
      },
      'astro:build:generated': ({ logger }) => {
        logger.info(`bundled and pages rendered (${since('start')} ms)`);
        marks.set('generated', performance.now());
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        // Between the pages and this hook: the integrations listed before this one (the sitemap).
        logger.info(`other integrations (${since('generated')} ms)`);
        const distDir = fileURLToPath(dir).replace(/\/$/, '');
        const pages = [...assets.values()].flat().map((url) => fileURLToPath(url));
        refuse('Output files refused', output.checkAstroOutput(distDir, pages, publicDir));
        const timed = async <T>(label: string, step: () => T | Promise<T>): Promise<T> => {
          const start = performance.now();
          const result = await step();
          logger.info(`${label} (${Math.round(performance.now() - start)} ms)`);
          return result;
        };
        const files = await builtFiles(distDir);
        // Each file is read once by the compression step, which hands its bytes to what else needs them:
        // the offline list (revisions), the header policy (the pages' hashes) and the search extras.
        const revisions = new Map<string, string>();
        // Merged as they come: a page's hashes are slices of its text, and would keep every page alive until the end.
        let policy: PolicyHashes = { scripts: [], styles: [] };
        const extras = searchExtras(loadTermbase(join(options.contentDir, 'termbase.json')));
        const onRead = (file: string, bytes: Buffer) => {
          revisions.set(file, revisionOf(bytes));
          if (!file.endsWith('.html')) return;
          policy = mergeHashes([policy, hashesFromPage(headOf(bytes))]);
          if (isSearchablePage(file)) extras.add(bytes.toString('utf8'));
        };
        // The pages are final: checked, indexed (in Pagefind's process) and compressed (in the thread pool) at once.
        const [links, bundles, pageBytes] = await timed('pages checked, indexed and compressed', () =>
          Promise.all([
            timed('links checked', () =>
              // The footer links to the portable edition's zip, written last (from these pages, once checked).
              checkBuiltSite(
                distDir,
                { ...files, assets: [...files.assets, thisEdition().zipFile] },
                { base, origin: options.origin, contentDir: options.contentDir, cacheDir: reuseCacheDir(cacheDir) },
              ),
            ),
            indexSearch(distDir, { cacheDir: reuseCacheDir(cacheDir) }),
            timed('pages compressed', () => precompress(distDir, files.pages, { previous: previousBuildDir, onRead })),
          ]),
        );
        logger.info(links);
        for (const b of bundles)
          logger.info(
            `${b.dir} ${b.reused ? 'copied from the last build (its' : 'indexes'} ${b.pages} pages${b.reused ? ' unchanged)' : ''} (${Math.round(b.ms)} ms); ${(b.gzipBytes / 1000).toFixed(1)} kB gzip, ${(b.brotliBytes / 1000).toFixed(1)} kB with its brotli copies`,
          );
        logger.info(extras.write(distDir));
        const built = await builtFiles(distDir);
        const served = [...built.pages, ...built.assets].filter((f) => !/\.(br|gz)$/.test(f));
        const otherBytes = await timed('other files compressed', () =>
          precompress(
            distDir,
            served.filter((f) => !pageBytes.has(f)),
            { previous: previousBuildDir, onRead },
          ),
        );
        const sentBytes = new Map([...pageBytes, ...otherBytes]);
        logger.info(
          await timed('offline worker written', () =>
            writeServiceWorker(distDir, served, { base, locales: localeKeys, sentBytes, revisions }),
          ),
        );
        await precompress(distDir, [SERVICE_WORKER_FILE, PRECACHE_MANIFEST_FILE, OFFLINE_SIZE_FILE], { previous: previousBuildDir });
        logger.info(
          await timed('host headers written', () => writeHostConfig(distDir, served, { base, locales: localeKeys, hashes: policy })),
        );
        // Last: made from the finished pages and indexes; its zip is not one of the files the offline worker saves.
        const edition = thisEdition();
        const made = await timed('portable edition written', () =>
          writePortableEdition(distDir, { base, name: edition.name, date: edition.date.date, folderParent: portableParent }),
        );
        logger.info(
          `portable edition ${edition.zipFile} (date from ${edition.date.source}): ${made.pages} pages, ${made.bundles} page scripts, ${made.files} files; ` +
            `${(made.zipBytes / 1000).toFixed(1)} kB zip, ${(made.unpackedBytes / 1000).toFixed(1)} kB unpacked in ${made.folder}; ` +
            Object.entries(made.times)
              .map(([part, ms]) => `${part} ${ms} ms`)
              .join(', '),
        );
        refuse(
          'Output files refused',
          output.checkFinalOutput(
            distDir,
            bundles.map((b) => b.dir),
          ),
        );
      },
    },
  };
}
