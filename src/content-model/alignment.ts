/**
 * Paragraph alignment of twin entries. Blocks are identified by position:
 * `s<section>` for a `##` heading, `s<section>-<n>` for the n-th block after it
 * (section 0 holds blocks before the first heading).
 */
import type { Problem } from './problems.ts';

export function blockIds(tags: string[]): string[] {
  let section = 0;
  let block = 0;
  return tags.map((tag) => {
    if (tag === 'h2') {
      section += 1;
      block = 0;
      return `s${section}`;
    }
    block += 1;
    return `s${section}-${block}`;
  });
}

/** Why two outlines (tag names in order) do not align, or undefined when they do. */
export function alignmentProblem(a: string[], b: string[]): string | undefined {
  const idsA = blockIds(a);
  const idsB = blockIds(b);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i])
      return a[i] && b[i]
        ? `block ${idsA[i]} is a <${a[i]}> in one version and a <${b[i]}> in the other`
        : `block ${idsA[i] ?? idsB[i]} exists in only one version (${a.length} blocks vs ${b.length})`;
  }
  return undefined;
}

export interface OutlinedEntry {
  locale: string;
  slug: string;
  filePath: string;
  /** Tag names of the entry's top-level blocks, as rehypeAlignIds recorded them. */
  alignment: readonly string[];
}

/** Every pair of twins that does not align, as `file: message` lines (the Chinese twin is named, French is the reference). */
export function alignmentProblems(entries: readonly OutlinedEntry[]): string[] {
  const french = new Map(entries.filter((e) => e.locale === 'fr').map((e) => [e.slug, e]));
  const problems: string[] = [];
  for (const twin of entries) {
    const entry = twin.locale === 'fr' ? undefined : french.get(twin.slug);
    if (!entry) continue; // a missing twin is reported by validateEntries
    const problem = alignmentProblem([...entry.alignment], [...twin.alignment]);
    if (problem) problems.push(`${twin.filePath}: does not align with ${entry.filePath}: ${problem}`);
  }
  return problems;
}

/** Where a top-level block starts in its file and how it begins, as rehypeAlignIds recorded it. */
export interface BlockPlace {
  line: number;
  /** The block's first words (a heading's whole text). */
  text: string;
}

export interface PlacedEntry extends OutlinedEntry {
  /** One per block of `alignment`. */
  places: readonly BlockPlace[];
}

/**
 * How a block begins, from its first line in the MDX file: Markdown markers
 * and tags dropped, at most six words (twelve characters of Chinese).
 */
function firstWords(line: string): string {
  const clean = line
    .replace(/^\s*(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)/, '')
    .replace(/<[^>]*>|[*_`]|\[|\]\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (/^\p{Script=Han}/u.test(clean)) return clean.length > 12 ? `${clean.slice(0, 12)}…` : clean;
  const words = clean.split(' ');
  return words.length > 6 ? `${words.slice(0, 6).join(' ')}…` : clean;
}

/** Each block's line and first words, from the lines rehypeAlignIds recorded and the file's text. */
export function blockPlaces(lines: readonly number[], source: string): BlockPlace[] {
  const text = source.split('\n');
  return lines.map((line) => ({ line, text: firstWords(text[line - 1] ?? '') }));
}

const BLOCK_NAMES: Record<string, string> = {
  h1: 'a `#` heading',
  h2: 'a `##` heading',
  h3: 'a `###` heading',
  h4: 'a `####` heading',
  p: 'a paragraph',
  ul: 'a list',
  ol: 'a numbered list',
  blockquote: 'a quotation',
  table: 'a table',
  hr: 'a rule (---)',
};

const LANGUAGE_NAMES: Record<string, string> = { fr: 'French', 'zh-cn': 'Chinese' };

function describe(tag: string, place: BlockPlace | undefined): string {
  const name = BLOCK_NAMES[tag] ?? `a <${tag}>`;
  return place?.text ? `${name} « ${place.text} »` : name;
}

/** Section heading text around block `i` (the `##` before it), for the message. */
function sectionOf(entry: PlacedEntry, i: number): string | undefined {
  for (let k = i; k >= 0; k--) if (entry.alignment[k] === 'h2') return entry.places[k]?.text;
  return undefined;
}

/**
 * Twins that do not align, each as one problem on the French file at the
 * first block that differs, naming both blocks by their words and the
 * Chinese twin's line, and how many blocks each section has.
 */
export function placedAlignmentProblems(entries: readonly PlacedEntry[]): Problem[] {
  const french = new Map(entries.filter((e) => e.locale === 'fr').map((e) => [e.slug, e]));
  const problems: Problem[] = [];
  for (const twin of entries) {
    const entry = twin.locale === 'fr' ? undefined : french.get(twin.slug);
    if (!entry) continue;
    const a = entry.alignment;
    const b = twin.alignment;
    const i = [...Array(Math.max(a.length, b.length)).keys()].find((k) => a[k] !== b[k]);
    if (i === undefined) continue;
    const here = LANGUAGE_NAMES[entry.locale] ?? entry.locale;
    const there = LANGUAGE_NAMES[twin.locale] ?? twin.locale;
    const section = sectionOf(entry, Math.min(i, a.length - 1)) ?? sectionOf(twin, Math.min(i, b.length - 1));
    const inSection = section ? ` in the section « ${section} »` : '';
    const fix = 'twins need the same `##` sections in the same order, with as many paragraphs and list items in each; make them match';
    if (a[i] && b[i])
      problems.push({
        file: entry.filePath,
        line: entry.places[i]?.line,
        column: 1,
        problem: `${here} has ${describe(a[i], entry.places[i])}${inSection} where ${there} has ${describe(b[i], twin.places[i])} (${twin.filePath}:${twin.places[i]?.line ?? '?'})`,
        fix,
      });
    else if (a[i])
      problems.push({
        file: entry.filePath,
        line: entry.places[i]?.line,
        column: 1,
        problem: `${here} has ${describe(a[i], entry.places[i])}${inSection} that ${there} lacks (${here} has ${a.length} blocks, ${there} ${b.length}; ${twin.filePath})`,
        fix,
      });
    else
      problems.push({
        file: twin.filePath,
        line: twin.places[i]?.line,
        column: 1,
        problem: `${there} has ${describe(b[i]!, twin.places[i])}${inSection} that ${here} lacks (${there} has ${b.length} blocks, ${here} ${a.length}; ${entry.filePath})`,
        fix,
      });
  }
  return problems;
}
