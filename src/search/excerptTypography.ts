/**
 * Tidies an excerpt of the index for reading. Pagefind joins a page's
 * blocks with an ASCII « . » (or nothing), keeps the page title at the
 * head of the text and drops French narrow spaces; the reader should see
 * the page's own typography instead:
 * - the title, already the result's heading, is not repeated at its start;
 * - Chinese: blocks joined with 「。」, no space beside full-width punctuation,
 *   no opening quote or bracket left dangling at the cut;
 * - French: blocks joined with « · » where a sentence did not end, and the
 *   narrow spaces before `; : ! ?` and inside « » put back.
 * Works on runs of text with marks: the marks travel through the edits as
 * two control characters that no rule touches.
 */
export interface MarkedRun {
  text: string;
  mark: boolean;
}

const [OPEN, CLOSE] = ['\u0001', '\u0002'];
/** Optional mark boundary between two characters a rule looks at. */
const M = `[${OPEN}${CLOSE}]?`;
const MARKS = new RegExp(`[${OPEN}${CLOSE}]`, 'g');
const NOT_MARKS = new RegExp(`[^${OPEN}${CLOSE}]`, 'g');
const NNBSP = '\u202f';

export const tidyChinese = (text: string) =>
  text
    // Where two blocks met: after a closing quote or a Han character, a full stop.
    .replace(new RegExp(`(?<=[\\p{sc=Han}”’」》）]${M})(?:\\s*\\.)?\\s+(?=${M}[\\p{sc=Han}“‘「《（])`, 'gu'), '。')
    // No space beside full-width punctuation (the full stop a block already had stays alone).
    .replace(/\s*([。，、；：！？])(?:。|\s)*/gu, '$1')
    .replace(/[“‘「《（]+(?=\s*…?$)/u, '');

export const tidyFrench = (text: string) =>
  text
    .replace(new RegExp(`(?<=[\\p{L}\\d]${M})\\. (?=${M}\\p{Ll})`, 'gu'), ' · ')
    .replace(/[ \u00a0\u202f]*([;:!?])(?=\s|$)/g, `${NNBSP}$1`)
    .replace(/«[ \u00a0\u202f]*/g, `«${NNBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NNBSP}»`);

/** The text without the page title at its head, or without the title's end when the excerpt begins inside it. */
function withoutTitle(text: string, title: string): string {
  const plain = text.replace(MARKS, '');
  for (let i = 0; title.length - i >= Math.min(8, title.length); i++) {
    const tail = title.slice(i);
    if (plain.startsWith(tail) && (i === 0 || /[\s.。]/u.test(plain[tail.length] ?? ''))) {
      // Cut as many characters of the marked text as the title's end has, skipping the mark characters.
      let cut = 0;
      for (let n = 0; n < tail.length; cut++) if (text[cut] !== OPEN && text[cut] !== CLOSE) n++;
      const rest = text.slice(cut).replace(/^\s*[.。]?\s*/u, '');
      return rest.replace(MARKS, '') ? text.slice(0, cut).replace(NOT_MARKS, '') + rest : text;
    }
  }
  return text;
}

export function tidyExcerpt(runs: readonly MarkedRun[], lang: string, title: string): MarkedRun[] {
  const text = withoutTitle(
    runs
      .map((r) => (r.mark ? OPEN + r.text + CLOSE : r.text))
      .join('')
      .trim(),
    title.trim(),
  );
  const tidy = lang.startsWith('zh') ? tidyChinese(text) : tidyFrench(text);
  const out: MarkedRun[] = [];
  let mark = false;
  for (const piece of tidy.split(new RegExp(`([${OPEN}${CLOSE}])`))) {
    if (piece === OPEN || piece === CLOSE) mark = piece === OPEN;
    else if (piece) out.push({ text: piece, mark });
  }
  return out;
}
