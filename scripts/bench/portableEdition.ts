/**
 * The portable edition in numbers: its zip and unpacked size beside what the
 * served site sends compressed (all of it, as the offline save downloads it:
 * offline-size.json), its share of the build's time (the step
 * `portable edition written`), and what a first search reads from disk,
 * beside the served site's first-search bytes.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import type { BuildRun } from './measureBuild.ts';

export interface EditionFacts {
  zipBytes: number;
  unpackedBytes: number;
  /** The whole served site, compressed as sent (offline-size.json). */
  servedCompressedBytes: number;
  /** zipBytes / servedCompressedBytes (target ≤ 1.5). */
  zipRatio: number;
  stepMs: number;
  /** stepMs / the build's wall time (target ≤ 0.15 at 1,000 pairs). */
  buildShare: number;
  /** The edition's folder. */
  folder: string;
}

export function editionFacts(outDir: string, run: BuildRun): EditionFacts {
  const { file, bytes } = JSON.parse(readFileSync(join(outDir, 'portable-edition.json'), 'utf8')) as { file: string; bytes: number };
  const served = (JSON.parse(readFileSync(join(outDir, 'offline-size.json'), 'utf8')) as { bytes: number }).bytes;
  // npm run build writes the folder beside the output folder (scripts/build.ts).
  const folder = join(outDir, '..', 'portable', file.replace(/\.zip$/, ''));
  let unpacked = 0;
  for (const f of readdirSync(folder, { recursive: true, withFileTypes: true }))
    if (f.isFile()) unpacked += statSync(join(f.parentPath, f.name)).size;
  const stepMs = run.steps?.find((s) => s.step === 'portable edition written')?.ms ?? NaN;
  return {
    zipBytes: bytes,
    unpackedBytes: unpacked,
    servedCompressedBytes: served,
    zipRatio: bytes / served,
    stepMs,
    buildShare: stepMs / run.wallMs,
    folder,
  };
}

/** Bytes read from disk (`file://`) from opening search on `path` to the first results of `query`. */
export async function editionFirstSearch(
  browser: Browser,
  folder: string,
  path: string,
  query: string,
): Promise<{ bytes: number; files: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(folder, path)).href, { waitUntil: 'load' });
    await page.waitForSelector('[data-search-open][data-ready]', { state: 'attached' });
    const reads: Promise<number>[] = [];
    page.on('requestfinished', (request) => {
      reads.push(
        request
          .response()
          .then((r) => r?.body())
          .then((b) => b?.length ?? 0)
          .catch(() => 0),
      );
    });
    await page.keyboard.press('/');
    await page.waitForSelector('dialog[data-search-dialog][data-search-ready]', { state: 'attached' });
    const before = await page.getAttribute('dialog[data-search-dialog]', 'data-search-ready');
    await page.fill('#search-input', query);
    await page.waitForFunction((prev) => {
      const d = document.querySelector<HTMLElement>('dialog[data-search-dialog]')!;
      const start = d.querySelector<HTMLElement>('[data-search-start]');
      return d.dataset.searchReady && d.dataset.searchReady !== prev && !(start && !start.hidden);
    }, before);
    const sizes = await Promise.all(reads);
    return { bytes: sizes.reduce((a, b) => a + b, 0), files: sizes.length };
  } finally {
    await context.close();
  }
}
