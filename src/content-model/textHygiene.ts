/**
 * Text that does not lie about itself: checks on the characters of a content
 * file (an entry's front matter and body, the termbase, any text file of
 * content/), run before anything parses it.
 *
 * - No control characters but tab and line feed (and the carriage return of
 *   a Windows line end): C0, DEL and C1 controls are invisible in an editor,
 *   reach the page raw and mean nothing there (or, like ESC, are terminal
 *   escapes waiting for a log).
 * - Bidirectional controls balanced on their line: every embedding or
 *   override (LRE, RLE, LRO, RLO) closed by a PDF, every isolate (LRI, RLI,
 *   FSI) closed by a PDI, in order. An unclosed U+202E turns the rest of a
 *   paragraph, or of every `<title>` and link that shows the entry's title,
 *   right to left.
 *
 * A character written as an escape in a quoted YAML or JSON string (`"\u202E"`)
 * is checked too, at the string's position.
 */
import { LineCounter, parseDocument, isScalar, visit } from 'yaml';
import type { LocatedProblem } from './authoringProblem.ts';

const C0_NAMES = [
  'NULL',
  'START OF HEADING',
  'START OF TEXT',
  'END OF TEXT',
  'END OF TRANSMISSION',
  'ENQUIRY',
  'ACKNOWLEDGE',
  'BELL',
  'BACKSPACE',
  'CHARACTER TABULATION',
  'LINE FEED',
  'LINE TABULATION',
  'FORM FEED',
  'CARRIAGE RETURN',
  'SHIFT OUT',
  'SHIFT IN',
  'DATA LINK ESCAPE',
  'DEVICE CONTROL ONE',
  'DEVICE CONTROL TWO',
  'DEVICE CONTROL THREE',
  'DEVICE CONTROL FOUR',
  'NEGATIVE ACKNOWLEDGE',
  'SYNCHRONOUS IDLE',
  'END OF TRANSMISSION BLOCK',
  'CANCEL',
  'END OF MEDIUM',
  'SUBSTITUTE',
  'ESCAPE',
  'INFORMATION SEPARATOR FOUR',
  'INFORMATION SEPARATOR THREE',
  'INFORMATION SEPARATOR TWO',
  'INFORMATION SEPARATOR ONE',
];
const C1_NAMES: Record<number, string> = {
  0x84: 'INDEX',
  0x85: 'NEXT LINE',
  0x88: 'CHARACTER TABULATION SET',
  0x8d: 'REVERSE LINE FEED',
  0x90: 'DEVICE CONTROL STRING',
  0x9b: 'CONTROL SEQUENCE INTRODUCER',
  0x9c: 'STRING TERMINATOR',
  0x9d: 'OPERATING SYSTEM COMMAND',
};

type BidiKind = 'embedding' | 'isolate';
const BIDI_OPENERS: Record<number, { name: string; kind: BidiKind }> = {
  0x202a: { name: 'LEFT-TO-RIGHT EMBEDDING', kind: 'embedding' },
  0x202b: { name: 'RIGHT-TO-LEFT EMBEDDING', kind: 'embedding' },
  0x202d: { name: 'LEFT-TO-RIGHT OVERRIDE', kind: 'embedding' },
  0x202e: { name: 'RIGHT-TO-LEFT OVERRIDE', kind: 'embedding' },
  0x2066: { name: 'LEFT-TO-RIGHT ISOLATE', kind: 'isolate' },
  0x2067: { name: 'RIGHT-TO-LEFT ISOLATE', kind: 'isolate' },
  0x2068: { name: 'FIRST STRONG ISOLATE', kind: 'isolate' },
};
const PDF = 0x202c;
const PDI = 0x2069;
const CLOSER: Record<BidiKind, string> = {
  embedding: 'U+202C POP DIRECTIONAL FORMATTING',
  isolate: 'U+2069 POP DIRECTIONAL ISOLATE',
};

const codePoint = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** `U+001B ESCAPE`: the code point and, where it has one, its name. */
export function characterName(cp: number): string {
  const name =
    cp < 0x20
      ? C0_NAMES[cp]
      : cp === 0x7f
        ? 'DELETE'
        : (C1_NAMES[cp] ??
          BIDI_OPENERS[cp]?.name ??
          (cp === PDF ? 'POP DIRECTIONAL FORMATTING' : cp === PDI ? 'POP DIRECTIONAL ISOLATE' : undefined));
  return name ? `${codePoint(cp)} ${name}` : codePoint(cp);
}

const isRefusedControl = (cp: number) => (cp < 0x20 && cp !== 0x09 && cp !== 0x0a) || (cp >= 0x7f && cp <= 0x9f);

