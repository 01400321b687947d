/**
 * Limits on an entry's shape, so that no entry makes a page nobody can read
 * or a build that never ends. An entry today has 3–5 sections, at most 30-odd
 * blocks and no nesting deeper than a list item; the limits are far above that.
 *
 * Two passes:
 * - `rawShapeProblems`, on the text before the Markdown parser sees it: the
 *   parser recurses, and nesting in the thousands (`> > > …`, `<span><span>…`)
 *   overflows its stack or slows it to minutes (3,000 nested emphasis marks
 *   took over 30 s). These estimates are generous (twice the limit): they
 *   only keep the parser safe.
 * - `treeLimitProblems`, on the parsed tree, without recursion: the exact
 *   rules (nesting depth, number of headings and of blocks).
 *
 * The page size follows from the entry size limit (MAX_ENTRY_BYTES in
 * src/content-model/contentFiles.ts) once the number of headings is bounded:
 * each heading also makes a contents link, the one part of a page that grows
 * faster than the text.
 */
import type { LocatedProblem } from '../content-model/authoringProblem.ts';
import { walk, where, type MdastNode } from './entryTree.ts';

/** Blockquotes and lists inside each other; and inline markup (emphasis, links, tags) inside each other. */
export const MAX_NESTING = 8;
/** `##` sections and their sub-headings: 3–5 per entry today. */
export const MAX_HEADINGS = 30;
/** Paragraphs, headings, list items, table rows and rules: at most about 30 per entry today. */
export const MAX_BLOCKS = 400;
/** `*`, `_` and `~` runs in one paragraph: nested emphasis is the Markdown parser's slowest case. None is used today. */
const MAX_EMPHASIS_MARKS = 100;
const RAW_NESTING = 2 * MAX_NESTING;

const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/** How deep a line's blockquote and list markers nest it (an estimate), and its leading indentation in columns. */
export function containerDepth(line: string): { depth: number; indent: number } {
  if (THEMATIC_BREAK.test(line)) return { depth: 0, indent: 0 };
  let i = 0;
  let width = 0;
  let markers = 0;
  let indent: number | undefined;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') {
      width += line[i] === '\t' ? 4 - (width % 4) : 1;
      i++;
    }
    indent ??= width;
    if (line[i] === '>') {
      markers++;
      i++;
      continue;
    }
    const marker = LIST_MARKER.exec(line.slice(i, i + 11));
    if (!marker) break;
    markers++;
    i += marker[0].length;
  }
  return { depth: markers + Math.floor(indent / 2), indent };
}

/** The paragraphs of a text (runs of non-blank lines), each with its first line (1-based). */
function paragraphs(lines: readonly string[]): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  let start = -1;
  for (let i = 0; i <= lines.length; i++) {
    const blank = i === lines.length || lines[i]!.trim() === '';
    if (!blank && start < 0) start = i;
    if (blank && start >= 0) {
      found.push({ line: start + 1, text: lines.slice(start, i).join('\n') });
      start = -1;
    }
  }
  return found;
}

const TAG = /<(\/)?([A-Za-z][\w.:-]*)?[^<>]*?(\/)?>/g;

/** Deepest nesting of HTML-like tags in a text, and where it first goes past `limit`. */
function tagNesting(text: string, limit: number): { depth: number; index: number | undefined } {
  let depth = 0;
  let deepest = 0;
  let index: number | undefined;
  for (const tag of text.matchAll(TAG)) {
    if (tag[1]) depth = Math.max(0, depth - 1);
    else if (!tag[3]) depth++;
    if (depth > deepest) deepest = depth;
    if (depth > limit && index === undefined) index = tag.index;
  }
  return { depth: deepest, index };
}

const positionOf = (text: string, index: number, firstLine: number) => {
  const before = text.slice(0, index).split('\n');
  return { line: firstLine + before.length - 1, column: before.at(-1)!.length + 1 };
};

/**
 * Nesting the Markdown parser should not be given, found in an entry's body
 * (front matter blanked, so that lines are the file's own).
 */
export function rawShapeProblems(body: string): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const lines = body.split('\n');
  const deep = lines.map((text, i) => ({ line: i + 1, ...containerDepth(text) })).filter((l) => l.depth > RAW_NESTING);
  if (deep.length) {
    const first = deep[0]!;
    const more = deep.length > 1 ? ` (and ${deep.length - 1} more line${deep.length > 2 ? 's' : ''})` : '';
    problems.push(
      first.indent >= 2 * RAW_NESTING
        ? {
            line: first.line,
            column: 1,
            problem: `this line is indented ${first.indent} columns${more}: as deep as ${first.depth} nested lists or blockquotes (at most ${MAX_NESTING})`,
            fix: 'remove the indentation, or flatten the lists',
          }
        : {
            line: first.line,
            column: 1,
            problem: `blockquotes and lists nested ${first.depth} deep${more} (at most ${MAX_NESTING})`,
            fix: 'flatten them: quote or list at most a few levels deep',
          },
    );
  }
  for (const paragraph of paragraphs(lines)) {
    const marks = paragraph.text.match(/[*_~]+/g)?.length ?? 0;
    if (marks > MAX_EMPHASIS_MARKS)
      problems.push({
        line: paragraph.line,
        column: 1,
        problem: `this paragraph has ${marks} emphasis marks (runs of *, _ or ~; at most ${MAX_EMPHASIS_MARKS}: nested ones slow the Markdown parser to minutes)`,
        fix: 'keep emphasis for a few words',
      });
    const tags = tagNesting(paragraph.text, RAW_NESTING);
    if (tags.index !== undefined)
      problems.push({
        ...positionOf(paragraph.text, tags.index, paragraph.line),
        problem: `tags nested ${tags.depth} deep (at most ${MAX_NESTING})`,
        fix: 'close each tag before opening the next',
      });
  }
  return problems;
}

const CONTAINERS = new Set(['blockquote', 'list']);
const INLINE = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxTextElement', 'mdxJsxFlowElement']);
const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'tableRow', 'thematicBreak', 'code']);

/** Nesting, headings and blocks of a parsed entry over the limits, each reported once, where it first goes over. */
export function treeLimitProblems(tree: MdastNode): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  let headings = 0;
  let blocks = 0;
  walk(tree, (node, ancestors) => {
    if (node.type === 'heading' && ++headings === MAX_HEADINGS + 1)
      problems.push({
        ...where(node),
        problem: `heading number ${headings} (at most ${MAX_HEADINGS} per entry: each is also a link in the page’s contents)`,
        fix: 'merge sections, or split the entry in two',
      });
    if (BLOCKS.has(node.type) && ++blocks === MAX_BLOCKS + 1)
      problems.push({
        ...where(node),
        problem: `block number ${blocks} (paragraphs, headings, list items, table rows; at most ${MAX_BLOCKS} per entry)`,
        fix: 'split the entry in two',
      });
    for (const [kinds, what, fix] of [
      [CONTAINERS, 'blockquotes and lists', 'flatten them: quote or list at most a few levels deep'],
      [INLINE, 'emphasis, links and tags', 'close each before opening the next'],
    ] as const) {
      if (!kinds.has(node.type)) continue;
      const depth = ancestors.filter((a) => kinds.has(a.type)).length + 1;
      if (depth > MAX_NESTING) {
        problems.push({ ...where(node), problem: `${what} nested ${depth} deep (at most ${MAX_NESTING})`, fix });
        return false; // once per nest
      }
    }
    return true;
  });
  return problems;
}
