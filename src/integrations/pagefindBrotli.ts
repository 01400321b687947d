/**
 * Pagefind's files made smaller for the first search: page fragments without
 * the anchors Pagefind never uses, and brotli copies for hosts that serve
 * `.br` files (our server, nginx `brotli_static`).
 *
 * Pagefind writes its WebAssembly, index chunks, filters and page fragments
 * gzip-compressed, and unpacks them in the browser. Before unpacking, its
 * loader checks for the `pagefind_dcd` signature that starts every file once
 * unpacked: a file that arrives already unpacked (the browser decoded the
 * `Content-Encoding`) is used as it is. So a `.br` copy of the unpacked bytes,
 * sent with `Content-Encoding: br`, reaches Pagefind in a form it reads, and
 * is 10–15 % smaller than Pagefind's gzip. A client or host without brotli
 * gets the gzip file, as before.
 */
import { readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzipSync, gzip as gzipCallback } from 'node:zlib';

import { mapAtOnce } from './pool.ts';
import { previousPagefindCopies } from './reuse/pagefindCopies.ts';

const brotli = promisify(brotliCompress);
/** Files read and compressed at the same time. */
const AT_ONCE = 4;
const gzipAsync = promisify(gzipCallback);

/** What every Pagefind file starts with, once unpacked. */
export const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/** Pagefind's compressed files: WebAssembly, metadata, index chunks, filters, fragments. */
export function isPagefindBinary(name: string): boolean {
  return /\.pf_(meta|index|filter|fragment)$/.test(name) || /^wasm\.[^/]+\.pagefind$/.test(name.split('/').pop() ?? '');
}

/**
 * Quality 11 (the smallest, about 6 ms for a fragment) for what a first search
 * loads on a site of our size. On a large site, fragments (one per page) and
 * index chunks (a query loads one or two of many) at quality 9 with a small
 * window, twenty times faster: quality 11 would cost seconds of build there.
 */
export function brotliQuality(name: string, counts: { fragments: number; indexChunks: number }): number {
  if (name.endsWith('.pf_fragment') && counts.fragments > MAX_SMALLEST_FRAGMENTS) return 9;
  if (name.endsWith('.pf_index') && counts.indexChunks > MAX_SMALLEST_CHUNKS) return 9;
  return 11;
}
/**
 * Index chunks (about 1,500 word positions each, see pagefindChunks.ts) and fragments per bundle up to
 * which they are compressed at quality 11.
 */
export const MAX_SMALLEST_CHUNKS = 100;
export const MAX_SMALLEST_FRAGMENTS = 100;

interface Anchor {
  element: string;
  text?: string;
  title?: string;
}
/**
 * A fragment without the anchors Pagefind ignores. Pagefind records every
 * element with an `id` in the page's body, with its text; our paragraphs all
 * carry ids (for the parallel view), so each fragment held the page's text
 * twice. Pagefind only ever reads the anchors that have a title, or are
 * headings with text (its sub-results): those are kept, unchanged.
 */
export function slimFragment(raw: Buffer): Buffer {
  const data = JSON.parse(raw.subarray(PAGEFIND_SIGNATURE.length).toString('utf8')) as { anchors?: Anchor[] };
  const used = (a: Anchor) => (!!a.title && /\S/.test(a.title)) || (/h\d/i.test(a.element) && !!a.text && /\S/.test(a.text));
  if (!data.anchors?.some((a) => !used(a))) return raw;
  return Buffer.from(PAGEFIND_SIGNATURE + JSON.stringify({ ...data, anchors: data.anchors.filter(used) }), 'utf8');
}

/** Unpacks a Pagefind file: the bytes Pagefind reads, signature included; undefined if it is not one. */
export function unpackPagefindFile(gzip: Uint8Array): Buffer | undefined {
  try {
    const raw = gunzipSync(gzip);
    return raw.subarray(0, PAGEFIND_SIGNATURE.length).toString('latin1') === PAGEFIND_SIGNATURE ? raw : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Slims the bundle's fragments, then writes `<file>.br` next to each Pagefind
 * file that brotli makes smaller than its gzip (and removes a stale one that
 * would not be).
 * `skip`: files the site never requests (other languages' WebAssembly).
 * `previousDir`: the same bundle in the last build, whose copies are reused
 * for a file that holds the same bytes (reuse/pagefindCopies.ts).
 * Returns the bytes of the gzip files and of what is sent instead.
 */
export async function writePagefindBrotli(bundleDir: string, skip: (file: string) => boolean = () => false, previousDir?: string) {
  const files = (await readdir(bundleDir, { recursive: true })).map(String).filter((f) => isPagefindBinary(f) && !skip(f));
  const counts = {
    fragments: files.filter((f) => f.endsWith('.pf_fragment')).length,
    indexChunks: files.filter((f) => f.endsWith('.pf_index')).length,
  };
  let gzipBytes = 0;
  let sentBytes = 0;
  // A few files at a time: each compression holds its encoder's memory until it is done.
  await mapAtOnce(files, AT_ONCE, async (file) => {
    const path = join(bundleDir, file);
    let gzip = await readFile(path);
    let raw = unpackPagefindFile(gzip);
    const slim = raw && file.endsWith('.pf_fragment') ? slimFragment(raw) : raw;
    const reused = slim && previousDir ? await previousPagefindCopies(join(previousDir, file), slim) : undefined;
    if (reused) {
      if (!reused.gzip.equals(gzip)) await writeFile(path, reused.gzip);
      if (reused.br) await writeFile(`${path}.br`, reused.br);
      else await unlink(`${path}.br`).catch(() => undefined);
      gzipBytes += reused.gzip.length;
      sentBytes += reused.br?.length ?? reused.gzip.length;
      return;
    }
    if (slim !== raw) {
      [raw, gzip] = [slim, await gzipAsync(slim!, { level: 9 })];
      await writeFile(path, gzip);
    }
    gzipBytes += gzip.length;
    const quality = brotliQuality(file, counts);
    const br = raw
      ? await brotli(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: quality,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
            ...(quality < 11 ? { [constants.BROTLI_PARAM_LGWIN]: 16 } : {}),
          },
        })
      : undefined;
    if (br && br.length < gzip.length) {
      await writeFile(`${path}.br`, br);
      sentBytes += br.length;
    } else {
      await unlink(`${path}.br`).catch(() => undefined);
      sentBytes += gzip.length;
    }
  });
  return { files: files.length, gzipBytes, sentBytes };
}
