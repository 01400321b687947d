// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { entryPlugins } from './src/markdown/plugins.ts';
import { contentDir } from './src/content-model/contentDir.ts';
import { basePath, distDir, siteUrl } from './src/deploy/config.ts';
import { locales } from './src/i18n/locales.ts';
import { cspDirectives, cspScriptSources, cspStyleSources } from './src/deploy/contentSecurityPolicy.ts';
import { themeScriptHash } from './src/components/theme/themeScript.ts';
import { siteBuild } from './src/integrations/siteBuild.ts';

export default defineConfig({
  site: siteUrl(),
  base: basePath(),
  outDir: distDir,
  // Fixture builds try their own public/ folder (tests/build/publishedFiles.test.ts).
  publicDir: process.env.PUBLIC_DIR ?? './public',
  // Fixture and benchmark builds keep their content cache apart from the real site's.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Lossless whitespace removal: the JSX rule of Astro 7 would glue French words around inline markup.
  compressHTML: true,
  // Pages rendered a few at a time: while one waits for its file to be written, the next renders (docs/performance.md).
  build: { format: 'directory', concurrency: 4 },
  markdown: {
    // Entries have no code blocks (remarkSafeContent refuses them): no highlighter, whose inline styles the CSP would block.
    syntaxHighlight: false,
    // Authors' punctuation is kept as written (« », “ ” and 《》 are typed by hand).
    // Plain entries are compiled once at load time with the same steps (src/markdown/compileMdx.ts);
    // @astrojs/mdx compiles only an entry that needs JSX components or expressions.
    processor: unified({ smartypants: false, ...entryPlugins(contentDir) }),
  },
  integrations: [
    mdx(),
    sitemap({
      // Pages share their path after the language prefix, so each URL lists its twin as an hreflang alternate.
      i18n: { defaultLocale: locales[0].key, locales: Object.fromEntries(locales.map((l) => [l.key, l.lang])) },
      // Only pages in a language: not the root chooser, and no 404 page.
      filter: (page) => locales.some((l) => new URL(page).pathname.startsWith(`${basePath()}${l.key}/`)) && !/\/404\/$/.test(page),
    }),
    // After the sitemap: link and anchor check, search indexes, offline worker (src/integrations/siteBuild.ts).
    siteBuild({ contentDir, origin: siteUrl() }),
  ],
  // Entry and parallel pages carry a cacheKey (src/content-loader/siteEntries.ts): a rebuild reuses those unchanged since the last one.
  experimental: { incrementalBuild: true },
  devToolbar: { enabled: false },
  // The base path reaches src/i18n/paths.ts from our config, not from a BASE_URL environment variable (which Vite lets override it).
  vite: {
    define: { __SITE_BASE__: JSON.stringify(basePath()) },
    // Component scripts as files, never inlined: cached once for every page, sent gzip, and the entry page's
    // JavaScript budget (≤ 5 kB) counts them compressed. Other assets keep Vite's default (undefined).
    build: { assetsInlineLimit: (/** @type {string} */ file) => (/\.m?js$/.test(file) ? false : undefined) },
  },
  // A strict policy in a <meta> tag with hashes of Astro's own scripts and styles (src/deploy/contentSecurityPolicy.ts).
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: [...cspScriptSources], hashes: [themeScriptHash] },
      styleDirective: { resources: [...cspStyleSources] },
    },
  },
});
