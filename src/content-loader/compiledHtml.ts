/**
 * Where a plain entry's compiled HTML is kept: a file of Astro's cache folder
 * named by the entry's digest, written by the loader (loader.ts) and read by
 * the pages (components/entry/EntryBody.astro). Astro bundles its whole
 * content store into the build as one string; the HTML stays out of it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const HTML_DIR = 'entries-html';

export const htmlFileOf = (cacheDir: string, digest: string) => join(cacheDir, HTML_DIR, `${digest}.html`);

/** A plain entry's compiled HTML; undefined for an entry @astrojs/mdx renders. */
export function compiledHtml(entry: {
  filePath?: string | undefined;
  rendered?: { metadata?: Record<string, unknown> | undefined } | undefined;
}): string | undefined {
  const file = entry.rendered?.metadata?.htmlFile;
  if (typeof file !== 'string') return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${entry.filePath ?? 'an entry'}: its compiled HTML (${file}) is missing from the cache folder; build again`, {
      cause: error,
    });
  }
}
