import { mkdtempSync, readFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  brotliQuality,
  isPagefindBinary,
  PAGEFIND_SIGNATURE,
  slimFragment,
  unpackPagefindFile,
  writePagefindBrotli,
} from '../../../src/integrations/pagefindBrotli.ts';
import { brotliQuality as scriptQuality } from '../../../src/integrations/precompress.ts';

const packed = (data: unknown) => Buffer.from(PAGEFIND_SIGNATURE + JSON.stringify(data), 'utf8');
const unpack = (raw: Buffer) => JSON.parse(raw.subarray(PAGEFIND_SIGNATURE.length).toString('utf8')) as Record<string, unknown>;

const fragment = {
  url: '/fr/cases/beta/',
  content: 'Fugu et la formule 3331. Le district de Fugu, au Shaanxi.',
  word_count: 10,
  filters: { kind: ['case'] },
  meta: { title: 'Fugu et la formule « 3331 »' },
  anchors: [
    { element: 'h2', id: 's1', text: 'Une formule', location: 5 },
    { element: 'p', id: 's1-1', text: 'Le district de Fugu, au Shaanxi.', location: 6 },
    { element: 'li', id: 'x', text: 'Repère', title: 'Un repère', location: 8 },
    { element: 'h3', id: 'empty', text: ' ', location: 9 },
  ],
};

