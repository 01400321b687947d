import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { brotliQuality, precompress } from '../../../src/integrations/precompress.ts';

describe('precompress', () => {
  it('writes .br and .gz copies that decompress to the file, and returns the gzip size', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    const page = '<!doctype html><p>定点扶贫 — l’assistance aux démunis par le jumelage.</p>\n'.repeat(200);
    writeFileSync(join(dir, 'index.html'), page);
    writeFileSync(join(dir, 'app.js'), 'console.log("x");\n'.repeat(100));
    writeFileSync(join(dir, 'tiny.css'), 'a{color:red}');
    writeFileSync(join(dir, 'index.pf_meta'), Buffer.alloc(4000, 1));
    const sizes = await precompress(dir, ['index.html', 'app.js', 'tiny.css', 'index.pf_meta']);
    for (const file of ['index.html', 'app.js']) {
      const original = readFileSync(join(dir, file));
      expect(gunzipSync(readFileSync(join(dir, `${file}.gz`)))).toEqual(original);
      expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`)))).toEqual(original);
      expect(sizes.get(file)).toBe(readFileSync(join(dir, `${file}.gz`)).length);
      expect(sizes.get(file)).toBeLessThan(original.length);
    }
    // Too small to gain, or not a text format: sent as they are.
    for (const file of ['tiny.css', 'index.pf_meta']) {
      expect(existsSync(join(dir, `${file}.gz`)) || existsSync(join(dir, `${file}.br`))).toBe(false);
      expect(sizes.get(file)).toBe(readFileSync(join(dir, file)).length);
    }
  });

  it('uses a fast brotli quality for pages and the densest for shared assets', () => {
    expect(brotliQuality('fr/index.html', 40_000)).toBeLessThan(brotliQuality('_astro/app.js', 40_000));
  });

  it('reuses the last build’s copies of a file whose bytes did not change, and compresses the others', async () => {
    const previous = mkdtempSync(join(tmpdir(), 'precompress-previous-'));
    const dir = mkdtempSync(join(tmpdir(), 'precompress-next-'));
    const same = '<p>Le district de Fugu.</p>\n'.repeat(100);
    writeFileSync(join(previous, 'same.html'), same);
    // Copies made differently from this build's (gzip level 1): if they come back, they were reused.
    writeFileSync(join(previous, 'same.html.gz'), gzipSync(same, { level: 1 }));
    writeFileSync(join(previous, 'same.html.br'), brotliCompressSync(same));
    writeFileSync(join(previous, 'edited.html'), same);
    writeFileSync(join(previous, 'edited.html.gz'), gzipSync(same, { level: 1 }));
    writeFileSync(join(dir, 'same.html'), same);
    const edited = `${same}<p>Un ajout.</p>\n`;
    writeFileSync(join(dir, 'edited.html'), edited);
    const sizes = await precompress(dir, ['same.html', 'edited.html'], { previous });
    expect(readFileSync(join(dir, 'same.html.gz'))).toEqual(readFileSync(join(previous, 'same.html.gz')));
    expect(readFileSync(join(dir, 'same.html.br'))).toEqual(readFileSync(join(previous, 'same.html.br')));
    expect(sizes.get('same.html')).toBe(readFileSync(join(previous, 'same.html.gz')).length);
    expect(gunzipSync(readFileSync(join(dir, 'edited.html.gz'))).toString()).toBe(edited);
    expect(brotliDecompressSync(readFileSync(join(dir, 'edited.html.br'))).toString()).toBe(edited);
  });
});

describe('precompress hands each file’s bytes to the other steps', () => {
  it('reads every file once, compressed or not, when asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precompress-read-'));
    writeFileSync(join(dir, 'page.html'), '<p>Taiqian</p>\n'.repeat(100));
    writeFileSync(join(dir, 'logo.png'), Buffer.alloc(600, 7));
    const seen = new Map<string, string>();
    await precompress(dir, ['page.html', 'logo.png'], { onRead: (file, bytes) => seen.set(file, bytes.toString('latin1')) });
    expect(seen.get('page.html')).toBe(readFileSync(join(dir, 'page.html'), 'latin1'));
    expect(seen.get('logo.png')).toBe(readFileSync(join(dir, 'logo.png'), 'latin1'));
  });
});

describe('precompress and the last build', () => {
  it('never writes into the last build’s copies it shares', async () => {
    const previous = mkdtempSync(join(tmpdir(), 'precompress-shared-previous-'));
    const dir = mkdtempSync(join(tmpdir(), 'precompress-shared-next-'));
    const page = '<p>Le district de Taiqian.</p>\n'.repeat(100);
    for (const d of [previous, dir]) writeFileSync(join(d, 'a.html'), page);
    await precompress(previous, ['a.html']);
    const before = readFileSync(join(previous, 'a.html.gz'));
    await precompress(dir, ['a.html'], { previous });
    // The page changes and is compressed again in the next build: the last build keeps its own copy.
    writeFileSync(join(dir, 'a.html'), `${page}<p>Ajout.</p>`);
    await precompress(dir, ['a.html'], { previous });
    expect(readFileSync(join(previous, 'a.html.gz'))).toEqual(before);
    expect(gunzipSync(readFileSync(join(dir, 'a.html.gz'))).toString()).toContain('Ajout.');
  });
});
