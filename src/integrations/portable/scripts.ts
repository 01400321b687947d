/**
 * The portable edition's scripts, made with Rolldown (Vite's bundler) from
 * the built files, so they are the served site's code:
 * - one classic script per distinct list of module scripts a page has: the
 *   edition's runtime (src/components/portable/portableRuntime.ts) then those
 *   modules in the same order, with the chunks they import, dynamic imports
 *   included (inlined: a classic script cannot import). Vite's preloading of
 *   dynamic imports is turned off (its list of chunks emptied): it would add
 *   `<link rel=modulepreload>` to files the edition does not have.
 * - Pagefind's `pagefind.js`, as Pagefind ships it, as a classic script that hands its exports to the runtime.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { rolldown, type Plugin } from 'rolldown';
import { PORTABLE_DIR } from '../../components/portable/editionPaths.ts';

const runtimeFile = fileURLToPath(new URL('../../components/portable/portableRuntime.ts', import.meta.url));
const ENTRY = '\0portable-entry';
/** Vite's list of the chunks a dynamic import preloads (the same text in every Vite 5–8 build). */
const MAP_DEPS = /const __vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=\[[^\]]*\]\)\)\)=>i\.map\(i=>d\[i\]\);/;

/** `_portable/page-<hash>.js` for a list of module scripts. */
export function bundleName(modules: string[]): string {
  return `${PORTABLE_DIR}/page-${createHash('sha256').update(modules.join('\n')).digest('hex').slice(0, 10)}.js`;
}

function checkedOutput(code: string, what: string): string {
  if (/\bimport\.meta\b/.test(code)) throw new Error(`${what}: the classic script still reads import.meta, which only a module has.`);
  return code;
}

/** The classic script for a page whose module scripts are `modules` (site paths like `/_astro/x.js`). */
export async function pageBundle(distDir: string, modules: string[], base: string): Promise<string> {
  const files = modules.map((src) => {
    if (!src.startsWith(base)) throw new Error(`Portable edition: module script ${src} is not under the site's base ${base}.`);
    return join(distDir, src.slice(base.length));
  });
  const plugin: Plugin = {
    name: 'portable-entry',
    resolveId: (id) => (id === ENTRY ? id : undefined),
    load: (id) => (id === ENTRY ? [runtimeFile, ...files].map((f) => `import ${JSON.stringify(f)};`).join('\n') : undefined),
    transform(code, id) {
      if (!code.includes('__vite__mapDeps')) return undefined;
      if (!MAP_DEPS.test(code))
        throw new Error(
          `${id}: Vite's __vite__mapDeps is not in the form the portable edition empties (src/integrations/portable/scripts.ts).`,
        );
      return code.replace(MAP_DEPS, 'const __vite__mapDeps=()=>[];');
    },
  };
  const bundle = await rolldown({
    input: ENTRY,
    plugins: [plugin],
    transform: { define: { __SITE_BASE__: JSON.stringify(base) } },
    logLevel: 'silent',
  });
  const { output } = await bundle.generate({ format: 'iife', codeSplitting: false, minify: true });
  await bundle.close();
  return checkedOutput(output[0].code, modules.join(', '));
}

/**
 * Pagefind's `pagefind.js` (an ES module) as a classic script: the same code, its exports handed to
 * `portableModule(file, exports)`. It derives its folder from import.meta.url, which Rolldown leaves
 * undefined here: the runtime passes `basePath` instead.
 */
export async function classicModule(path: string, file: string): Promise<string> {
  // Run from the bundle's folder: the module's name in Rolldown's comment is then the same in every build.
  const bundle = await rolldown({ input: path, cwd: dirname(dirname(path)), logLevel: 'silent' });
  const { output } = await bundle.generate({
    format: 'iife',
    name: '__portableExports',
    codeSplitting: false,
    footer: `portableModule(${JSON.stringify(file)}, __portableExports);`,
  });
  await bundle.close();
  return output[0].code;
}
