import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_ENTRY_BYTES,
  caseCollisions,
  checkContentFiles,
  encodingProblem,
  entryTextProblems,
  pathProblem,
  suggestSlug,
} from '../../../src/content-model/contentFiles.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('encodingProblem', () => {
  it('accepts UTF-8 in both scripts', () => {
    expect(encodingProblem(utf8('---\ntitle: Modèle « 3331 »\n---\n定点扶贫。\n'))).toBeUndefined();
  });
  it('names GBK: Chinese bytes in pairs (中国 = D6 D0 B9 FA)', () => {
    const gbk = Uint8Array.from([...utf8('---\ntitle: x\n---\n\n'), 0xd6, 0xd0, 0xb9, 0xfa, 0xa1, 0xa3, 0x0a]);
    expect(encodingProblem(gbk)).toBe(
      'is not valid UTF-8 (line 5, byte offset 18: 0xD6 0xD0 0xB9 0xFA); it looks like GBK / GB18030, a Chinese legacy encoding (these bytes read “中国。” in it); save it as UTF-8',
    );
  });
  it('names Latin-1: a lone high byte in French (è = E8)', () => {
    const latin1 = Uint8Array.from([...utf8('Mod'), 0xe8, ...utf8('le\n')]);
    expect(encodingProblem(latin1)).toBe(
      'is not valid UTF-8 (line 1, byte offset 3: 0xE8 0x6C 0x65 0x0A); it looks like Latin-1 / Windows-1252 (these bytes read “è” in it); save it as UTF-8',
    );
  });
  it('names UTF-16, with or without its byte-order mark', () => {
    expect(encodingProblem(Uint8Array.from([0xff, 0xfe, 0x2d, 0x00]))).toMatch(/^is UTF-16/);
    expect(encodingProblem(Uint8Array.from([0xfe, 0xff, 0x00, 0x2d]))).toMatch(/^is UTF-16/);
    expect(encodingProblem(Uint8Array.from([0x2d, 0x00, 0x2d, 0x00]))).toMatch(/NUL bytes \(UTF-16/);
  });
  it('refuses a UTF-8 byte-order mark', () => {
    expect(encodingProblem(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('---\n')]))).toBe(
      'starts with a byte-order mark (BOM); save it as UTF-8 without BOM',
    );
  });
});

describe('pathProblem', () => {
  it('accepts entries, README.md and termbase.json', () => {
    for (const ok of ['fr/cases/beta-2021.mdx', 'zh-cn/models/alpha.mdx', 'README.md', 'termbase.json'])
      expect(pathProblem(ok), ok).toBeUndefined();
  });
  it('asks to rename a Markdown entry to .mdx', () => {
    expect(pathProblem('fr/cases/gamma.md')).toBe('entries are MDX, a .md file makes no page; rename it to content/fr/cases/gamma.mdx');
    expect(pathProblem('zh-cn/cases/Gamma.markdown')).toBe(
      'entries are MDX, a .markdown file makes no page; rename it to content/zh-cn/cases/gamma.mdx',
    );
  });
  it('refuses capitals and other characters in a path, suggesting a slug', () => {
    expect(pathProblem('fr/cases/Fugu.mdx')).toBe(
      '"Fugu" is not a lowercase slug (a–z, 0–9, hyphens): entry paths are URLs; rename it to content/fr/cases/fugu.mdx',
    );
    expect(pathProblem('fr/Cases/fugu.mdx')).toMatch(/^"Cases" is not a lowercase slug.*rename it to content\/fr\/cases\/fugu\.mdx$/);
    expect(pathProblem('fr/cases/Étude de cas.mdx')).toMatch(/rename it to content\/fr\/cases\/etude-de-cas\.mdx$/);
    expect(pathProblem('zh-cn/cases/府谷.mdx')).toMatch(/rename it to a Latin slug such as fugu-3331$/);
  });
  it('refuses files that are no entry, and folders that are no language', () => {
    expect(pathProblem('fr/cases/map.png')).toMatch(/^not an entry/);
    expect(pathProblem('notes.txt')).toMatch(/^not part of the site/);
    expect(pathProblem('en/cases/fugu.mdx')).toMatch(/^"en" is not a language folder \(fr, zh-cn\)/);
  });
  it('suggestSlug', () => {
    expect(suggestSlug('Beta 2021')).toBe('beta-2021');
    expect(suggestSlug('府谷')).toBe('');
  });
});

