/**
 * The typography lint of entries (content/README.md, "French" and "Chinese"),
 * over the MDX tree with each piece of text's language (the entry's, or the
 * `lang` of the span around it):
 * - French: straight apostrophes and quotes, the space before `: ; ! ?` and
 *   inside « », Chinese not wrapped in a `<span lang="zh-CN">`;
 * - Chinese: ASCII `, ; : ( ) ! ?` and `.` next to Han characters, spaces
 *   next to full-width punctuation, one space between Han characters and
 *   Latin letters or digits, Latin words not wrapped in a `lang` span.
 *
 * It runs in the build as a remark step (src/markdown/remarkContentLint.ts,
 * on the tree the compiler parses anyway) and in `npm run lint:content`
 * (scripts/lint-content.ts), whose `-- --fix` applies the fixes that are
 * certain. The body is linted, not the front matter; inline code, link URLs
 * and tag attributes are not text.
 */
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isScalar, parseDocument, visit } from 'yaml';
import { PLACEHOLDER } from './entryChecks.ts';
import type { Problem } from './problems.ts';
import { positionAt } from './problems.ts';

export interface Edit {
  /** Offsets in the file's text. */
  start: number;
  end: number;
  text: string;
}

export interface LintProblem extends Problem {
  /** The fix, when it is certain (applied by `npm run lint:content -- --fix`). */
  edit?: Edit;
}

interface MdNode {
  type: string;
  value?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** A piece of text of a paragraph or heading, with its language and where it is in the file (undefined: not exactly the source). */
interface Segment {
  text: string;
  lang: string;
  offset: number | undefined;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

const FRONT_MATTER = /^---\r?\n(?:[\s\S]*?\r?\n)?---/;
const FRONT_MATTER_BODY = /^---\r?\n([\s\S]*?\r?\n)?---/;

/** The text with its front matter blanked character for character: offsets stay those of the file. */
function blankFrontMatter(source: string): string {
  const fm = FRONT_MATTER.exec(source)?.[0] ?? '';
  return fm.replace(/[^\n]/g, ' ') + source.slice(fm.length);
}

const localeOfFile = (file: string) => (/\/zh-cn\//.test(file) ? 'zh-cn' : 'fr');

function langAttribute(node: MdNode): string | undefined {
  const value = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'lang')?.value;
  return typeof value === 'string' ? value.toLowerCase() : undefined;
}

/** Each block of phrasing content (paragraph, heading, table cell) as its segments in order. */
function blocksOf(tree: MdNode, locale: string): Segment[][] {
  const blocks: Segment[][] = [];
  const walkInline = (node: MdNode, lang: string, out: Segment[]) => {
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const exact = start !== undefined && end !== undefined && end - start === node.value!.length;
      out.push({ text: node.value!, lang, offset: exact ? start : undefined });
    } else if (node.type === 'inlineCode' || node.type === 'mdxTextExpression') {
      out.push({ text: ' ', lang: 'code', offset: undefined });
    } else if (node.type === 'break') {
      out.push({ text: ' ', lang: 'code', offset: undefined });
    } else {
      const inner = node.type === 'mdxJsxTextElement' ? (langAttribute(node) ?? lang) : lang;
      if (node.type === 'mdxJsxTextElement') out.push({ text: '', lang: 'tag', offset: undefined });
      for (const child of node.children ?? []) walkInline(child, inner, out);
      if (node.type === 'mdxJsxTextElement') out.push({ text: '', lang: 'tag', offset: undefined });
    }
  };
  const walkBlock = (node: MdNode, lang: string) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const segments: Segment[] = [];
      for (const child of node.children ?? []) walkInline(child, lang, segments);
      blocks.push(segments);
      return;
    }
    if (node.type === 'code' || node.type === 'html' || node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression') return;
    const inner = node.type === 'mdxJsxFlowElement' ? (langAttribute(node) ?? lang) : lang;
    for (const child of node.children ?? []) walkBlock(child, inner);
  };
  walkBlock(tree, locale);
  return blocks;
}

const HAN = /\p{Script=Han}/u;
const isFrench = (lang: string) => lang === 'fr' || lang.startsWith('fr-');
const isChinese = (lang: string) => lang.startsWith('zh');
/** Full-width punctuation of Chinese text. */
const FULL_WIDTH_PUNCTUATION = /[，。；：！？、（）《》“”【】「」]/u;
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '.': '。', '!': '！', '?': '？' };

