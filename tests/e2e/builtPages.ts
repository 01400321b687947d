/** Every HTML page of the build, as the path a reader requests (`fr/cases/x/`, `404.html`, `` for the root). */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { distDir } from '../../src/deploy/config.ts';

export function builtHtmlFiles(dir = distDir): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.html'))
    .map((f) => relative(dir, join(f.parentPath, f.name)).replaceAll('\\', '/'))
    .sort();
}

export const pagePath = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');
