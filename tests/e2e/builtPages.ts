/** Every HTML page of the build, as the path a reader requests (`fr/cases/x/`, `404.html`, `` for the root). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { distDir } from '../../src/deploy/config.ts';
import { locales } from '../../src/i18n/locales.ts';

export function builtHtmlFiles(dir = distDir): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.html'))
    .map((f) => relative(dir, join(f.parentPath, f.name)).replaceAll('\\', '/'))
    .sort();
}

export const pagePath = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');

/**
 * The site's address as the build wrote it (origin and base path, `http://127.0.0.1:4321/`): read from
 * the canonical link of the first language's home page, so a test checks the build against the
 * SITE_URL and BASE_PATH it was made with (`npm start` sets its own), not against the test's environment.
 */
export function builtSiteUrl(dir = distDir): string {
  const home = join(dir, locales[0].key, 'index.html');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(home, 'utf8'))?.[1];
  const suffix = `${locales[0].key}/`;
  if (!canonical?.endsWith(`/${suffix}`)) throw new Error(`${home}: no canonical link ending in /${suffix}; rebuild with npm run build`);
  return canonical.slice(0, -suffix.length);
}
