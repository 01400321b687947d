/**
 * Pagefind's word index cut into small chunks. A query loads, in each
 * language, the one index chunk whose range holds each of its words. Pagefind
 * closes a chunk at 20,000 word positions (a constant in its source), so on a
 * site of our size each language's index is one or two chunks of 20–30 kB
 * brotli, and every first search loaded them whole, in both languages.
 *
 * After Pagefind writes a bundle, this reads its words back (each with its
 * pages and positions, exactly as Pagefind wrote them), cuts them again into
 * chunks of about CHUNK_POSITIONS positions, and rewrites the metadata's list
 * of chunks. A cut falls only where the words' first character changes, so
 * every word that starts with a typed prefix is in the one chunk Pagefind
 * loads for it; the ranges leave no gap, so any term is sent to exactly one
 * chunk (Pagefind's lookup: `from <= term <= to`, by bytes).
 *
 * The files' layout is Pagefind's (`pagefind_web/src/metadata.rs` and
 * `index.rs`: fixed-length CBOR arrays). Each file read must encode back to
 * the very bytes Pagefind wrote, or the build stops: a Pagefind upgrade that
 * changes the layout is caught here, not in a reader's browser.
 */
import { hash } from 'node:crypto';
import { readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

/**
 * Word positions (plus one per page a word is on, as Pagefind counts them) per chunk: 1–4 kB brotli. A
 * first search loads a chunk per language and first character typed, a later query one more for each new
 * first character: smaller chunks cost both less, at the price of more files and requests.
 */
export const CHUNK_POSITIONS = 1500;
const SIGNATURE = 'pagefind_dcd';
/** Above every character a term can hold: closes the last range, and the range of a chunk's last first character. */
const TOP = '\u{10FFFF}';

/** A page a word is on: its number, and the word's positions (a negative number changes the weight of the next ones). */
type PageWords = [page: number, positions: number[]];
export type IndexWord = [word: string, pages: PageWords[]];
export interface ChunkRange {
  from: string;
  to: string;
}

/** Positions a word adds to a chunk, as Pagefind counts them when it cuts its own. */
const sizeOf = ([, pages]: IndexWord) => pages.reduce((sum, [, positions]) => sum + positions.length + 1, 0);
const firstChar = (word: string) => String.fromCodePoint(word.codePointAt(0) ?? 0);
/** Byte order of UTF-8, which is code point order: the order Pagefind sorts and compares terms in. */
const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/**
 * Cuts sorted words into chunks as they come: a chunk closes once it holds
 * `size` positions, at the next change of first character. Only the chunk
 * being filled is held, so an index of any size is cut in little memory.
 */
class ChunkCutter {
  private chunk: IndexWord[] = [];
  private positions = 0;

  constructor(private readonly size: number) {}

  /** Adds the next word; returns the chunk it closes, if it closes one (the word starts the next one). */
  add(word: IndexWord): IndexWord[] | undefined {
    const last = this.chunk.at(-1);
    let closed: IndexWord[] | undefined;
    if (last && this.positions >= this.size && firstChar(word[0]) !== firstChar(last[0])) {
      closed = this.chunk;
      this.chunk = [];
      this.positions = 0;
    }
    this.chunk.push(word);
    this.positions += sizeOf(word);
    return closed;
  }

  /** The last chunk, if it holds any word. */
  finish(): IndexWord[] | undefined {
    return this.chunk.length ? this.chunk : undefined;
  }
}

/** Words (sorted) cut into chunks of at least `size` positions, each cut where the first character changes. */
export function cutChunks(words: readonly IndexWord[], size = CHUNK_POSITIONS): IndexWord[][] {
  const cutter = new ChunkCutter(size);
  const chunks = words.map((w) => cutter.add(w)).filter((c): c is IndexWord[] => !!c);
  const last = cutter.finish();
  return last ? [...chunks, last] : chunks;
}

/** The character before `c` (surrogates skipped). */
function previousChar(c: string): string {
  let code = c.codePointAt(0)! - 1;
  if (code >= 0xd800 && code <= 0xdfff) code = 0xd7ff;
  return String.fromCodePoint(code);
}

/**
 * Ranges that send every term that could match a word to one chunk, given
 * each chunk's first word, in order: each range starts at that word's first
 * character and ends just below where the next one starts (the last one,
 * above any term). A term below the first word's first character (the empty
 * term of a filter-only search) loads nothing, as with Pagefind's own ranges.
 */
export function chunkRanges(firstWords: readonly string[]): ChunkRange[] {
  return firstWords.map((first, i) => {
    const next = firstWords[i + 1];
    return { from: firstChar(first), to: next !== undefined ? previousChar(firstChar(next)) + TOP : TOP };
  });
}

/** The chunk a term is looked up in, as Pagefind's WebAssembly picks it (the first range that holds it). */
export function chunkOf(ranges: readonly ChunkRange[], term: string): number {
  return ranges.findIndex((r) => byBytes(term, r.from) >= 0 && byBytes(term, r.to) <= 0);
}

/** A Pagefind file's CBOR value; refused unless it encodes back to the same bytes. */
function readCbor(gzipped: Buffer, file: string): unknown {
  const raw = gunzipSync(gzipped);
  if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error(`${file}: not a Pagefind file`);
  const bytes = raw.subarray(SIGNATURE.length);
  const value: unknown = decode(bytes);
  if (!Buffer.from(encode(value)).equals(bytes))
    throw new Error(
      `${file}: Pagefind wrote this file in a layout src/integrations/pagefindChunks.ts does not read back byte for byte; ` +
        'check its layout against the installed Pagefind before building.',
    );
  return value;
}

const packed = (value: unknown) => gzipSync(Buffer.concat([Buffer.from(SIGNATURE), encode(value)]), { level: 9 });
const shortHash = (bytes: Uint8Array, length: number) => hash('sha256', bytes).slice(0, length);

interface MetaLayout {
  version: string;
  chunks: [from: string, to: string, hash: string][];
}

/** The parts of the metadata this module reads, with a clear error if they are not where Pagefind puts them. */
function metaParts(meta: unknown, file: string): MetaLayout {
  const fail = () => {
    throw new Error(`${file}: not the metadata layout src/integrations/pagefindChunks.ts reads (version, pages, index chunks, …)`);
  };
  if (!Array.isArray(meta) || typeof meta[0] !== 'string' || !Array.isArray(meta[2])) return fail();
  const chunks = meta[2] as unknown[];
  if (!chunks.every((c) => Array.isArray(c) && c.length === 3 && c.every((s) => typeof s === 'string'))) return fail();
  return { version: meta[0], chunks: chunks as MetaLayout['chunks'] };
}

/**
 * Re-cuts the index of each language in a bundle Pagefind has just written;
 * returns the chunks per language. The metadata gets a new name (it is named
 * by its content), recorded in `pagefind-entry.json`.
 */
export async function recutIndex(bundleDir: string, size = CHUNK_POSITIONS): Promise<Record<string, number>> {
  const entryFile = join(bundleDir, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as { languages: Record<string, { hash: string }> };
  const counts: Record<string, number> = {};
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaFile = `pagefind.${info.hash}.pf_meta`;
    const meta = readCbor(await readFile(join(bundleDir, metaFile)), metaFile) as unknown[];
    const { chunks } = metaParts(meta, metaFile);
    // Pagefind's chunks hold sorted words, in order: read one at a time, cut as they come.
    const cutter = new ChunkCutter(size);
    const written: { name: string; first: string }[] = [];
    const write = async (chunk: IndexWord[]) => {
      const bytes = encode([chunk]);
      let name = `${language}_${shortHash(bytes, 7)}`;
      for (let length = 8; written.some((w) => w.name === name); length++) name = `${language}_${shortHash(bytes, length)}`;
      written.push({ name, first: chunk[0]![0] });
      await writeFile(join(bundleDir, 'index', `${name}.pf_index`), packed([chunk]));
    };
    let previous: string | undefined;
    for (const [, , chunkHash] of chunks) {
      const file = `index/${chunkHash}.pf_index`;
      const [words] = readCbor(await readFile(join(bundleDir, file)), file) as [IndexWord[]];
      for (const word of words) {
        if (previous !== undefined && byBytes(previous, word[0]) >= 0)
          throw new Error(`${file}: words out of order ("${previous}", "${word[0]}")`);
        previous = word[0];
        const closed = cutter.add(word);
        if (closed) await write(closed);
      }
    }
    const last = cutter.finish();
    if (last) await write(last);
    const names = written.map((w) => w.name);
    const ranges = chunkRanges(written.map((w) => w.first));
    for (const [, , old] of chunks) if (!names.includes(old)) await unlink(join(bundleDir, 'index', `${old}.pf_index`));
    meta[2] = ranges.map((r, i) => [r.from, r.to, names[i]!]);
    const metaBytes = encode(meta);
    const metaHash = `${language}_${shortHash(metaBytes, 13)}`;
    await writeFile(join(bundleDir, `pagefind.${metaHash}.pf_meta`), packed(meta));
    if (metaHash !== info.hash) await unlink(join(bundleDir, metaFile));
    info.hash = metaHash;
    counts[language] = written.length;
  }
  await writeFile(entryFile, JSON.stringify(entry));
  return counts;
}
