/**
 * Writes sw.js (the same for every build of the same code) and
 * precache.json: each URL a reader can save with the revision of its bytes,
 * and the download's size. The size is also written into every page's
 * "read offline" control, in the page's language. Files are read one at a
 * time; sizes come from the precompressed copies (src/integrations/precompress.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { mapAtOnce } from '../pool.ts';
import ts from 'typescript';
import { primaryBundle } from '../../components/search/bundles.ts';
import { useTranslations } from '../../i18n/index.ts';
import { locales } from '../../i18n/locales.ts';
import {
  PRECACHE_MANIFEST_FILE,
  SERVICE_WORKER_FILE,
  formatMegabytes,
  precacheUrls,
  revisionOf,
  serviceWorkerSource,
  urlOfFile,
  withOfflineSize,
  type PrecacheManifest,
} from './precache.ts';

const workerSource = new URL('./serviceWorker.ts', import.meta.url);
const gzip = promisify(gzipCallback);
/** Files read (and pages gzipped) at the same time. */
const AT_ONCE = 4;

export async function writeServiceWorker(
  distDir: string,
  files: readonly string[],
  options: { base: string; locales: readonly string[]; gzipSizes: ReadonlyMap<string, number> },
): Promise<string> {
  const { base } = options;
  const urls = new Set(precacheUrls(files, base, { dir: primaryBundle.dir, language: primaryBundle.locale }));
  const cached = files.filter((f) => urls.has(urlOfFile(f, base)));

  // Pages are not compressed yet (their size label is still to be written): gzip them once to measure, a few at a time.
  const sizes = await mapAtOnce(cached, AT_ONCE, async (f) =>
    f.endsWith('.html') ? (await gzip(await readFile(join(distDir, f)))).length : (options.gzipSizes.get(f) ?? 0),
  );
  const bytes = sizes.reduce((a, b) => a + b, 0);
  const labels = new Map(
    locales.map((l) => [l.lang, useTranslations(l.lang)('offline.size', { size: formatMegabytes(bytes, l.lang) })] as const),
  );

  const revised = await mapAtOnce(cached, AT_ONCE, async (f) => {
    let content = await readFile(join(distDir, f));
    if (f.endsWith('.html')) {
      const html = content.toString('utf8');
      const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? locales[0].lang;
      const written = withOfflineSize(html, labels.get(lang as (typeof locales)[number]['lang']) ?? labels.get(locales[0].lang)!);
      if (written !== html) {
        content = Buffer.from(written);
        await writeFile(join(distDir, f), content);
      }
    }
    return [urlOfFile(f, base), revisionOf(content)] as const;
  });
  const revisions: Record<string, string> = Object.fromEntries(revised);
  const manifest: PrecacheManifest = { bytes, files: Object.fromEntries(Object.entries(revisions).sort(([a], [b]) => a.localeCompare(b))) };
  const worker = ts.transpileModule(readFileSync(workerSource, 'utf8'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, removeComments: false },
  }).outputText;
  await writeFile(join(distDir, PRECACHE_MANIFEST_FILE), JSON.stringify(manifest));
  await writeFile(join(distDir, SERVICE_WORKER_FILE), serviceWorkerSource(worker, { base, locales: options.locales }));
  return `${SERVICE_WORKER_FILE}: ${cached.length} files can be saved for offline reading, ${Math.round(bytes / 1024)} KiB gzip`;
}
