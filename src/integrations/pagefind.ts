/** Writes one Pagefind bundle per language into the build (see components/search/bundles.ts). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { primaryBundle, searchBundles, type SearchBundle } from '../components/search/bundles.ts';
import { neverRequested } from './offline/precache.ts';
import { writePagefindBrotli } from './pagefindBrotli.ts';
import { previousBuildDir } from '../site/config.ts';

export interface IndexedBundle {
  dir: string;
  pages: number;
  /** Wall time from creating the index to its files written. */
  ms: number;
  /** Pagefind's files the site requests: bytes as Pagefind writes them (gzip), and as sent to a client that accepts brotli. */
  gzipBytes: number;
  brotliBytes: number;
}

/** Folders of a language that hold no searchable page: the parallel views repeat the entries side by side. */
const NOT_INDEXED = new Set(['parallel']);

/** Whether Pagefind reads a built page (`fr/cases/x/index.html`): any page of a language but the parallel views. */
export function isSearchablePage(file: string): boolean {
  const [locale, folder] = file.split('/');
  return searchBundles.some((b) => b.locale === locale) && folder !== undefined && !NOT_INDEXED.has(folder) && file.endsWith('.html');
}

/**
 * The pages Pagefind reads for a bundle: the language's folders but the
 * parallel views (half the pages of a large site, none of them indexed, since
 * only entry pages mark a `data-pagefind-body`; skipping them saved a third
 * of the indexing time and a fifth of Pagefind's memory at 5,000 pairs).
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
    const sizes = await writePagefindBrotli(
      join(distDir, bundle.dir),
      (file) => neverRequested(`${bundle.dir}/${file}`, primaryBundle.dir, primaryBundle.locale),
      previousBuildDir && join(previousBuildDir, bundle.dir),
    );
    return {
      dir: bundle.dir,
      pages: added.page_count,
      ms: performance.now() - start,
      gzipBytes: sizes.gzipBytes,
      brotliBytes: sizes.sentBytes,
    };
  } finally {
    // The service keeps an index until told otherwise: free it before the next language's (half the peak memory).
    await index.deleteIndex();
  }
}

/**
 * Both bundles from one Pagefind service. `concurrent`: the two indexes are
 * built at the same time (the service is one process; see the bench for
 * whether that helps on a given machine), else one after the other.
 */
export async function indexSearch(distDir: string, { concurrent = false } = {}): Promise<IndexedBundle[]> {
  try {
    if (concurrent) return await Promise.all(searchBundles.map((b) => indexBundle(distDir, b)));
    const done: IndexedBundle[] = [];
    for (const bundle of searchBundles) done.push(await indexBundle(distDir, bundle));
    return done;
  } finally {
    await pagefind.close();
  }
}
