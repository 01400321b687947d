/**
 * After the build: every internal link, anchor, canonical URL and sitemap URL
 * of the built site must resolve, and every image it loads exist (rules in linkCheck/). Throws one line per
 * problem, naming the built file and the entry it came from.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkPages, checkSitemaps, createInterner, pageFacts, type CheckedPage } from './linkCheck/index.ts';

/** `fr/cases/x/index.html` → ` (from content/fr/cases/x.mdx)` when that is where it came from. */
function sourceOf(file: string, contentDir: string): string {
  const mdx = join(contentDir, file.replace(/\/index\.html$/, '.mdx'));
  return existsSync(mdx) ? ` (from ${relative(process.cwd(), mdx)})` : '';
}

/** Lets other work (the Pagefind service's messages) through every so many pages. */
const YIELD_EVERY = 16;

export async function checkBuiltSite(
  distDir: string,
  files: { pages: string[]; assets: string[] },
  options: { base: string; origin: string; contentDir: string },
): Promise<string> {
  // Page by page: only each page's ids, links and images are kept, never the pages themselves.
  const pages: CheckedPage[] = [];
  const intern = createInterner();
  for (const [i, file] of files.pages.entries()) {
    pages.push({ file, ...pageFacts(readFileSync(join(distDir, file), 'utf8'), intern) });
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
  }
  const sitemaps = files.assets
    .filter((f) => /^sitemap[^/]*\.xml$/.test(f))
    .map((file) => ({ file, xml: readFileSync(join(distDir, file), 'utf8') }));
  const linkOptions = { base: options.base, origin: options.origin, assets: files.assets };
  const problems = [...checkPages(pages, linkOptions), ...checkSitemaps(sitemaps, files.pages, linkOptions)];
  if (problems.length)
    throw new Error(
      `Link check failed (${problems.length}):\n` +
        problems
          .map((p) => `  - ${distDir}/${p.replace(/^([^:]+):/, (_, f: string) => `${f}${sourceOf(f, options.contentDir)}:`)}`)
          .join('\n'),
    );
  return `${pages.length} pages${sitemaps.length ? ` and ${sitemaps.length} sitemap files` : ''}, every internal link, anchor and site URL resolves`;
}
