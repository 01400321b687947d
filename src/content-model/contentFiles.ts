/**
 * Checks on the files of content/ themselves, before Astro reads them: what
 * the entries loader would otherwise drop, misread or choke on. Every problem
 * is a `content/<path>: <problem>; <fix>` line, all of them at once.
 *
 * - only `content/<lang>/…/<slug>.mdx` entries (plus README.md and termbase.json
 *   at the top) — a `.md` entry would silently produce no page;
 * - paths are URLs: lowercase a–z, digits and hyphens, and no two differ only
 *   by letter case (Astro lowercases ids, so one would replace the other);
 * - UTF-8 without byte-order mark;
 * - no control characters and no unbalanced bidirectional controls, in every
 *   text file read (textHygiene.ts), named by line and column;
 * - an entry at most MAX_ENTRY_BYTES, with no run of Han characters longer than
 *   MAX_HAN_RUN (a repeated Han character makes Pagefind's Chinese indexing crawl).
 *
 * Folders whose name starts with `_` (drafts) and hidden files are not looked at.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { isLocaleKey, localeKeys } from '../i18n/locales.ts';
import { formatProblem, inFile } from './authoringProblem.ts';
import { fileTextProblems } from './textHygiene.ts';

/**
 * 100 KB: the largest entry is about 4 KB. Pagefind's Chinese indexing grows faster than the text on a repeated
 * character (0.6 s for 32,000, 3 s for 64,000, 14 s for 128,000 characters); 100 KB is at most ~33,000 Han characters.
 */
export const MAX_ENTRY_BYTES = 100_000;
/** Han characters in a row without punctuation, space or Latin: the longest in an entry today is 24. */
const MAX_HAN_RUN = 500;

const TOP_LEVEL_FILES = new Set(['README.md', 'termbase.json']);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Why these bytes are not UTF-8 text we accept, or undefined when they are. */
export function encodingProblem(bytes: Uint8Array): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return 'is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return 'starts with a byte-order mark (BOM); save it as UTF-8 without BOM';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const at = text.indexOf('\uFFFD');
    const offset = Buffer.byteLength(text.slice(0, at));
    const line = text.slice(0, at).split('\n').length;
    const shown = [...bytes.subarray(offset, offset + 4)].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
    return `is not valid UTF-8 (line ${line}, byte offset ${offset}: ${shown}); it looks like ${guessEncoding(bytes, offset)}; save it as UTF-8`;
  }
  // UTF-16 without a byte-order mark: every other byte of Latin text is NUL. A stray NUL is a control character (textHygiene.ts).
  if (looksLikeUtf16(bytes)) return 'contains NUL bytes (UTF-16 without a byte-order mark?); save it as UTF-8';
  return undefined;
}

function looksLikeUtf16(bytes: Uint8Array): boolean {
  let nul = 0;
  for (const b of bytes) if (b === 0) nul++;
  return nul > 0 && nul * 4 >= bytes.length;
}

/**
 * Which legacy encoding the bytes around `offset` look like: French in Latin-1
 * has lone high bytes (é = 0xE9 between ASCII letters); Chinese in GBK has
 * them in pairs that read as Han characters.
 */
function guessEncoding(bytes: Uint8Array, offset: number): string {
  if (looksLikeUtf16(bytes)) return 'UTF-16';
  let start = offset;
  let end = offset;
  while (start > 0 && bytes[start - 1]! >= 0x80) start--;
  while (end < bytes.length && bytes[end]! >= 0x80) end++;
  const run = bytes.subarray(start, Math.min(end, start + 12));
  if (end - start >= 2) {
    try {
      const text = new TextDecoder('gb18030', { fatal: true }).decode(run);
      if (/\p{Script=Han}/u.test(text)) return `GBK / GB18030, a Chinese legacy encoding (these bytes read “${text}” in it)`;
    } catch {
      // not GB18030 either
    }
  }
  return `Latin-1 / Windows-1252 (these bytes read “${new TextDecoder('windows-1252').decode(run)}” in it)`;
}

