/**
 * Screenshot comparison for the visual suite: pixelmatch over two PNGs of the
 * same size. A shot passes when at most `maxDiffRatio` of its pixels differ
 * by more than the per-pixel colour `threshold` (anti-aliased pixels ignored).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** Per-pixel colour distance (0–1) above which a pixel counts as different. */
const threshold = 0.1;
/** Share of differing pixels a shot may have and still match its baseline: 0.2 % (658 px of a phone shot, 2048 of a desktop one). */
export const maxDiffRatio = 0.002;

export interface Comparison {
  /** Pixels that differ, or -1 when the sizes differ. */
  diffPixels: number;
  ratio: number;
  pass: boolean;
}

export function compare(actual: Buffer, baseline: Buffer, diffPath?: string): Comparison {
  const a = PNG.sync.read(actual);
  const b = PNG.sync.read(baseline);
  if (a.width !== b.width || a.height !== b.height) return { diffPixels: -1, ratio: 1, pass: false };
  const diff = new PNG({ width: a.width, height: a.height });
  const diffPixels = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold, includeAA: false });
  const ratio = diffPixels / (a.width * a.height);
  const pass = ratio <= maxDiffRatio;
  if (!pass && diffPath) write(diffPath, PNG.sync.write(diff));
  return { diffPixels, ratio, pass };
}

export function write(path: string, data: Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}

export const read = (path: string): Buffer | undefined => (existsSync(path) ? readFileSync(path) : undefined);
