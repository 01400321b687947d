/**
 * Control characters and bidirectional controls, on literal texts: raw, and
 * written as escapes in YAML front matter and JSON.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFiles, encodingProblem } from '../../../src/content-model/contentFiles.ts';
import { characterName, escapedTextProblems, fileTextProblems, textProblems } from '../../../src/content-model/textHygiene.ts';

const brief = (text: string) => textProblems(text).map((p) => `${p.line}:${p.column} ${p.problem.split(' (')[0]}`);

describe('textProblems: control characters', () => {
  it('accepts tab, line feed and Windows line ends, and ordinary text in both languages', () => {
    expect(textProblems('Titre\tcolonne\r\nLe district de Fugu（府谷）: « 3331 ».\n')).toEqual([]);
  });
  it('refuses C0 controls, DEL and C1 controls, each at its line and column, naming the character', () => {
    expect(brief('a\u0001b\n\u0007\u0008\u000B\u000C\n x\u001B[31m\u007F\u0085\u009B')).toEqual([
      '1:2 control character U+0001 START OF HEADING',
      '2:1 control character U+0007 BELL',
      '2:2 control character U+0008 BACKSPACE',
      '2:3 control character U+000B LINE TABULATION',
      '2:4 control character U+000C FORM FEED',
      '3:3 control character U+001B ESCAPE',
      '3:8 control character U+007F DELETE',
      '3:9 control character U+0085 NEXT LINE',
      '3:10 control character U+009B CONTROL SEQUENCE INTRODUCER',
    ]);
  });
  it('refuses a NUL and a lone carriage return (old Mac line end), with the fix', () => {
    const [nul, cr] = textProblems('a\u0000b\rc\n');
    expect(nul).toMatchObject({ line: 1, column: 2, fix: 'delete it (search for \\u0000)' });
    expect(cr).toMatchObject({ line: 1, column: 4 });
    expect(cr!.fix).toContain('line ends');
  });
  it('names characters by code point and name', () => {
    expect(characterName(0x1b)).toBe('U+001B ESCAPE');
    expect(characterName(0x202e)).toBe('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(characterName(0x9f)).toBe('U+009F');
  });
});

describe('textProblems: bidirectional controls', () => {
  it('accepts balanced embeddings, overrides and isolates, nested in order', () => {
    expect(textProblems('a \u202Eb\u202C c \u2067d \u202Ae\u202C\u2069 f \u2068g\u2069\n\u202Bh\u202C')).toEqual([]);
  });
  it('refuses an override left open at the end of its line (the title that reached 33 pages)', () => {
    const [problem] = textProblems('title: Fugu \u202Eformule 3331\nsummary: x\u202C');
    expect(problem).toEqual({
      line: 1,
      column: 13,
      problem:
        'U+202E RIGHT-TO-LEFT OVERRIDE is not closed on its line (everything after it, up to the end of the paragraph or title, is shown right to left)',
      fix: 'close it with U+202C POP DIRECTIONAL FORMATTING on the same line, or delete it',
    });
    // The PDF of the next line closes nothing: a field or a paragraph cannot close another's override.
    expect(brief('a\u202Eb\nc\u202C')).toEqual([
      '1:2 U+202E RIGHT-TO-LEFT OVERRIDE is not closed on its line',
      '2:2 U+202C POP DIRECTIONAL FORMATTING closes nothing',
    ]);
  });
  it('refuses isolates left open, closers that close nothing, and an embedding cut off by its isolate’s PDI', () => {
    expect(brief('\u2066a \u2069b\u2069 \u202Cc')).toEqual([
      '1:6 U+2069 POP DIRECTIONAL ISOLATE closes nothing',
      '1:8 U+202C POP DIRECTIONAL FORMATTING closes nothing',
    ]);
    expect(brief('\u2068a\u202Bb\u2069')).toEqual(['1:3 U+202B RIGHT-TO-LEFT EMBEDDING is not closed on its line']);
    expect(textProblems('\u2067a')[0]!.fix).toBe('close it with U+2069 POP DIRECTIONAL ISOLATE on the same line, or delete it');
    // A PDF does not close an isolate.
    expect(brief('\u2067a\u202C')).toEqual(
      ['1:3 U+202C POP DIRECTIONAL FORMATTING closes nothing', '1:1 U+2067 RIGHT-TO-LEFT ISOLATE is not closed on its line'].sort(),
    );
  });
});

describe('escapes in YAML and JSON', () => {
  it('finds characters written as escapes in quoted strings, at the string', () => {
    expect(escapedTextProblems('title: "Fugu \\u202Eformule"\nsummary: "a\\x1bb"\nplain: ok\n', 2)).toMatchObject([
      {
        line: 2,
        column: 8,
        problem: expect.stringMatching(/^U\+202E RIGHT-TO-LEFT OVERRIDE is not closed.*written as an escape/) as unknown,
      },
      {
        line: 3,
        column: 10,
        problem: expect.stringMatching(/^control character U\+001B ESCAPE, written as an escape/) as unknown,
        fix: 'delete it',
      },
    ]);
    expect(escapedTextProblems('[{"fr": {"name": "Fugu"}}, {"zh": {"definition": "\\u0007"}}]')).toMatchObject([{ line: 1, column: 50 }]);
  });
  it('leaves raw characters to textProblems (one report each) and ignores text the parser refuses', () => {
    expect(escapedTextProblems('title: "a\u202Eb"\n')).toEqual([]);
    expect(escapedTextProblems('title: [unclosed\n')).toEqual([]);
  });
  it('checks an entry’s front matter and body, and a JSON file, in one list', () => {
    const entry = '---\ntitle: "x\\u202E"\nsummary: b\u0007\n---\n\nTexte \u202Eà l’envers.\n';
    expect(fileTextProblems('fr/cases/x.mdx', entry).map((p) => `${p.line}:${p.column}`)).toEqual(['2:8', '3:11', '6:7']);
    expect(fileTextProblems('termbase.json', '{"a": "\\u202E"}').map((p) => `${p.line}:${p.column}`)).toEqual(['1:7']);
  });
});

describe('content files', () => {
  it('a stray NUL is a control character at its place; many NULs still read as UTF-16', () => {
    expect(encodingProblem(new TextEncoder().encode('---\ntitle: a\u0000b\n---\n'))).toBeUndefined();
    expect(encodingProblem(Uint8Array.from([0x2d, 0x00, 0x2d, 0x00]))).toMatch(/NUL bytes \(UTF-16/);
  });
  it('checkContentFiles names file, line, column and fix for entries, the termbase and any text file it reads', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'hygiene-')), 'content');
    mkdirSync(join(dir, 'fr/cases'), { recursive: true });
    writeFileSync(join(dir, 'termbase.json'), '[\n  {"id": "fugu", "fr": {"name": "Fugu\u202E"}}\n]\n');
    writeFileSync(join(dir, 'fr/cases/beta.mdx'), '---\ntitle: "B\\u202Eeta"\n---\n\nUn mot\u001B[31m rouge.\n');
    try {
      expect(checkContentFiles(dir)).toEqual([
        'content/fr/cases/beta.mdx:2:8: U+202E RIGHT-TO-LEFT OVERRIDE is not closed on its line (everything after it, up to the end of the paragraph or title, is shown right to left), written as an escape in this quoted text; close it with U+202C POP DIRECTIONAL FORMATTING on the same line, or delete it',
        'content/fr/cases/beta.mdx:5:7: control character U+001B ESCAPE (invisible in most editors; it would reach the page as it is); delete it (search for \\u001B)',
        'content/termbase.json:2:38: U+202E RIGHT-TO-LEFT OVERRIDE is not closed on its line (everything after it, up to the end of the paragraph or title, is shown right to left); close it with U+202C POP DIRECTIONAL FORMATTING on the same line, or delete it',
      ]);
    } finally {
      rmSync(dirname(dir), { recursive: true, force: true });
    }
  });
});
