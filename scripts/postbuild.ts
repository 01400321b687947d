/**
 * Runs after `astro build`: checks every internal link and anchor of the built
 * site, its canonical URLs and alternates, and its sitemaps (`sitemap-*.xml`,
 * when there are any), then writes the search indexes (one Pagefind bundle per
 * language) and the service worker that precaches the whole build for offline reading.
 * Fails (exit 1) with one line per problem, naming the file.
 */
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { checkLinks, checkSitemaps, type BuiltPage } from '../src/integrations/linkCheck.ts';
import { primaryBundle, searchBundles } from '../src/components/search/bundles.ts';
import { writeSearchExtras } from '../src/components/search/extras/writeSearchExtras.ts';
import { basePath, distDir, siteUrl } from '../src/site/config.ts';
import { contentDir } from '../src/content-model/contentDir.ts';
import { localeKeys } from '../src/i18n/locales.ts';
import {
  PRECACHE_MANIFEST_FILE,
  SERVICE_WORKER_FILE,
  precacheUrls,
  precacheVersion,
  serviceWorkerSource,
  urlOfFile,
} from '../src/integrations/offline/precache.ts';

async function builtFiles(dir: string): Promise<{ pages: BuiltPage[]; assets: string[] }> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((f) => f.isFile())
    .map((f) => relative(dir, join(f.parentPath, f.name)).replaceAll('\\', '/'));
  return {
    pages: files.filter((f) => f.endsWith('.html')).map((file) => ({ file, html: readFileSync(join(dir, file), 'utf8') })),
    assets: files.filter((f) => !f.endsWith('.html')),
  };
}

/** `fr/cases/x/index.html` → `content/fr/cases/x.mdx` when that is where it came from. */
function sourceOf(file: string): string {
  const mdx = join(contentDir, file.replace(/\/index\.html$/, '.mdx'));
  return existsSync(mdx) ? ` (from ${relative(process.cwd(), mdx)})` : '';
}

async function indexSearch(): Promise<void> {
  for (const bundle of searchBundles) {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: distDir, glob: bundle.glob });
    if (added.errors.length) throw new Error(`Pagefind (${bundle.dir}): ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(distDir, bundle.dir) });
    if (written.errors.length) throw new Error(`Pagefind (${bundle.dir}): ${written.errors.join('; ')}`);
    console.log(`search: ${bundle.dir} indexes ${added.page_count} pages`);
  }
  await pagefind.close();
}

/** Writes sw.js, versioned by a hash of every file it precaches, and the list of those files. */
async function writeServiceWorker(): Promise<void> {
  const base = basePath();
  const { pages, assets } = await builtFiles(distDir);
  const urls = precacheUrls([...pages.map((p) => p.file), ...assets], base, { dir: primaryBundle.dir, language: primaryBundle.locale });
  const byUrl = new Map([...pages.map((p) => p.file), ...assets].map((f) => [urlOfFile(f, base), f]));
  const files = urls.map((url) => ({ url, bytes: readFileSync(join(distDir, byUrl.get(url)!)) }));
  const worker = ts.transpileModule(readFileSync('src/integrations/offline/serviceWorker.ts', 'utf8'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, removeComments: false },
  }).outputText;
  const source = serviceWorkerSource(worker, { version: precacheVersion(files), base, locales: localeKeys });
  writeFileSync(join(distDir, PRECACHE_MANIFEST_FILE), JSON.stringify(urls));
  writeFileSync(join(distDir, SERVICE_WORKER_FILE), source);
  const kib = (n: number) => Math.round(n / 1024);
  const raw = files.reduce((sum, f) => sum + f.bytes.length, 0);
  const gzipped = files.reduce((sum, f) => sum + gzipSync(f.bytes).length, 0);
  console.log(`offline: ${SERVICE_WORKER_FILE} precaches ${urls.length} files, ${kib(raw)} KiB (${kib(gzipped)} KiB gzip)`);
}

const { pages, assets } = await builtFiles(distDir);
const sitemaps = assets
  .filter((f) => /^sitemap[^/]*\.xml$/.test(f))
  .map((file) => ({ file, xml: readFileSync(join(distDir, file), 'utf8') }));
const linkOptions = { base: basePath(), origin: siteUrl(), assets };
const problems = [
  ...checkLinks(pages, linkOptions),
  ...checkSitemaps(
    sitemaps,
    pages.map((p) => p.file),
    linkOptions,
  ),
];
if (problems.length) {
  console.error(
    `Link check failed (${problems.length}):\n` +
      problems.map((p) => `  - ${distDir}/${p.replace(/^([^:]+):/, (_, f: string) => `${f}${sourceOf(f)}:`)}`).join('\n'),
  );
  process.exit(1);
}
console.log(
  `links: ${pages.length} pages${sitemaps.length ? ` and ${sitemaps.length} sitemap files` : ''}, every internal link, anchor and site URL resolves`,
);
await indexSearch();
writeSearchExtras(distDir);
await writeServiceWorker();