/**
 * Every control character and unbalanced bidirectional control of a text, with
 * its line and column (1-based, in UTF-16 units as editors count them).
 * `firstLine` is the line of the text's first character in its file.
 */
export function textProblems(text: string, firstLine = 1, firstColumn = 1): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const lines = text.split('\n');
  lines.forEach((lineText, index) => {
    const line = firstLine + index;
    const column = (i: number) => (index === 0 ? firstColumn : 1) + i;
    const open: { cp: number; kind: BidiKind; at: number }[] = [];
    for (let i = 0; i < lineText.length; i++) {
      const cp = lineText.charCodeAt(i);
      if (cp === 0x0d && i === lineText.length - 1 && index < lines.length - 1) continue; // CRLF line end
      if (isRefusedControl(cp)) {
        problems.push({
          line,
          column: column(i),
          problem: `control character ${characterName(cp)} (invisible in most editors; it would reach the page as it is)`,
          fix: `delete it (search for \\u${cp.toString(16).toUpperCase().padStart(4, '0')}${cp === 0x0d ? ': save the file with Unix or Windows line ends, not old Mac ones' : ''})`,
        });
        continue;
      }
      const opener = BIDI_OPENERS[cp];
      if (opener) {
        open.push({ cp, kind: opener.kind, at: i });
        continue;
      }
      if (cp !== PDF && cp !== PDI) continue;
      const kind: BidiKind = cp === PDF ? 'embedding' : 'isolate';
      // A PDI also ends the embeddings opened inside its isolate: those are unclosed.
      const match =
        kind === 'embedding' ? (open.at(-1)?.kind === 'embedding' ? open.length - 1 : -1) : open.findLastIndex((o) => o.kind === 'isolate');
      if (match < 0) {
        problems.push({
          line,
          column: column(i),
          problem: `${characterName(cp)} closes nothing (no ${kind === 'embedding' ? 'embedding or override' : 'isolate'} is open before it on this line)`,
          fix: 'delete it',
        });
        continue;
      }
      for (const unclosed of open.splice(match).slice(1)) problems.push(unclosedProblem(unclosed, line, column(unclosed.at)));
    }
    for (const unclosed of open) problems.push(unclosedProblem(unclosed, line, column(unclosed.at)));
  });
  return problems.sort((a, b) => a.line! - b.line! || a.column! - b.column!);
}

function unclosedProblem(o: { cp: number; kind: BidiKind }, line: number, column: number): LocatedProblem {
  return {
    line,
    column,
    problem: `${characterName(o.cp)} is not closed on its line (everything after it, up to the end of the paragraph or title, is shown ${/RIGHT-TO-LEFT/.test(BIDI_OPENERS[o.cp]!.name) ? 'right to left' : 'out of order'})`,
    fix: `close it with ${CLOSER[o.kind]} on the same line, or delete it`,
  };
}

/**
 * The same checks on the strings of a YAML or JSON text as its parser reads
 * them, for characters written as escapes (`"\u202E"`, `"\x1b"`), reported at
 * the string's position. Strings whose raw text already has a problem are left
 * to `textProblems`. Not a validator: a text the parser refuses gives nothing here.
 */
export function escapedTextProblems(source: string, firstLine = 1): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, schema: 'core', uniqueKeys: false, prettyErrors: false });
  if (document.errors.length) return problems;
  visit(document, {
    Scalar(_key, node) {
      if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
      const [start, end] = node.range;
      if (textProblems(source.slice(start, end)).length) return;
      const found = textProblems(node.value);
      if (!found.length) return;
      const { line, col } = lineCounter.linePos(start);
      for (const f of found)
        problems.push({
          line: firstLine + line - 1,
          column: col,
          problem: `${f.problem.replace(/ \(invisible[^)]*\)/, '')}, written as an escape in this quoted text`,
          fix: f.fix.replace(/ \(search for [^)]*\)/, ''),
        });
    },
  });
  return problems;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?\r?\n)?---/;

/** Every character problem of a content file: its raw text, and the escapes of its front matter (entries) or JSON/YAML (data). */
export function fileTextProblems(path: string, text: string): LocatedProblem[] {
  const raw = textProblems(text);
  let escaped: LocatedProblem[] = [];
  if (path.endsWith('.mdx') || path.endsWith('.md')) {
    const frontMatter = FRONT_MATTER.exec(text)?.[1];
    if (frontMatter) escaped = escapedTextProblems(frontMatter, 2);
  } else if (/\.(json|ya?ml)$/.test(path)) escaped = escapedTextProblems(text);
  return [...raw, ...escaped].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