describe('caseCollisions', () => {
  it('groups paths that differ only by letter case', () => {
    expect(caseCollisions(['fr/cases/Fugu.mdx', 'fr/cases/fugu.mdx', 'zh-cn/cases/fugu.mdx'])).toEqual([
      ['fr/cases/Fugu.mdx', 'fr/cases/fugu.mdx'],
    ]);
  });
});

describe('entryTextProblems', () => {
  const check = (text: string) => entryTextProblems(utf8(text), text);
  it('accepts a normal entry', () => {
    expect(check('---\ntitle: x\n---\n\n企事业单位或社会团体等单位负责帮扶指定贫困县的一种开发式扶贫方式。\n')).toEqual([]);
  });
  it('refuses an entry over the size limit', () => {
    expect(check('a'.repeat(MAX_ENTRY_BYTES + 1))).toEqual([
      'is 100 KB, over the 100 KB limit for one entry; split it into several entries',
    ]);
    expect(check('Le jumelage. '.repeat(400_000))).toEqual([
      'is 5.2 MB, over the 100 KB limit for one entry; split it into several entries',
    ]);
  });
  it('refuses a long run of Han characters without punctuation, naming its line', () => {
    expect(check(`---\ntitle: x\n---\n${'扶'.repeat(501)}\n`)).toEqual([
      'line 4 has 501 Han characters in a row without punctuation (at most 500: search indexing slows to a crawl); punctuate the text',
    ]);
    expect(check(`${'扶'.repeat(500)}。${'扶'.repeat(500)}`)).toEqual([]);
  });
});

describe('checkContentFiles', () => {
  it('passes the real content', () => {
    expect(checkContentFiles('content')).toEqual([]);
  });
  it('lists every problem of a folder, skipping drafts and hidden files', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'content-files-')), 'content');
    mkdirSync(join(dir, 'fr/cases'), { recursive: true });
    mkdirSync(join(dir, 'fr/_drafts'), { recursive: true });
    writeFileSync(join(dir, 'termbase.json'), '[]');
    writeFileSync(join(dir, 'README.md'), '# Guide');
    writeFileSync(join(dir, 'fr/cases/beta.mdx'), '---\n---\n');
    writeFileSync(join(dir, 'fr/cases/Beta.mdx'), '---\n---\n');
    writeFileSync(join(dir, 'fr/cases/gamma.md'), Uint8Array.from([0x4d, 0x6f, 0x64, 0xe8, 0x6c, 0x65]));
    writeFileSync(join(dir, 'fr/_drafts/Notes.md'), 'brouillon');
    writeFileSync(join(dir, 'fr/cases/.DS_Store'), '');
    try {
      expect(checkContentFiles(dir)).toEqual([
        'content/fr/cases/Beta.mdx and content/fr/cases/beta.mdx differ only by letter case: Astro would make them one page and drop one, and macOS and Windows cannot hold both; keep one, named in lowercase',
        'content/fr/cases/gamma.md: entries are MDX, a .md file makes no page; rename it to content/fr/cases/gamma.mdx',
        'content/fr/cases/gamma.md: is not valid UTF-8 (line 1, byte offset 3: 0xE8 0x6C 0x65); it looks like Latin-1 / Windows-1252 (these bytes read “è” in it); save it as UTF-8',
      ]);
    } finally {
      rmSync(dirname(dir), { recursive: true, force: true });
    }
  });
});