/** A lowercase slug for a file or folder name, or '' when nothing Latin is left (`府谷`). */
export function suggestSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Problems with one file's place and name, from its path relative to content/ (`/`-separated). */
export function pathProblem(path: string): string | undefined {
  const parts = path.split('/');
  if (parts.length === 1) {
    if (TOP_LEVEL_FILES.has(path) || path.endsWith('.mdx')) return undefined; // a stray top-level .mdx is named by the entries check
    return `not part of the site (content/ holds ${[...TOP_LEVEL_FILES].join(', ')} and the language folders); move it out of content/`;
  }
  if (!isLocaleKey(parts[0]!))
    return `"${parts[0]}" is not a language folder (${localeKeys.join(', ')}); move the file into one, or rename the folder to start with _ to keep it as a draft`;
  const file = parts.at(-1)!;
  const dot = file.lastIndexOf('.');
  const stem = dot > 0 ? file.slice(0, dot) : file;
  const extension = dot > 0 ? file.slice(dot) : '';
  const fixed = [...parts.slice(1, -1), stem].map((p) => (SLUG.test(p) ? p : suggestSlug(p)));
  const target = fixed.every(Boolean) ? `content/${[parts[0], ...fixed].join('/')}.mdx` : undefined;
  if (extension !== '.mdx') {
    if (/^\.(md|markdown|mdown|mkd)$/i.test(extension))
      return `entries are MDX, a ${extension} file makes no page; rename it to ${target ?? `${stem}.mdx`}`;
    return `not an entry (entries are content/<${localeKeys.join('|')}>/<folder>/<slug>.mdx); move it out of content/, or into a folder whose name starts with _`;
  }
  const bad = [...parts.slice(1, -1), stem].find((p) => !SLUG.test(p));
  if (bad !== undefined)
    return `"${bad}" is not a lowercase slug (a–z, 0–9, hyphens): entry paths are URLs; rename it to ${target ?? 'a Latin slug such as fugu-3331'}`;
  return undefined;
}

/** Groups of paths that differ only by letter case. */
export function caseCollisions(paths: readonly string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const path of paths) groups.set(path.toLowerCase(), [...(groups.get(path.toLowerCase()) ?? []), path]);
  return [...groups.values()].filter((g) => g.length > 1);
}

/** Size and text problems of one entry (already known to be UTF-8). */
export function entryTextProblems(bytes: Uint8Array, text: string): string[] {
  const problems: string[] = [];
  if (bytes.length > MAX_ENTRY_BYTES)
    problems.push(
      `is ${formatBytes(bytes.length)}, over the ${formatBytes(MAX_ENTRY_BYTES)} limit for one entry; split it into several entries`,
    );
  let longest: { length: number; index: number } | undefined;
  for (const run of text.matchAll(/\p{Script=Han}+/gu))
    if (run[0].length > (longest?.length ?? MAX_HAN_RUN)) longest = { length: run[0].length, index: run.index };
  if (longest) {
    const line = text.slice(0, longest.index).split('\n').length;
    problems.push(
      `line ${line} has ${longest.length} Han characters in a row without punctuation (at most ${MAX_HAN_RUN}: search indexing slows to a crawl); punctuate the text`,
    );
  }
  return problems;
}

function formatBytes(n: number): string {
  return n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : `${Math.round(n / 1000)} KB`;
}

/** Every file of the content folder, relative and `/`-separated, skipping hidden files and `_` folders. */
export function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.name.startsWith('.') || (d.isDirectory() && d.name.startsWith('_'))) return [];
    const full = join(dir, d.name);
    if (d.isDirectory()) return listFiles(full, root);
    return d.isFile() ? [relative(root, full).split(sep).join('/')] : [];
  });
}

/** Every problem with the files of `contentDir`, as `content/<path>: <problem>; <fix>` lines. */
export function checkContentFiles(contentDir: string): string[] {
  const label = (path: string) => `${basename(contentDir)}/${path}`;
  const problems: string[] = [];
  const files = listFiles(contentDir).sort();
  const collided = new Set<string>();
  for (const group of caseCollisions(files)) {
    group.forEach((p) => collided.add(p));
    problems.push(
      `${group.map(label).join(' and ')} differ only by letter case: Astro would make them one page and drop one, and macOS and Windows cannot hold both; keep one, named in lowercase`,
    );
  }
  for (const path of files) {
    const at = `${label(path)}: `;
    const placement = collided.has(path) ? undefined : pathProblem(path);
    if (placement) problems.push(at + placement);
    // Text files we read: entries (.mdx, and a misnamed .md), the termbase.
    if (!/\.(mdx|md|markdown)$/i.test(path) && path !== 'termbase.json') continue;
    if (path === 'README.md') continue;
    const bytes = readFileSync(join(contentDir, path));
    const encoding = encodingProblem(bytes);
    if (encoding) {
      problems.push(at + encoding);
      continue;
    }
    const text = bytes.toString('utf8');
    if (path.endsWith('.mdx')) for (const p of entryTextProblems(bytes, text)) problems.push(at + p);
    problems.push(...inFile(label(path), fileTextProblems(path, text)).map(formatProblem));
  }
  return problems;
}
