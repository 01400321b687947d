/**
 * The facts of each page (ids, links, images) from the last build, kept in
 * Astro's cache folder and keyed by a digest of the page's bytes: a rebuild
 * parses only the pages whose bytes changed (an incremental build copies the
 * others unchanged). The check itself still runs over every page.
 *
 * One JSON file: each string and each link once, and per page digest the
 * indexes of its ids, links and images. A missing, unreadable, corrupt or
 * older-format file is ignored: the pages are parsed again.
 */
import { hash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { createInterner, Link, PageFacts } from '../linkCheck/pageFacts.ts';

/** The parser's version, part of the format: another htmlparser2 might read some page otherwise. */
function parserVersion(): string {
  try {
    const entry = createRequire(import.meta.url).resolve('htmlparser2'); // …/htmlparser2/dist/index.js
    return (JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version?: string }).version ?? '?';
  } catch {
    return '?';
  }
}

/** Change the number whenever pageFacts keeps something else of a page: older files are then ignored. */
export const FACTS_FORMAT = `dingdian-fupin link facts 1, htmlparser2 ${parserVersion()}`;

interface FactsFile {
  format: string;
  strings: string[];
  /** Four string indexes per link: tag, href, hreflang, rel (-1 when absent). */
  links: number[];
  /** Per page digest: the indexes of its ids (strings), links and images (strings). */
  pages: Record<string, [ids: number[], links: number[], images: number[]]>;
}

/** The digest a page's facts are kept under. */
export const pageDigest = (bytes: Uint8Array): string => hash('sha256', bytes, 'base64url');

const isIndexList = (v: unknown): v is number[] => Array.isArray(v) && v.every((i) => Number.isInteger(i));

/** The facts the cache file holds for a digest, if any; interned like freshly parsed ones. */
export function readFactsCache(
  file: string | undefined,
  intern: ReturnType<typeof createInterner>,
): (digest: string) => PageFacts | undefined {
  const none = () => undefined;
  if (!file) return none;
  let data: FactsFile;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as FactsFile;
  } catch {
    return none;
  }
  if (
    data?.format !== FACTS_FORMAT ||
    !Array.isArray(data.strings) ||
    !data.strings.every((s) => typeof s === 'string') ||
    !isIndexList(data.links) ||
    typeof data.pages !== 'object' ||
    data.pages === null
  )
    return none;
  const strings = data.strings.map(intern.text);
  const links: (Link | undefined)[] = [];
  for (let i = 0; i + 3 < data.links.length; i += 4) {
    const [tag, href, hreflang, rel] = data.links.slice(i, i + 4).map((n) => strings[n]);
    links.push(
      tag === undefined || href === undefined
        ? undefined
        : intern.link({ tag, href, ...(hreflang ? { hreflang } : {}), ...(rel ? { rel } : {}) }),
    );
  }
  return (digest) => {
    const row = Object.hasOwn(data.pages, digest) ? data.pages[digest] : undefined;
    if (!Array.isArray(row) || !row.every(isIndexList)) return undefined;
    const [idRows, linkRows, imageRows] = row;
    const ids = idRows.map((i) => strings[i]);
    const pageLinks = linkRows.map((i) => links[i]);
    const images = imageRows.map((i) => strings[i]);
    // An index that names nothing: a damaged file; parse the page instead.
    if ([...ids, ...pageLinks, ...images].includes(undefined)) return undefined;
    return { ids: new Set(ids as string[]), links: pageLinks as Link[], images: images as string[] };
  };
}

/** Writes the facts of this build's pages (and only those), replacing the file at once. Never throws. */
export function writeFactsCache(file: string, pages: Iterable<readonly [digest: string, facts: PageFacts]>): void {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const str = (s: string) => {
    let i = stringIndex.get(s);
    if (i === undefined) {
      i = strings.push(s) - 1;
      stringIndex.set(s, i);
    }
    return i;
  };
  const links: number[] = [];
  const linkIndex = new Map<Link, number>();
  const link = (l: Link) => {
    let i = linkIndex.get(l);
    if (i === undefined) {
      i = links.length / 4;
      links.push(str(l.tag), str(l.href), l.hreflang ? str(l.hreflang) : -1, l.rel ? str(l.rel) : -1);
      linkIndex.set(l, i);
    }
    return i;
  };
  const rows: FactsFile['pages'] = {};
  for (const [digest, facts] of pages) rows[digest] = [[...facts.ids].map(str), facts.links.map(link), facts.images.map(str)];
  const data: FactsFile = { format: FACTS_FORMAT, strings, links, pages: rows };
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, JSON.stringify(data));
    renameSync(temporary, file);
  } catch {
    // Only a cache: the next build parses every page again.
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Not even the folder could be made.
    }
  }
}
