import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode } from 'cborg';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkOf, chunkRanges, cutChunks, recutIndex, type IndexWord } from '../../../src/integrations/pagefindChunks.ts';

/** A word on page 0 with `n` positions (n + 1 towards a chunk's size). */
const word = (w: string, n = 1): IndexWord => [w, [[0, Array.from({ length: n }, (_, i) => i)]]];

describe('cutting the word index', () => {
  const words = [
    word('aide', 4),
    word('aider', 4),
    word('bassin', 4),
    word('bourg', 4),
    word('district', 4),
    word('水利', 4),
    word('水利部', 4),
  ];

  it('closes a chunk once it holds the size, where the first character changes', () => {
    const chunks = cutChunks(words, 9);
    expect(chunks.map((c) => c.map(([w]) => w))).toEqual([
      ['aide', 'aider'],
      ['bassin', 'bourg'],
      ['district', '水利', '水利部'],
    ]);
  });

  it('never splits the words that share a first character, however many positions they hold', () => {
    const chunks = cutChunks(words, 1);
    expect(chunks.map((c) => c.map(([w]) => w))).toEqual([['aide', 'aider'], ['bassin', 'bourg'], ['district'], ['水利', '水利部']]);
  });

  it('sends every prefix of every word to the chunk that holds all the words it starts', () => {
    const chunks = cutChunks(words, 1);
    const ranges = chunkRanges(chunks.map((c) => c[0]![0]));
    for (const [w] of words)
      for (let end = 1; end <= [...w].length; end++) {
        const prefix = [...w].slice(0, end).join('');
        const holding = chunks.findIndex((c) => c.some(([x]) => x.startsWith(prefix)));
        expect(chunkOf(ranges, prefix), prefix).toBe(holding);
        expect(chunks.every((c, i) => i === holding || !c.some(([x]) => x.startsWith(prefix)))).toBe(true);
      }
  });

  it('leaves no gap between chunks, and nothing below the first word', () => {
    const ranges = chunkRanges(cutChunks(words, 1).map((c) => c[0]![0]));
    // "c…" falls between "bourg" and "district": the chunk before the d-words takes it (it matches nothing).
    expect(chunkOf(ranges, 'cour')).toBe(1);
    expect(chunkOf(ranges, 'zèbre')).toBe(2);
    expect(chunkOf(ranges, '龙头')).toBe(3);
    // A filter-only search looks the empty term up: it must load no chunk.
    expect(chunkOf(ranges, '')).toBe(-1);
  });
});

describe('re-cutting what Pagefind wrote', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-chunks-'));
  const bundle = join(dir, 'pagefind');
  const page = (title: string, body: string) =>
    `<!doctype html><html lang="fr"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`;
  const readIndex = (path: string) => decode(gunzipSync(readFileSync(path)).subarray(12)) as [IndexWord[]];
  const metaOf = () => {
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: { fr: { hash: string } } };
    return decode(gunzipSync(readFileSync(join(bundle, `pagefind.${entry.languages.fr.hash}.pf_meta`))).subarray(12)) as unknown[];
  };
  /** Every word with its pages and positions, whatever the chunks. */
  const allWords = () =>
    readdirSync(join(bundle, 'index'))
      .flatMap((f) => readIndex(join(bundle, 'index', f))[0])
      .sort(([a], [b]) => (a < b ? -1 : 1));
  let before: IndexWord[];

  beforeAll(async () => {
    const { index } = await pagefind.createIndex({});
    const text = 'Le ministère des Ressources en eau aide le district par des projets hydrauliques, des routes et des écoles.';
    for (let i = 0; i < 12; i++)
      await index!.addHTMLFile({ url: `/fr/p${i}/`, content: page(`Page ${i}`, `${text} Bassin ${i}, canal ${i * 7}.`) });
    await index!.writeFiles({ outputPath: bundle });
    await pagefind.close();
    before = allWords();
  }, 60_000);
  afterAll(() => pagefind.close());

  it('keeps every word, page and position, in more chunks, listed by the metadata', async () => {
    const counts = await recutIndex(bundle, 20);
    expect(counts.fr).toBeGreaterThan(2);
    expect(allWords()).toEqual(before);
    const chunks = metaOf()[2] as [string, string, string][];
    expect(chunks).toHaveLength(counts.fr!);
    expect(readdirSync(join(bundle, 'index')).sort()).toEqual(chunks.map(([, , hash]) => `${hash}.pf_index`).sort());
    // Each word is in the chunk its own lookup picks.
    const ranges = chunks.map(([from, to]) => ({ from, to }));
    chunks.forEach(([, , hash], i) => {
      for (const [w] of readIndex(join(bundle, 'index', `${hash}.pf_index`))[0]) expect(chunkOf(ranges, w), w).toBe(i);
    });
  });

  it('refuses a file it would not write back byte for byte, naming it', async () => {
    const [, , hash] = (metaOf()[2] as string[][])[0]!;
    const file = join(bundle, 'index', `${hash}.pf_index`);
    const raw = gunzipSync(readFileSync(file));
    // The same value, with its outer array's length written in a longer form than CBOR's shortest (0x98 0x01 for 0x81).
    writeFileSync(file, gzipSync(Buffer.concat([raw.subarray(0, 12), Buffer.from([0x98, 0x01]), raw.subarray(13)])));
    await expect(recutIndex(bundle, 20)).rejects.toThrow(`index/${hash}.pf_index: Pagefind wrote this file in a layout`);
  });
});