describe('Pagefind files', () => {
  it('recognises the files Pagefind packs, not its scripts', () => {
    expect(isPagefindBinary('wasm.fr.pagefind')).toBe(true);
    expect(isPagefindBinary('fragment/fr_1e7ab87.pf_fragment')).toBe(true);
    expect(isPagefindBinary('index/fr_851dd2f.pf_index')).toBe(true);
    expect(isPagefindBinary('pagefind.fr_c6ed12215c.pf_meta')).toBe(true);
    expect(isPagefindBinary('filter/fr_5faa989.pf_filter')).toBe(true);
    expect(isPagefindBinary('pagefind.js')).toBe(false);
    expect(isPagefindBinary('pagefind-entry.json')).toBe(false);
    expect(isPagefindBinary('fragment/fr_1e7ab87.pf_fragment.br')).toBe(false);
  });

  it('unpacks a gzip file that starts with the signature, and nothing else', () => {
    expect(unpackPagefindFile(gzipSync(packed({ a: 1 })))?.toString()).toBe(`${PAGEFIND_SIGNATURE}{"a":1}`);
    expect(unpackPagefindFile(gzipSync(Buffer.from('{"a":1}')))).toBeUndefined();
    expect(unpackPagefindFile(Buffer.from('not gzip'))).toBeUndefined();
  });

  it('keeps only the anchors Pagefind reads: headings with text, and titled anchors', () => {
    const slim = unpack(slimFragment(packed(fragment)));
    expect((slim.anchors as { id: string }[]).map((a) => a.id)).toEqual(['s1', 'x']);
    expect({ ...slim, anchors: undefined }).toEqual({ ...fragment, anchors: undefined });
  });

  it('leaves a fragment without unused anchors byte for byte', () => {
    const raw = packed({ ...fragment, anchors: [fragment.anchors[0]] });
    expect(slimFragment(raw)).toBe(raw);
  });

  it('compresses what a first search loads at the smallest setting, many fragments or chunks faster', () => {
    const small = { fragments: 13, indexChunks: 1 };
    const large = { fragments: 5000, indexChunks: 400 };
    expect(brotliQuality('wasm.fr.pagefind', large)).toBe(11);
    expect(brotliQuality('fragment/fr_1.pf_fragment', small)).toBe(11);
    expect(brotliQuality('index/fr_1.pf_index', small)).toBe(11);
    expect(brotliQuality('fragment/fr_1.pf_fragment', large)).toBe(9);
    expect(brotliQuality('index/fr_1.pf_index', large)).toBe(9);
    expect(scriptQuality('_astro/ui.abc.js', 16_000)).toBe(11);
    expect(scriptQuality('pagefind-fr/pagefind-component-ui.js', 184_000)).toBe(9);
    expect(scriptQuality('fr/index.html', 16_000)).toBe(5);
    expect(scriptQuality('sitemap-0.xml', 16_000)).toBe(9);
  });

  it('writes brotli copies that unpack to what Pagefind reads, slims fragments, and skips files never requested', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pagefind-brotli-'));
    mkdirSync(join(dir, 'fragment'));
    const wasm = Buffer.concat([Buffer.from(PAGEFIND_SIGNATURE), Buffer.alloc(4000, 7)]);
    writeFileSync(join(dir, 'wasm.fr.pagefind'), gzipSync(wasm));
    writeFileSync(join(dir, 'wasm.unknown.pagefind'), gzipSync(wasm));
    writeFileSync(join(dir, 'fragment', 'fr_1.pf_fragment'), gzipSync(packed(fragment)));
    writeFileSync(join(dir, 'pagefind.js'), 'export {}');

    const sizes = await writePagefindBrotli(dir, (f) => f === 'wasm.unknown.pagefind');
    expect(sizes.files).toBe(2);
    expect(sizes.sentBytes).toBeLessThan(sizes.gzipBytes);
    expect(brotliDecompressSync(readFileSync(join(dir, 'wasm.fr.pagefind.br')))).toEqual(wasm);
    expect(existsSync(join(dir, 'wasm.unknown.pagefind.br'))).toBe(false);
    expect(existsSync(join(dir, 'pagefind.js.br'))).toBe(false);
    // The fragment, gzip and brotli alike, holds the slim data.
    const gz = unpack(gunzipSync(readFileSync(join(dir, 'fragment', 'fr_1.pf_fragment'))));
    const br = unpack(brotliDecompressSync(readFileSync(join(dir, 'fragment', 'fr_1.pf_fragment.br'))));
    expect(gz).toEqual(br);
    expect((gz.anchors as unknown[]).length).toBe(2);
  });

  it('reuses the last build’s copies of a file that holds the same data, and redoes a changed one', async () => {
    const previous = mkdtempSync(join(tmpdir(), 'pagefind-brotli-previous-'));
    const dir = mkdtempSync(join(tmpdir(), 'pagefind-brotli-next-'));
    for (const d of [previous, dir]) mkdirSync(join(d, 'fragment'));
    // Last build: written by writePagefindBrotli, then its brotli copy marked, so that a reused copy can be told apart.
    writeFileSync(join(previous, 'fragment', 'fr_1.pf_fragment'), gzipSync(packed(fragment)));
    writeFileSync(join(previous, 'fragment', 'fr_2.pf_fragment'), gzipSync(packed(fragment)));
    await writePagefindBrotli(previous);
    const marked = Buffer.concat([readFileSync(join(previous, 'fragment', 'fr_1.pf_fragment.br')), Buffer.from('reused')]);
    writeFileSync(join(previous, 'fragment', 'fr_1.pf_fragment.br'), marked);
    writeFileSync(join(previous, 'fragment', 'fr_2.pf_fragment.br'), marked);

    const edited = { ...fragment, content: `${fragment.content} Une phrase de plus.` };
    writeFileSync(join(dir, 'fragment', 'fr_1.pf_fragment'), gzipSync(packed(fragment)));
    writeFileSync(join(dir, 'fragment', 'fr_2.pf_fragment'), gzipSync(packed(edited)));
    await writePagefindBrotli(dir, undefined, previous);
    expect(readFileSync(join(dir, 'fragment', 'fr_1.pf_fragment.br'))).toEqual(marked);
    expect(readFileSync(join(dir, 'fragment', 'fr_1.pf_fragment'))).toEqual(readFileSync(join(previous, 'fragment', 'fr_1.pf_fragment')));
    const redone = unpack(brotliDecompressSync(readFileSync(join(dir, 'fragment', 'fr_2.pf_fragment.br'))));
    expect(redone.content).toBe(edited.content);
    expect((redone.anchors as unknown[]).length).toBe(2);
  });
});