/** Our rules over one block: problems at offsets in the file. */
function blockProblems(segments: Segment[], file: string, source: string, { markup = true } = {}): LintProblem[] {
  const problems: LintProblem[] = [];
  // The block's text, with the segment of each character, so that a rule sees its neighbours across spans.
  const chars: { ch: string; seg: Segment; at: number | undefined }[] = [];
  for (const seg of segments) {
    let unit = 0;
    for (const ch of seg.text) {
      chars.push({ ch, seg, at: seg.offset === undefined ? undefined : seg.offset + unit });
      unit += ch.length;
    }
  }
  /** Offset of a character in the file (undefined when its text is not exactly the source, e.g. an entity). */
  const offsetOf = (k: number): number | undefined => chars[k]!.at;
  const firstOffset = segments.find((s) => s.offset !== undefined)?.offset ?? 0;
  const add = (k: number, problem: string, fix: string, edit?: Omit<Edit, 'start'> & { start?: number }) => {
    const at = offsetOf(k) ?? firstOffset;
    problems.push({
      file,
      ...positionAt(source, at),
      problem,
      fix,
      ...(edit && offsetOf(k) !== undefined ? { edit: { start: edit.start ?? at, end: edit.end, text: edit.text } } : {}),
    });
  };
  const prevChar = (k: number) => {
    for (let j = k - 1; j >= 0; j--) if (chars[j]!.ch !== ' ') return chars[j]!.ch;
    return '';
  };
  const nextChar = (k: number) => {
    for (let j = k + 1; j < chars.length; j++) if (chars[j]!.ch !== ' ') return chars[j]!.ch;
    return '';
  };
  const context = (k: number) =>
    chars
      .slice(Math.max(0, k - 8), k + 9)
      .map((c) => c.ch)
      .join('')
      .trim();

  /** The last character of a run already reported (a Han run in French, a Latin word in Chinese). */
  let runEnd = -1;
  for (let k = 0; k < chars.length; k++) {
    const { ch, seg } = chars[k]!;
    const at = offsetOf(k);
    const before = chars[k - 1]?.ch ?? '';
    const after = chars[k + 1]?.ch ?? '';
    if (isFrench(seg.lang)) {
      if (ch === "'")
        add(
          k,
          `straight apostrophe in "${context(k)}"`,
          'write the typographic apostrophe ’',
          at === undefined ? undefined : { end: at + 1, text: '’' },
        );
      else if (ch === '"') add(k, `straight quote in "${context(k)}"`, 'write French quotation marks « … » (with a space inside)');
      else if (/[:;!?]/.test(ch) && /[\p{L}\p{N})»’]/u.test(before) && !(ch === ':' && /\d/.test(before) && /\d/.test(after)))
        add(
          k,
          `no space before "${ch}" in "${context(k)}"`,
          `put a space before "${ch}" (the build makes it a narrow no-break space)`,
          at === undefined ? undefined : { end: at, text: ' ' },
        );
      else if (ch === '«' && after && after !== ' ' && after !== '\u00a0' && after !== '\u202f')
        add(
          k,
          `no space after « in "${context(k)}"`,
          'put a space inside the guillemets: « texte »',
          at === undefined ? undefined : { start: at + 1, end: at + 1, text: ' ' },
        );
      else if (ch === '»' && before && before !== ' ' && before !== '\u00a0' && before !== '\u202f')
        add(
          k,
          `no space before » in "${context(k)}"`,
          'put a space inside the guillemets: « texte »',
          at === undefined ? undefined : { end: at, text: ' ' },
        );
      else if (markup && HAN.test(ch) && k > runEnd) {
        let end = k;
        while (
          end + 1 < chars.length &&
          chars[end + 1]!.seg === seg &&
          (HAN.test(chars[end + 1]!.ch) || FULL_WIDTH_PUNCTUATION.test(chars[end + 1]!.ch))
        )
          end++;
        const run = chars
          .slice(k, end + 1)
          .map((c) => c.ch)
          .join('');
        const endAt = offsetOf(end);
        add(
          k,
          `Chinese "${run}" in French text without a lang span`,
          `wrap it: <span lang="zh-CN">${run}</span>`,
          at === undefined || endAt === undefined ? undefined : { end: at + run.length, text: `<span lang="zh-CN">${run}</span>` },
        );
        runEnd = end;
      }
    }
    if (isChinese(seg.lang) || isChinese(chars[k + 1]?.seg.lang ?? '')) {
      // One space between Han and Latin or digits, also across a span's edge (`由 <span lang="fr">jumelage</span>`).
      const next = chars[k + 1];
      if (next && ((HAN.test(ch) && /[A-Za-z0-9]/.test(next.ch)) || (/[A-Za-z0-9]/.test(ch) && HAN.test(next.ch)))) {
        // The space goes on the Chinese side of a span's edge: outside the span.
        const where =
          next.seg !== seg && isChinese(next.seg.lang) && !isChinese(seg.lang) ? next.at : at === undefined ? undefined : at + ch.length;
        add(
          k,
          `no space between "${ch}" and "${next.ch}" in "${context(k)}"`,
          'put one space between Han characters and Latin letters or digits (2007 年, 每年至少 3000 户)',
          where === undefined ? undefined : { start: where, end: where, text: ' ' },
        );
      }
    }
    if (isChinese(seg.lang)) {
      const hanBefore = HAN.test(prevChar(k));
      const hanAfter = HAN.test(nextChar(k));
      if (/[,;:()!?]/.test(ch) && (hanBefore || hanAfter || (ch === ')' && FULL_WIDTH_PUNCTUATION.test(prevChar(k))))) {
        // The full-width mark takes its own room: spaces around it go.
        let start = k;
        let end = k;
        while (start > 0 && chars[start - 1]!.ch === ' ' && chars[start - 1]!.seg === seg) start--;
        while (end + 1 < chars.length && chars[end + 1]!.ch === ' ' && chars[end + 1]!.seg === seg) end++;
        const s = offsetOf(start);
        const e = offsetOf(end);
        add(
          k,
          `ASCII "${ch}" in Chinese text "${context(k)}"`,
          `write the full-width "${FULL_WIDTH[ch]}" (no space around it)`,
          s === undefined || e === undefined ? undefined : { start: s, end: e + 1, text: FULL_WIDTH[ch]! },
        );
      } else if (ch === '.' && hanBefore && !/\d/.test(after)) {
        add(
          k,
          `ASCII "." in Chinese text "${context(k)}"`,
          'write the full-width "。"',
          at === undefined ? undefined : { end: at + 1, text: '。' },
        );
      } else if (ch === '"' && (hanBefore || hanAfter)) {
        add(k, `ASCII quote in Chinese text "${context(k)}"`, 'write Chinese quotation marks “…”');
      } else if (ch === ' ' && (FULL_WIDTH_PUNCTUATION.test(before) || FULL_WIDTH_PUNCTUATION.test(after)) && before && after) {
        add(
          k,
          `space next to full-width punctuation in "${context(k)}"`,
          'remove the space (full-width punctuation carries its own room)',
          at === undefined ? undefined : { end: at + 1, text: '' },
        );
      } else if (markup && /[A-Za-z]/.test(ch) && k > runEnd) {
        let end = k;
        const inWord = (j: number) =>
          chars[j]?.seg === seg &&
          (/[A-Za-z0-9’'-]/.test(chars[j].ch) || (chars[j].ch === '.' && /[A-Za-z0-9]/.test(chars[j + 1]?.ch ?? '')));
        while (end + 1 < chars.length && inWord(end + 1)) end++;
        const word = chars
          .slice(k, end + 1)
          .map((c) => c.ch)
          .join('');
        // A host name (french.china.org.cn) belongs to no language.
        if (word.length > 1 && word !== PLACEHOLDER && !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(word))
          add(
            k,
            `Latin word "${word}" in Chinese text without a lang span`,
            `wrap it in <span lang="fr">…</span> (French) or <span lang="en">…</span> (English)`,
          );
        runEnd = end;
      }
    }
  }
  return problems;
}

/** The front-matter texts a reader sees (title, summary, event and figure labels), linted like the body, without the span rules. */
export function frontMatterLint(source: string, file: string): LintProblem[] {
  const raw = FRONT_MATTER_BODY.exec(source)?.[1];
  if (raw === undefined) return [];
  const start = source.indexOf('\n') + 1;
  let doc;
  try {
    doc = parseDocument(raw);
  } catch {
    return [];
  }
  if (doc.errors.length) return [];
  const locale = localeOfFile(file);
  const problems: LintProblem[] = [];
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (!['title', 'summary', 'label'].includes(String(key)) || !isScalar(pair.value) || typeof pair.value.value !== 'string') return;
      const { value, range, type } = pair.value;
      if (!range) return;
      const quote = type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE' ? 1 : 0;
      const at = start + range[0] + quote;
      // Offsets only when the text is written as is (no escapes, on one line): then a fix is certain.
      const exact = source.slice(at, at + value.length) === value;
      problems.push(...blockProblems([{ text: value, lang: locale, offset: exact ? at : undefined }], file, source, { markup: false }));
    },
  });
  return problems;
}

/** Every typography problem of a parsed body; `text` is what was parsed (offsets and lines are counted in it). */
export function lintTree(tree: unknown, text: string, file: string): LintProblem[] {
  const locale = localeOfFile(file);
  return blocksOf(tree as MdNode, locale)
    .flatMap((segments) => blockProblems(segments, file, text))
    .sort((a, b) => a.line! - b.line! || a.column! - b.column!);
}

/** Every typography problem of an entry's text (its language comes from its path), with edits at offsets of that text. */
export function lintEntry(source: string, file: string): LintProblem[] {
  const text = blankFrontMatter(source);
  let tree: unknown;
  try {
    tree = parser.parse(text);
  } catch {
    return []; // an MDX syntax error: the compiler names it
  }
  return [...frontMatterLint(source, file), ...lintTree(tree, text, file)];
}

/** The text with the fixes applied (those that overlap an earlier one are left for the next run). */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  let text = source;
  let floor = Infinity;
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    if (edit.end > floor) continue;
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    floor = edit.start;
  }
  return text;
}
