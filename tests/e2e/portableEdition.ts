/** A build's portable edition, unzipped into a folder whose path has a space and Chinese characters. */
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import extract from 'extract-zip';
import { distDir } from '../../src/deploy/config.ts';
import { EDITION_SIZE_FILE } from '../../src/page-data/portableEdition.ts';

export interface UnzippedEdition {
  /** The edition's folder. */
  dir: string;
  /** Its `file:` URL, ending with `/`. */
  root: string;
  /** Every page, relative to the folder (`fr/index.html`). */
  pages: string[];
  zipBytes: number;
}

/** The edition of the build in `site` (the real build unless told), unzipped into `into`. */
export async function unzipEdition(into = 'tests/.tmp/离线 site', site = distDir): Promise<UnzippedEdition> {
  const facts = JSON.parse(readFileSync(join(site, EDITION_SIZE_FILE), 'utf8')) as { file: string; bytes: number };
  const target = resolve(into);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  await extract(resolve(site, facts.file), { dir: target });
  const [folder] = readdirSync(target);
  const dir = join(target, folder!);
  const pages = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.html'))
    .map((f) => relative(dir, join(f.parentPath, f.name)).replaceAll('\\', '/'))
    .sort();
  return { dir, root: `${pathToFileURL(dir).href}/`, pages, zipBytes: facts.bytes };
}

/** `file:///…/fr/x/index.html?highlight=a#b` → `fr/x/` (the page's site path), for comparing with the served site. */
export function sitePathOf(href: string, root: string): string {
  const u = new URL(href);
  u.search = '';
  u.hash = '';
  return u.href.slice(root.length).replace(/index\.html$/, '');
}
