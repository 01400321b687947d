/**
 * The last build's copies of a Pagefind file (its gzip file as Pagefind
 * wrote it, and our `.br` copy) when, unpacked and slimmed, it held exactly
 * the same bytes: a rebuild after one edit changes a few fragments and index
 * chunks, and the rest keep their brotli copies (pagefindBrotli.ts).
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

const unpacked = (gzip: Buffer) => {
  try {
    return gunzipSync(gzip);
  } catch {
    return undefined;
  }
};

export async function previousPagefindCopies(path: string, raw: Buffer): Promise<{ gzip: Buffer; br?: Buffer } | undefined> {
  const gzip = await readFile(path).catch(() => undefined);
  if (!gzip || !unpacked(gzip)?.equals(raw)) return undefined;
  const br = await readFile(`${path}.br`).catch(() => undefined);
  return br ? { gzip, br } : { gzip };
}
