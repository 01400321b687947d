/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy next to each text file of
 * the build, once, so the server and static hosts send compressed files
 * without compressing per request (sirv `brotli`/`gzip`, nginx
 * `gzip_static`). Returns each file's size as sent gzip (its own size when
 * not compressed).
 *
 * Compression runs in libuv's thread pool (zlib's callback API), a few files
 * at a time, so both cores work and no more than a few files are held at
 * once. Pages use brotli quality 5: on the pages of a 1,000-pair build it was
 * ten times faster than quality 9 for 0.2 % more bytes; the few scripts,
 * styles and data files, fetched by every reader, get the densest quality.
 */
import { readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text formats worth compressing; Pagefind's index files and WebAssembly are gzip already. */
const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|xml|txt|webmanifest|map)$/;
/** Files compressed at the same time: enough to keep the thread pool busy, few enough to hold. */
const AT_ONCE = 4;

export function isCompressible(file: string): boolean {
  return COMPRESSIBLE.test(file);
}

/** Brotli quality: the densest for shared assets, a fast one for the (many) pages. */
export const brotliQuality = (file: string): number => (file.endsWith('.html') ? 5 : constants.BROTLI_MAX_QUALITY);

async function compressOne(path: string, file: string): Promise<number> {
  const content = await readFile(path);
  const [zipped, squeezed] = await Promise.all([
    gz(content, { level: 9 }),
    brotli(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file), [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
    }),
  ]);
  // A copy that saves nothing is not worth a lookup: the file is sent as it is.
  if (squeezed.length < content.length) await writeFile(`${path}.br`, squeezed);
  else await unlink(`${path}.br`).catch(() => {});
  if (zipped.length >= content.length) {
    await unlink(`${path}.gz`).catch(() => {});
    return content.length;
  }
  await writeFile(`${path}.gz`, zipped);
  return zipped.length;
}

export async function precompress(dir: string, files: readonly string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  let next = 0;
  const work = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const path = join(dir, file);
      const { size } = await stat(path);
      sizes.set(file, isCompressible(file) && size > 256 ? await compressOne(path, file) : size);
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, work));
  return sizes;
}
