/**
 * The build folder's files: the one walker (every file, as a path relative to
 * it with `/` separators), and how a build shares files with the last one.
 */
import { copyFile, link, readdir, unlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

export async function builtFiles(dir: string): Promise<{ pages: string[]; assets: string[] }> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((f) => f.isFile())
    .map((f) => relative(dir, join(f.parentPath, f.name)).replaceAll('\\', '/'))
    .sort();
  return { pages: files.filter((f) => f.endsWith('.html')), assets: files.filter((f) => !f.endsWith('.html')) };
}

/**
 * `from` made available at `to` as a second name for the same file (a hard
 * link: no bytes copied), or copied where the file system cannot link.
 * Safe because a file that may be shared is never written in place (see `replaceFile`).
 */
export async function linkOrCopy(from: string, to: string): Promise<void> {
  await link(from, to).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') return copyFile(from, to);
    await unlink(to);
    await link(from, to).catch(() => copyFile(from, to));
  });
}

/** Writes a new file at `path`: never through a name it may share with the last build's copy. */
export async function replaceFile(path: string, bytes: Buffer): Promise<void> {
  await unlink(path).catch(() => undefined);
  await writeFile(path, bytes);
}
