/** Writes sw.js, versioned by a hash of every file it precaches, and the list of those files. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { primaryBundle } from '../../components/search/bundles.ts';
import { PRECACHE_MANIFEST_FILE, SERVICE_WORKER_FILE, precacheUrls, precacheVersion, serviceWorkerSource, urlOfFile } from './precache.ts';

const workerSource = new URL('./serviceWorker.ts', import.meta.url);

export function writeServiceWorker(
  distDir: string,
  files: readonly string[],
  options: { base: string; locales: readonly string[] },
): string {
  const { base } = options;
  const urls = precacheUrls(files, base, { dir: primaryBundle.dir, language: primaryBundle.locale });
  const byUrl = new Map(files.map((f) => [urlOfFile(f, base), f]));
  const cached = urls.map((url) => ({ url, bytes: readFileSync(join(distDir, byUrl.get(url)!)) }));
  const worker = ts.transpileModule(readFileSync(workerSource, 'utf8'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, removeComments: false },
  }).outputText;
  const source = serviceWorkerSource(worker, { version: precacheVersion(cached), base, locales: options.locales });
  writeFileSync(join(distDir, PRECACHE_MANIFEST_FILE), JSON.stringify(urls));
  writeFileSync(join(distDir, SERVICE_WORKER_FILE), source);
  const kib = (n: number) => Math.round(n / 1024);
  const raw = cached.reduce((sum, f) => sum + f.bytes.length, 0);
  const gzipped = cached.reduce((sum, f) => sum + gzipSync(f.bytes).length, 0);
  return `${SERVICE_WORKER_FILE} precaches ${urls.length} files, ${kib(raw)} KiB (${kib(gzipped)} KiB gzip)`;
}
