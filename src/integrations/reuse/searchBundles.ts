/**
 * A search bundle is a function of its pages: when every page a language's
 * bundle reads holds the same bytes as in the last build, and Pagefind and
 * our code that writes bundles are the same, the last build's bundle is
 * copied instead of indexed again. Editing a French entry's text leaves the
 * Chinese pages as they were (they show its title only), so such a rebuild
 * indexes one language instead of two.
 *
 * What a bundle was made from is recorded in Astro's cache folder
 * (`search-bundles.json`), with a digest of the bundle's own
 * `pagefind-entry.json` so that the record is only trusted for that bundle.
 */
import { createHash, hash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { linkOrCopy } from '../builtFiles.ts';

const BUNDLES_RECORD = 'search-bundles.json';
const ENTRY_FILE = 'pagefind-entry.json';

/** What a bundle was made from. */
export interface BundleRecord {
  /** The installed packages and the code that writes bundles. */
  recipe: string;
  /** The pages it read: paths and bytes. */
  pages: string;
  pageCount: number;
  /** Its pagefind-entry.json, which names its index files. */
  entry: string;
}

const sha256 = (data: string | Uint8Array) => hash('sha256', data);

let recipe: string | undefined;
/** The installed packages (Pagefind's version among them) and the source of the modules that write a bundle. */
export function bundleRecipe(): string {
  recipe ??= createHash('sha256')
    .update(readFileSync(new URL('../../../package-lock.json', import.meta.url)))
    .update(readFileSync(new URL('../pagefind.ts', import.meta.url)))
    .update(readFileSync(new URL('../pagefindBrotli.ts', import.meta.url)))
    .update(readFileSync(new URL('../pagefindChunks.ts', import.meta.url)))
    .digest('hex');
  return recipe;
}

/** A digest of the pages (relative paths) and their bytes. */
export async function pagesDigest(distDir: string, pages: readonly string[]): Promise<string> {
  const digest = createHash('sha256');
  for (const page of [...pages].sort()) digest.update(`${page}\0${sha256(await readFile(join(distDir, page)))}\n`);
  return digest.digest('hex');
}

export async function readBundleRecords(cacheDir: string | undefined): Promise<Record<string, BundleRecord>> {
  if (!cacheDir) return {};
  try {
    const records = JSON.parse(await readFile(join(cacheDir, BUNDLES_RECORD), 'utf8')) as unknown;
    return records && typeof records === 'object' ? (records as Record<string, BundleRecord>) : {};
  } catch {
    return {};
  }
}

export async function writeBundleRecords(cacheDir: string | undefined, records: Record<string, BundleRecord>): Promise<void> {
  if (!cacheDir) return;
  await writeFile(join(cacheDir, BUNDLES_RECORD), JSON.stringify(records)).catch(() => undefined);
}

/** The record of a bundle just written to `bundleDir`. */
export async function recordOf(bundleDir: string, pages: string, pageCount: number): Promise<BundleRecord> {
  return { recipe: bundleRecipe(), pages, pageCount, entry: sha256(await readFile(join(bundleDir, ENTRY_FILE))) };
}

/**
 * Copies the last build's bundle into `bundleDir` when `record` says it was
 * made the same way from the same pages; returns whether it did.
 */
export async function reuseBundle(
  previousBundleDir: string | undefined,
  bundleDir: string,
  record: BundleRecord | undefined,
  pages: string,
): Promise<boolean> {
  if (!previousBundleDir || !record || record.recipe !== bundleRecipe() || record.pages !== pages) return false;
  const entry = join(previousBundleDir, ENTRY_FILE);
  if (!existsSync(entry) || sha256(await readFile(entry)) !== record.entry) return false;
  // Hard links, as for the compressed copies: nothing writes into a bundle's files once they are written.
  for (const entry of await readdir(previousBundleDir, { recursive: true, withFileTypes: true })) {
    const to = join(bundleDir, relative(previousBundleDir, join(entry.parentPath, entry.name)));
    if (entry.isDirectory()) await mkdir(to, { recursive: true });
    else if (entry.isFile()) {
      await mkdir(dirname(to), { recursive: true });
      await linkOrCopy(join(entry.parentPath, entry.name), to);
    }
  }
  return true;
}

/** Bytes of a bundle's Pagefind files the site requests, as gzip and as sent (brotli where there is a copy). */
export async function bundleBytes(bundleDir: string, isPagefindFile: (f: string) => boolean, skip: (f: string) => boolean) {
  const files = (await readdir(bundleDir, { recursive: true })).map(String).filter((f) => isPagefindFile(f) && !skip(f));
  let gzipBytes = 0;
  let sentBytes = 0;
  for (const f of files) {
    const gzip = (await stat(join(bundleDir, f))).size;
    const br = await stat(join(bundleDir, `${f}.br`)).then(
      (s) => s.size,
      () => undefined,
    );
    gzipBytes += gzip;
    sentBytes += br ?? gzip;
  }
  return { gzipBytes, sentBytes };
}
