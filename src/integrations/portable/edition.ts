/**
 * Writes the portable edition: the built site as a folder that opens from
 * disk (`file://`), and a zip of it in the served site for readers to
 * download (docs/portable-edition.md). Made from the finished build, not by a
 * second Astro build: pages are rewritten (rewritePage.ts), module scripts
 * rebundled as classic scripts (scripts.ts), the search indexes and extras
 * wrapped as classic scripts that define their bytes. Search runs the served
 * site's code and Pagefind's own runtime on the same indexes.
 */
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { builtFiles } from '../builtFiles.ts';
import { BUNDLE_PLACEHOLDER, rewritePage } from './rewritePage.ts';
import { bundleName, classicModule, pageBundle } from './scripts.ts';
import { zipFiles } from './zip.ts';
import { dataScript, moduleScript } from '../../components/portable/editionPaths.ts';
import { searchBundles, primaryBundle } from '../../search-index/bundles.ts';
import { EXTRAS_DIR } from '../../search/forgiving/extrasFiles.ts';
import { EDITION_SIZE_FILE } from '../../page-data/portableEdition.ts';

/** Files of the build that have no use from disk: server and offline-worker files, compressed copies, feeds for crawlers. */
const SERVED_ONLY = [
  /\.(br|gz|zip)$/,
  /^_astro\/.*\.js$/, // rebundled as classic scripts
  /(^|\/)manifest\.webmanifest$/,
  /^(sw\.js|precache\.json|offline-size\.json|_headers|nginx\.conf\.snippet|csp-hashes\.json|robots\.txt)$/,
  /^sitemap[^/]*\.xml$/,
  new RegExp(`^${EDITION_SIZE_FILE.replace('.', '\\.')}$`),
];
/** `<package>-YYYY-MM-DD`: an edition's folder (see src/page-data/portableEdition.ts). */
const EDITION_NAME = /-\d{4}-\d{2}-\d{2}$/;
/** Pagefind's bundled UIs and worker (the site uses its own UI, and searches on the main thread): not data. */
const PAGEFIND_NOT_DATA = /\.(js|css)$/;

export interface EditionResult {
  folder: string;
  zip: string;
  zipBytes: number;
  unpackedBytes: number;
  files: number;
  pages: number;
  bundles: number;
  /** Milliseconds spent on each part: pages, scripts, data and assets, zip. */
  times: Record<string, number>;
}

/** Runs `work` over `items`, `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

export async function writePortableEdition(
  distDir: string,
  options: { base: string; name: string; date: Date; folderParent: string },
): Promise<EditionResult> {
  const { base, name, date } = options;
  const { pages, assets } = await builtFiles(distDir);
  const folder = join(options.folderParent, name);
  const temp = join(options.folderParent, `.${name}.${process.pid}.tmp`);
  await rm(temp, { recursive: true, force: true });
  /** Every file of the edition and its size. */
  const written = new Map<string, number>();
  const put = async (path: string, bytes: string | Buffer) => {
    const target = join(temp, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, bytes);
    written.set(path, Buffer.byteLength(bytes));
  };
  const times: Record<string, number> = {};
  let mark = performance.now();
  const lap = (label: string) => {
    times[label] = Math.round(performance.now() - mark);
    mark = performance.now();
  };

  // Pages: rewritten, each naming the classic script for its list of module scripts.
  const bundles = new Map<string, string[]>();
  await eachLimited(pages, 8, async (page) => {
    const rewritten = rewritePage(await readFile(join(distDir, page), 'utf8'), page, { base });
    const bundle = bundleName(rewritten.modules);
    bundles.set(bundle, rewritten.modules);
    await put(page, rewritten.modules.length ? rewritten.html.replace(BUNDLE_PLACEHOLDER, bundle) : rewritten.html);
  });
  lap('pages');
  for (const [bundle, modules] of bundles) if (modules.length) await put(bundle, await pageBundle(distDir, modules, base));
  lap('scripts');

  // Search: Pagefind's runtime as a classic script, its index files and the search extras as data scripts.
  const searchDirs = searchBundles.map((b) => `${b.dir}/`);
  await put(
    moduleScript(`${primaryBundle.dir}/pagefind.js`),
    await classicModule(join(distDir, primaryBundle.dir, 'pagefind.js'), `${primaryBundle.dir}/pagefind.js`),
  );
  const isData = (file: string) =>
    (searchDirs.some((d) => file.startsWith(d)) &&
      !PAGEFIND_NOT_DATA.test(file) &&
      !(/\/wasm\.[^/]+\.pagefind$/.test(file) && !file.startsWith(`${primaryBundle.dir}/`))) ||
    file.startsWith(`${EXTRAS_DIR}/`);
  const kept = assets.filter((f) => !SERVED_ONLY.some((re) => re.test(f)));
  await eachLimited(kept, 8, async (file) => {
    if (searchDirs.some((d) => file.startsWith(d)) || file.startsWith(`${EXTRAS_DIR}/`)) {
      if (!isData(file)) return;
      const bytes = await readFile(join(distDir, file));
      const text = file.endsWith('.json');
      const data = JSON.stringify(text ? bytes.toString('utf8') : bytes.toString('base64'));
      await put(dataScript(file), `portableData(${JSON.stringify(file)},${data},${text ? '"text"' : '"base64"'});\n`);
      return;
    }
    await put(file, await readFile(join(distDir, file)));
  });

  lap('data and assets');
  await rm(folder, { recursive: true, force: true });
  await rename(temp, folder);
  // Editions of other dates left by earlier builds: the folder holds this build's only.
  const others = (await readdir(options.folderParent)).filter(
    (f) => f !== name && EDITION_NAME.test(f) && f.startsWith(name.slice(0, -10)),
  );
  for (const other of others) await rm(join(options.folderParent, other), { recursive: true, force: true });
  const paths = [...written.keys()].sort();
  const zip = await zipFiles(
    paths.map((path) => ({ file: join(folder, path), path: `${name}/${path}` })),
    date,
  );
  const zipPath = join(distDir, `${name}.zip`);
  await writeFile(zipPath, zip);
  lap('zip');
  await writeFile(join(distDir, EDITION_SIZE_FILE), `${JSON.stringify({ file: `${name}.zip`, bytes: zip.length })}\n`);
  return {
    folder,
    zip: zipPath,
    zipBytes: zip.length,
    unpackedBytes: [...written.values()].reduce((a, b) => a + b, 0),
    times,
    files: written.size,
    pages: pages.length,
    bundles: bundles.size,
  };
}
