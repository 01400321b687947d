/**
 * Writes sw.js (the same for every build of the same code), precache.json
 * (each URL a reader can save, with the revision of its bytes) and
 * offline-size.json (the download's size, gzip as sent). Reads no built
 * file: revisions and sizes come from the compression step, which reads
 * each file once (src/integrations/precompress.ts).
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transformWithOxc } from 'vite';
import { primaryBundle } from '../../search-index/bundles.ts';
import { OFFLINE_SIZE_FILE, PRECACHE_MANIFEST_FILE, SERVICE_WORKER_FILE } from '../../components/offline/offlineFiles.ts';
import { precacheUrls, serviceWorkerSource, urlOfFile, type PrecacheManifest } from './precache.ts';

const workerSource = new URL('./serviceWorker.ts', import.meta.url);

export async function writeServiceWorker(
  distDir: string,
  files: readonly string[],
  options: {
    base: string;
    locales: readonly string[];
    /** Each file's size as sent (gzip, or its own size when not compressed). */
    sentBytes: ReadonlyMap<string, number>;
    /** Each file's revision (precache.ts `revisionOf`). */
    revisions: ReadonlyMap<string, string>;
  },
): Promise<string> {
  const { base } = options;
  const urls = new Set(precacheUrls(files, base, { dir: primaryBundle.dir, language: primaryBundle.locale }));
  const cached = files.filter((f) => urls.has(urlOfFile(f, base)));
  const known = <T>(map: ReadonlyMap<string, T>, file: string, what: string): T => {
    const value = map.get(file);
    if (value === undefined) throw new Error(`offline worker: no ${what} for ${file} (it was not read by the compression step)`);
    return value;
  };
  const bytes = cached.reduce((sum, f) => sum + known(options.sentBytes, f, 'size'), 0);
  const manifest: PrecacheManifest = {
    files: Object.fromEntries(
      cached.map((f) => [urlOfFile(f, base), known(options.revisions, f, 'revision')] as const).sort(([a], [b]) => a.localeCompare(b)),
    ),
  };
  // Vite's own TypeScript transform (already loaded by the build): the TypeScript compiler took half a second to load.
  const worker = (await transformWithOxc(readFileSync(workerSource, 'utf8'), 'serviceWorker.ts', { lang: 'ts', target: 'es2022' })).code;
  await writeFile(join(distDir, PRECACHE_MANIFEST_FILE), JSON.stringify(manifest));
  await writeFile(join(distDir, OFFLINE_SIZE_FILE), JSON.stringify({ bytes }));
  await writeFile(join(distDir, SERVICE_WORKER_FILE), serviceWorkerSource(worker, { base, locales: options.locales }));
  return `${SERVICE_WORKER_FILE}: ${cached.length} files can be saved for offline reading, ${Math.round(bytes / 1024)} KiB gzip`;
}
