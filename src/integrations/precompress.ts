/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy next to each text file of
 * the build, once, so the server and static hosts send compressed files
 * without compressing per request (`npm run serve`, nginx
 * `gzip_static`). Returns each file's size as sent gzip (its own size when
 * not compressed). Each file is read once.
 *
 * Compression runs in libuv's thread pool (zlib's callback API), a few files
 * at a time, so both cores work and no more than a few files are held at
 * once (brotli quality: see `brotliQuality`).
 */
import { readFile, stat, unlink } from 'node:fs/promises';
import { replaceFile } from './builtFiles.ts';
import { reuseCompressedCopies } from './reuse/compressedCopies.ts';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { mapAtOnce } from './pool.ts';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text formats worth compressing; Pagefind's index files and WebAssembly are gzip already. */
const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|xml|txt|webmanifest|map)$/;
/** Files compressed at the same time: enough to keep the thread pool busy, few enough to hold. */
const AT_ONCE = 4;

function isCompressible(file: string): boolean {
  return COMPRESSIBLE.test(file);
}

/**
 * Brotli quality: the smallest output (11) for the scripts every reader loads
 * (ours and Pagefind's `pagefind.js`: about 6 % smaller, tens of milliseconds
 * each), a fast one (5) for the pages, which are many (on the pages of a
 * 1,000-pair build ten times faster than 9, for 0.2 % more bytes), and 9 for
 * the rest.
 */
export function brotliQuality(file: string, size: number): number {
  if (file.endsWith('.html')) return 5;
  return /\.m?js$/.test(file) && size <= 64_000 ? constants.BROTLI_MAX_QUALITY : 9;
}

async function compressOne(path: string, file: string, content: Buffer, previous?: string): Promise<number> {
  const reused = previous === undefined ? undefined : await reuseCompressedCopies(previous, file, content, path);
  if (reused !== undefined) return reused;
  const [zipped, squeezed] = await Promise.all([
    gz(content, { level: 9 }),
    brotli(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file, content.length), [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
    }),
  ]);
  // A copy that saves nothing is not worth a lookup: the file is sent as it is.
  if (squeezed.length < content.length) await replaceFile(`${path}.br`, squeezed);
  else await unlink(`${path}.br`).catch(() => {});
  if (zipped.length >= content.length) {
    await unlink(`${path}.gz`).catch(() => {});
    return content.length;
  }
  await replaceFile(`${path}.gz`, zipped);
  return zipped.length;
}

export interface PrecompressOptions {
  /** The last build's folder: its copies are reused for files whose bytes did not change (reuse/compressedCopies.ts). */
  previous?: string | undefined;
  /**
   * Called with every file's bytes as they are read, so the steps that need
   * them (the offline revisions, the pages' policy hashes) read no file again.
   * When given, files that are not compressed are read for it too.
   */
  onRead?: (file: string, content: Buffer) => void;
}

/** Compresses `files` of the build in `dir`. */
export async function precompress(dir: string, files: readonly string[], options: PrecompressOptions = {}): Promise<Map<string, number>> {
  const { previous, onRead } = options;
  const sizes = await mapAtOnce(files, AT_ONCE, async (file) => {
    const path = join(dir, file);
    const { size } = await stat(path);
    const compressible = isCompressible(file) && size > 256;
    if (!compressible && !onRead) return size;
    const content = await readFile(path);
    onRead?.(file, content);
    return compressible ? await compressOne(path, file, content, previous) : content.length;
  });
  return new Map(files.map((file, i) => [file, sizes[i]!]));
}
