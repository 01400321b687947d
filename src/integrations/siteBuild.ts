/**
 * The site's build steps that need the whole built site, run by Astro itself
 * (`astro:build:done`), so `astro build`, `npm run build` and `astro preview`
 * all give the same complete site: the link and anchor check, one Pagefind
 * index per language, then the offline service worker (which lists the
 * indexes). Listed after @astrojs/sitemap so the sitemaps exist when checked.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { localeKeys } from '../i18n/locales.ts';
import { builtFiles } from './builtFiles.ts';
import { checkBuiltSite } from './checkBuiltSite.ts';
import { indexSearch } from './pagefind.ts';
import { writeServiceWorker } from './offline/writeServiceWorker.ts';
import { onBundlerLog } from './upstreamWarnings.ts';

export function siteBuild(options: { contentDir: string; origin: string }): AstroIntegration {
  let base = '/';
  return {
    name: 'dingdian-fupin:site-build',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // A quiet build: drop the one warning Astro itself causes (see upstreamWarnings.ts).
        updateConfig({ vite: { build: { rolldownOptions: { onLog: onBundlerLog } } } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir).replace(/\/$/, '');
        const timed = async <T>(label: string, step: () => T | Promise<T>): Promise<T> => {
          const start = performance.now();
          const result = await step();
          logger.info(`${label} (${Math.round(performance.now() - start)} ms)`);
          return result;
        };
        const files = await builtFiles(distDir);
        const links = await timed('links checked', () =>
          checkBuiltSite(distDir, files, { base, origin: options.origin, contentDir: options.contentDir }),
        );
        logger.info(links);
        for (const line of await timed('search indexed', () => indexSearch(distDir))) logger.info(line);
        const withIndexes = await builtFiles(distDir);
        logger.info(
          await timed('offline worker written', () =>
            writeServiceWorker(distDir, [...withIndexes.pages, ...withIndexes.assets], { base, locales: localeKeys }),
          ),
        );
      },
    },
  };
}
