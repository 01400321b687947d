/**
 * How the build reports an author's mistakes: every check adds `Problem`s to
 * one list, and the list is printed once, as
 * `content/fr/cases/x.mdx:12:3: problem; fix` lines sorted by file and line,
 * with no stack trace. Pure code (no Astro import): unit tests and scripts
 * use it directly.
 *
 * - `ContentProblems` is the error a check throws with its problems. Its
 *   stack is empty, so Astro prints the message and nothing else (no
 *   "Location:" block, no frames in node_modules).
 * - `closest` finds the "did you mean" candidate by edit distance.
 * - `fieldPosition` finds the line of a front-matter field (the `yaml`
 *   package keeps every node's offsets).
 */
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';

export interface Problem {
  /** Path from the project root, `/`-separated: `content/fr/cases/x.mdx`, `content/termbase.json`. */
  file: string;
  /** 1-based; absent when the problem is about the whole file. */
  line?: number;
  column?: number;
  /** What is wrong, in the author's terms (no internal ids). */
  problem: string;
  /** What to do about it. */
  fix?: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
  return `${where}: ${p.problem}${p.fix ? `; ${p.fix}` : ''}`;
}

/** By file, then line and column; the same problem twice is listed once. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return [...problems]
    .sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    .filter((p) => {
      const key = formatProblem(p);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

export function formatProblems(problems: readonly Problem[]): string {
  const sorted = sortProblems(problems);
  const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
  return `The content has ${count} (file:line:column: problem; fix):\n${sorted.map(formatProblem).join('\n')}`;
}

/** The build's authoring errors, all of them. Thrown without a stack: the message is the report. */
export class ContentProblems extends Error {
  readonly problems: Problem[];
  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentProblems';
    this.problems = sortProblems(problems);
    this.stack = '';
  }
}

/** Throws one ContentProblems for the whole list, if it is not empty. */
export function throwIfAny(problems: readonly Problem[]): void {
  if (problems.length) throw new ContentProblems(problems);
}

/**
 * `content/fr/x.mdx:12:5: reason` (an MDX syntax error, a check of the MDX
 * steps) read back as a Problem; anything else becomes a whole-file problem.
 */
export function problemsOf(error: unknown, file: string): Problem[] {
  // ContentProblems, or any error that carries its problems as data (AuthoringProblems, authoringProblem.ts).
  // (Duck-typed: authoringProblem.ts uses parameter properties, which Node's type stripping cannot run in scripts.)
  const carried = error instanceof Error ? (error as { problems?: unknown }).problems : undefined;
  if (Array.isArray(carried)) return carried as Problem[];
  const message = error instanceof Error ? error.message : String(error);
  // A list of problems, one per line (`Header:\n  - file:line: problem`): each line read on its own.
  const lines = message.split('\n').map((l) => l.replace(/^\s*-\s+/, ''));
  if (lines.length > 1 && lines.slice(1).every((l) => /^\S+?\.(?:mdx|json)[:]/.test(l) || !l.trim()))
    return lines
      .slice(1)
      .filter((l) => l.trim())
      .flatMap((l) => problemsOf(new Error(l), file));
  const located = /^(\S+?\.(?:mdx|json)):(\d+)(?::(\d+))?: ([\s\S]*)$/.exec(message);
  if (located) {
    const [, at, line, column, rest] = located;
    const [problem, ...fix] = rest!.split('; ');
    return [
      {
        file: at!,
        line: Number(line),
        ...(column ? { column: Number(column) } : {}),
        problem: problem!,
        ...(fix.length ? { fix: fix.join('; ') } : {}),
      },
    ];
  }
  const named = /^(\S+?\.(?:mdx|md|markdown|json|[a-z0-9]+)): ([\s\S]*)$/i.exec(message);
  const [at, text] = named ? [named[1]!, named[2]!] : [file, message];
  const [problem, ...fix] = text.split('; ');
  return [{ file: at, problem: problem!, ...(fix.length ? { fix: fix.join('; ') } : {}) }];
}

/** Levenshtein distance (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidate nearest to `word`, if one is near enough to be a misspelling (at most a third of its letters differ). */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.ceil(word.length / 3)) ? best : undefined;
}

/** `did you mean "x"?` or, when nothing is close, the list of what exists. */
export function didYouMean(word: string, candidates: readonly string[], what: string): string {
  const near = closest(word, candidates);
  if (near) return `did you mean "${near}"?`;
  const shown = [...new Set(candidates)].sort();
  return shown.length > 12 ? `${what}: ${shown.slice(0, 12).join(', ')}, …` : `${what}: ${shown.join(', ') || '(none)'}`;
}

/** 1-based line and column of an offset in a text. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?\r?\n)?---/;

/**
 * Line and column of a front-matter field in an entry's text, by its path
 * (`['events', 0, 'date']`): the value's position (the key's with `atKey`),
 * or the nearest parent's key when the field is missing, or line 1 (the
 * opening `---`).
 */
export function fieldPosition(source: string, path: readonly PropertyKey[], { atKey = false } = {}): { line: number; column: number } {
  const raw = FRONT_MATTER.exec(source)?.[1];
  if (raw === undefined) return { line: 1, column: 1 };
  const start = source.indexOf('\n') + 1; // the front matter starts after the opening `---` line
  const at = offsetOfPath(raw, path, atKey);
  return at === undefined ? { line: 1, column: 1 } : positionAt(source, start + at);
}

/** Line and column of a value in a JSON file (content/termbase.json) by its path (`[3, 'pinyin']`), or line 1. */
export function jsonPosition(text: string, path: readonly PropertyKey[], { atKey = false } = {}): { line: number; column: number } {
  const at = offsetOfPath(text, path, atKey);
  return at === undefined ? { line: 1, column: 1 } : positionAt(text, at);
}

/** Offset of the node at `path` in a YAML (or JSON) text: the value, or its key with `atKey`, or the nearest parent. */
function offsetOfPath(raw: string, path: readonly PropertyKey[], atKey: boolean): number | undefined {
  let doc;
  try {
    doc = parseDocument(raw, { keepSourceTokens: false });
  } catch {
    return undefined;
  }
  let node: Node | null | undefined = doc.contents;
  let at: number | undefined;
  for (const [depth, key] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
      if (!pair) break;
      const keyNode = pair.key as Node;
      at = keyNode.range?.[0] ?? at;
      node = pair.value as Node | null;
      if (node?.range && !(atKey && depth === path.length - 1)) at = isScalar(node) ? node.range[0] : at;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      at = item.range?.[0] ?? at;
      node = item;
    } else break;
  }
  return at;
}

/** Position of a top-level front-matter key (`order`, `model`), or line 1. */
export const keyPosition = (source: string, key: string) => fieldPosition(source, [key]);
