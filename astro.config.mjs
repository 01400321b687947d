// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { rehypeFrenchSpacing } from './src/lib/rehypeFrenchSpacing.ts';
import { rehypeAlignIds } from './src/lib/rehypeAlignIds.ts';
import { basePath, distDir, siteUrl } from './src/lib/siteConfig.ts';
import { cspDirectives, cspScriptSources, cspStyleSources } from './src/lib/contentSecurityPolicy.ts';

export default defineConfig({
  site: siteUrl(),
  base: basePath(),
  outDir: distDir,
  // Fixture and benchmark builds keep their content cache apart from the real site's.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Lossless whitespace removal: the JSX rule of Astro 7 would glue French words around inline markup.
  compressHTML: true,
  build: { format: 'directory' },
  markdown: {
    // Authors' punctuation is kept as written (« », “ ” and 《》 are typed by hand).
    processor: unified({ smartypants: false, rehypePlugins: [rehypeFrenchSpacing, rehypeAlignIds] }),
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  // A strict policy in a <meta> tag with hashes of Astro's own scripts and styles (src/lib/contentSecurityPolicy.ts).
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: [...cspScriptSources] },
      styleDirective: { resources: [...cspStyleSources] },
    },
  },
});
