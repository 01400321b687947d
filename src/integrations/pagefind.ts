/** Writes one Pagefind bundle per language into the build (see components/search/bundles.ts). */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { searchBundles } from '../components/search/bundles.ts';

export async function indexSearch(distDir: string): Promise<string[]> {
  const lines: string[] = [];
  try {
    for (const bundle of searchBundles) {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: distDir, glob: bundle.glob });
      if (added.errors.length) throw new Error(`Pagefind (${bundle.dir}): ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: join(distDir, bundle.dir) });
      if (written.errors.length) throw new Error(`Pagefind (${bundle.dir}): ${written.errors.join('; ')}`);
      lines.push(`${bundle.dir} indexes ${added.page_count} pages`);
    }
  } finally {
    await pagefind.close();
  }
  return lines;
}
