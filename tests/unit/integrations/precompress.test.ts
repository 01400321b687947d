import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
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
});
