/** Writes one Pagefind bundle per language into the build (see components/search/bundles.ts). */
import { readdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { primaryBundle, searchBundles, type SearchBundle } from '../search-index/bundles.ts';
import { neverRequested } from './offline/precache.ts';
import { isPagefindBinary, writePagefindBrotli } from './pagefindBrotli.ts';
import { recutIndex } from './pagefindChunks.ts';
import {
  bundleBytes,
  pagesDigest,
  readBundleRecords,
  recordOf,
  reuseBundle,
  writeBundleRecords,
  type BundleRecord,
} from './reuse/searchBundles.ts';
import { previousBuildDir } from './reuse/switch.ts';

export interface IndexedBundle {
  dir: string;
  pages: number;
  /** Wall time from creating the index to its files written. */
  ms: number;
  /** Pagefind's files the site requests: bytes as Pagefind writes them (gzip), and as sent to a client that accepts brotli. */
  gzipBytes: number;
  brotliBytes: number;
  /** Copied from the last build: its pages had not changed (reuse/searchBundles.ts). */
  reused: boolean;
}

/** Folders of a language that hold no searchable page: the parallel views repeat the entries side by side. */
const NOT_INDEXED = new Set(['parallel']);

/** Whether Pagefind reads a built page (`fr/cases/x/index.html`): any page in a folder of a language but the parallel views. */
export function isSearchablePage(file: string): boolean {
  // In a folder of the language, as bundleGlob reads them: not the language's home page itself.
  const [locale, folder, ...rest] = file.split('/');
  return (
    searchBundles.some((b) => b.locale === locale) &&
    folder !== undefined &&
    rest.length > 0 &&
    !NOT_INDEXED.has(folder) &&
    file.endsWith('.html')
  );
}

/**
 * The pages Pagefind reads for a bundle: the language's folders but the
 * parallel views (half the pages of a large site, none of them indexed, since
 * only entry pages mark a `data-pagefind-body`; skipping them saves about a
 * third of the indexing time and a fifth of Pagefind's memory on a large site).
 */
export function bundleGlob(distDir: string, bundle: SearchBundle): string {
  const folders = readdirSync(join(distDir, bundle.locale), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !NOT_INDEXED.has(d.name))
    .map((d) => d.name)
    .sort();
  return `${bundle.locale}/{${folders.join(',')}}/**/*.html`;
}

async function indexBundle(distDir: string, bundle: SearchBundle): Promise<IndexedBundle> {
  const start = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: distDir, glob: bundleGlob(distDir, bundle) });
    if (added.errors.length) throw new Error(`Pagefind (${bundle.dir}): ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(distDir, bundle.dir) });
    if (written.errors.length) throw new Error(`Pagefind (${bundle.dir}): ${written.errors.join('; ')}`);
    await recutIndex(join(distDir, bundle.dir));
    const sizes = await writePagefindBrotli(
      join(distDir, bundle.dir),
      neverRequestedIn(bundle),
      previousBuildDir && join(previousBuildDir, bundle.dir),
    );
    return {
      dir: bundle.dir,
      pages: added.page_count,
      ms: performance.now() - start,
      gzipBytes: sizes.gzipBytes,
      brotliBytes: sizes.sentBytes,
      reused: false,
    };
  } finally {
    // The service keeps an index until told otherwise: free it before the next language's (half the peak memory).
    await index.deleteIndex();
  }
}

/** The files of a bundle that the site never requests (pagefindBrotli.ts skips them). */
const neverRequestedIn = (bundle: SearchBundle) => (file: string) =>
  neverRequested(`${bundle.dir}/${file}`, primaryBundle.dir, primaryBundle.locale);

/** The pages a bundle reads (what bundleGlob matches), relative to the build. */
async function searchablePages(distDir: string, bundle: SearchBundle): Promise<string[]> {
  const files = await readdir(join(distDir, bundle.locale), { recursive: true });
  return files.map((f) => `${bundle.locale}/${String(f)}`).filter(isSearchablePage);
}

/** A bundle copied from the last build when its pages did not change, else indexed; `records` is updated. */
async function indexOrReuse(distDir: string, bundle: SearchBundle, records: Record<string, BundleRecord>): Promise<IndexedBundle> {
  const start = performance.now();
  const dir = join(distDir, bundle.dir);
  const pages = await pagesDigest(distDir, await searchablePages(distDir, bundle));
  const record = records[bundle.dir];
  if (await reuseBundle(previousBuildDir && join(previousBuildDir, bundle.dir), dir, record, pages)) {
    const sizes = await bundleBytes(dir, isPagefindBinary, neverRequestedIn(bundle));
    return {
      dir: bundle.dir,
      pages: record!.pageCount,
      ms: performance.now() - start,
      gzipBytes: sizes.gzipBytes,
      brotliBytes: sizes.sentBytes,
      reused: true,
    };
  }
  const indexed = await indexBundle(distDir, bundle);
  records[bundle.dir] = await recordOf(dir, pages, indexed.pages);
  return indexed;
}

/**
 * Both bundles from one Pagefind service, one after the other.
 * `cacheDir`: where what each bundle was made from is kept, so that the next
 * build can copy a bundle whose pages did not change.
 */
export async function indexSearch(distDir: string, { cacheDir }: { cacheDir?: string | undefined } = {}): Promise<IndexedBundle[]> {
  const records = await readBundleRecords(cacheDir);
  const done: IndexedBundle[] = [];
  try {
    for (const bundle of searchBundles) done.push(await indexOrReuse(distDir, bundle, records));
  } finally {
    await pagefind.close();
  }
  await writeBundleRecords(cacheDir, records);
  return done;
}
