/** The one walker of the build folder: every file, as a path relative to it with `/` separators. */
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

export async function builtFiles(dir: string): Promise<{ pages: string[]; assets: string[] }> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((f) => f.isFile())
    .map((f) => relative(dir, join(f.parentPath, f.name)).replaceAll('\\', '/'))
    .sort();
  return { pages: files.filter((f) => f.endsWith('.html')), assets: files.filter((f) => !f.endsWith('.html')) };
}
