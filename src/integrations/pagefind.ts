/** Writes one Pagefind bundle per language into the build (see components/search/bundles.ts). */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { primaryBundle, searchBundles, type SearchBundle } from '../components/search/bundles.ts';
import { neverRequested } from './offline/precache.ts';
import { writePagefindBrotli } from './pagefindBrotli.ts';

export interface IndexedBundle {
  dir: string;
  pages: number;
  /** Wall time from creating the index to its files written. */
  ms: number;
  /** Pagefind's files the site requests: bytes as Pagefind writes them (gzip), and as sent to a client that accepts brotli. */
  gzipBytes: number;
  brotliBytes: number;
}

async function indexBundle(distDir: string, bundle: SearchBundle): Promise<IndexedBundle> {
  const start = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: distDir, glob: bundle.glob });
  if (added.errors.length) throw new Error(`Pagefind (${bundle.dir}): ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(distDir, bundle.dir) });
  if (written.errors.length) throw new Error(`Pagefind (${bundle.dir}): ${written.errors.join('; ')}`);
  const sizes = await writePagefindBrotli(join(distDir, bundle.dir), (file) =>
    neverRequested(`${bundle.dir}/${file}`, primaryBundle.dir, primaryBundle.locale),
  );
  return {
    dir: bundle.dir,
    pages: added.page_count,
    ms: performance.now() - start,
    gzipBytes: sizes.gzipBytes,
    brotliBytes: sizes.sentBytes,
  };
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
