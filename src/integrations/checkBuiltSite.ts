/**
 * After the build: every internal link, anchor, canonical URL and sitemap URL
 * of the built site must resolve, and every image it loads exist (rules in linkCheck/). Throws one line per
 * problem, naming the built file and the entry it came from. What it reads of
 * each page is kept in Astro's cache folder (reuse/linkFacts.ts), so a
 * rebuild parses only the pages whose bytes changed.
 */
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkPages, checkSitemaps, createInterner, pageFacts, type CheckedPage } from './linkCheck/index.ts';
import { pageDigest, readFactsCache, writeFactsCache } from './reuse/linkFacts.ts';

/** `fr/cases/x/index.html` → ` (from content/fr/cases/x.mdx)` when that is where it came from. */
function sourceOf(file: string, contentDir: string): string {
  const mdx = join(contentDir, file.replace(/\/index\.html$/, '.mdx'));
  return existsSync(mdx) ? ` (from ${relative(process.cwd(), mdx)})` : '';
}

/**
 * A page's bytes, read into one buffer reused from page to page: thousands of
 * pages read into their own buffers would wait, outside the heap, for a
 * garbage collection that a check parsing few pages seldom triggers.
 */
function pageReader(): (path: string) => Buffer {
  let buffer = Buffer.alloc(1 << 20);
  return (path) => {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > buffer.length) buffer = Buffer.alloc(size * 2);
      let read = 0;
      while (read < size) {
        const n = readSync(fd, buffer, read, size - read, null);
        if (n === 0) break;
        read += n;
      }
      // Valid until the next page is read.
      return buffer.subarray(0, read);
    } finally {
      closeSync(fd);
    }
  };
}

/** Lets other work (the Pagefind service's messages) through every so many pages. */
const YIELD_EVERY = 16;

export async function checkBuiltSite(
  distDir: string,
  files: { pages: string[]; assets: string[] },
  /** `cacheDir`: Astro's cache folder, where the facts of the pages are kept for the next build. */
  options: { base: string; origin: string; contentDir: string; cacheDir?: string },
): Promise<string> {
  // Page by page: only each page's ids, links and images are kept, never the pages themselves.
  const pages: CheckedPage[] = [];
  const digests: string[] = [];
  const intern = createInterner();
  const cacheFile = options.cacheDir && join(options.cacheDir, 'link-facts.json');
  const cached = readFactsCache(cacheFile, intern);
  let parsed = 0;
  const read = pageReader();
  for (const [i, file] of files.pages.entries()) {
    const bytes = read(join(distDir, file));
    const digest = pageDigest(bytes);
    let facts = cached(digest);
    if (!facts) {
      facts = pageFacts(bytes.toString('utf8'), intern);
      parsed++;
    }
    pages.push({ file, ...facts });
    digests.push(digest);
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
  }
  const sitemaps = files.assets
    .filter((f) => /^sitemap[^/]*\.xml$/.test(f))
    .map((file) => ({ file, xml: readFileSync(join(distDir, file), 'utf8') }));
  const linkOptions = { base: options.base, origin: options.origin, assets: files.assets };
  const problems = [...checkPages(pages, linkOptions), ...checkSitemaps(sitemaps, files.pages, linkOptions)];
  // Kept even when the check fails: the facts depend on the pages' bytes only, and the fix is rebuilt next.
  if (cacheFile)
    writeFactsCache(
      cacheFile,
      pages.map((page, i) => [digests[i]!, page] as const),
    );
  if (problems.length)
    throw new Error(
      `Link check failed (${problems.length}):\n` +
        problems
          .map((p) => `  - ${distDir}/${p.replace(/^([^:]+):/, (_, f: string) => `${f}${sourceOf(f, options.contentDir)}:`)}`)
          .join('\n'),
    );
  const reused = cacheFile ? ` (${parsed} parsed, ${pages.length - parsed} as in the last build)` : '';
  return `${pages.length} pages${reused}${sitemaps.length ? ` and ${sitemaps.length} sitemap files` : ''}, every internal link, anchor and site URL resolves`;
}
