/**
 * Parallel reading: an entry and its twin, rendered, are cut into their
 * aligned blocks (`s2`, `s2-3`: ids that rehypeAlignIds gave both versions)
 * and paired block by block. Each block loses its id, which the pair carries
 * instead, so that a page holding both versions has unique ids.
 *
 * The rendered HTML is cut where its top-level elements begin and end, as
 * parse5's tokenizer finds them (the parser under hast-util-from-html,
 * without building a tree): each block keeps its markup byte for byte, but
 * for the attributes rewritten here.
 */
import { Tokenizer, TokenizerMode, type TokenHandler } from 'parse5';

/** Attributes that hold an id or refer to ids, kept pointing at the renamed ones. */
const ID_ATTRIBUTES = new Set(['id', 'aria-describedby', 'aria-labelledby', 'aria-controls', 'for']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is raw text, as the HTML tree builder tells the tokenizer. */
const RAW_TEXT: Record<string, Tokenizer['state']> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  textarea: TokenizerMode.RCDATA,
  title: TokenizerMode.RCDATA,
};

export interface AlignedPair {
  /** The shared block id (`s2-3`). */
  id: string;
  /** True for section headings (`s2`). */
  heading: boolean;
  /** The block's HTML in each version, in the order given. */
  html: [string, string];
}

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** A change to the HTML: the text from `start` to `end` becomes `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The aligned blocks of a rendering, by id, in order: each block's id
 * removed, and every id inside it (a term's tooltip, say) and every
 * reference to one given a suffix, so the two versions on one page never
 * share one.
 */
function blocksOf(html: string, suffix: string): Map<string, string> {
  const blocks = new Map<string, string>();
  let depth = 0;
  let block: { id: string | undefined; start: number; edits: Edit[] } | undefined;
  const close = (end: number) => {
    if (block?.id !== undefined) {
      let text = '';
      let at = block.start;
      for (const edit of block.edits) {
        text += html.slice(at, edit.start) + edit.text;
        at = edit.end;
      }
      blocks.set(block.id, text + html.slice(at, end));
    }
    block = undefined;
  };
  const ignore = () => {};
  const handler: TokenHandler = {
    onComment: ignore,
    onDoctype: ignore,
    onEof: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
    onStartTag(token) {
      const location = token.location!;
      if (depth === 0) {
        const id = token.attrs.find((a) => a.name === 'id')?.value;
        block = { id: id !== undefined && /^s\d+(-\d+)?$/.test(id) ? id : undefined, start: location.startOffset, edits: [] };
      }
      for (const attr of token.attrs) {
        const at = location.attrs?.[attr.name];
        if (!block || !at || !ID_ATTRIBUTES.has(attr.name)) continue;
        // The block's own id: dropped with the space before it; any other id or reference: suffixed.
        if (depth === 0 && attr.name === 'id')
          block.edits.push({
            start: /\s/.test(html[at.startOffset - 1] ?? '') ? at.startOffset - 1 : at.startOffset,
            end: at.endOffset,
            text: '',
          });
        else {
          const value = attr.value
            .split(/\s+/)
            .filter(Boolean)
            .map((ref) => `${ref}-${suffix}`)
            .join(' ');
          block.edits.push({ start: at.startOffset, end: at.endOffset, text: `${attr.name}="${escapeAttribute(value)}"` });
        }
      }
      const raw = RAW_TEXT[token.tagName];
      if (raw !== undefined) tokenizer.state = raw;
      if (VOID.has(token.tagName) || token.selfClosing) {
        if (depth === 0) close(location.endOffset);
      } else depth++;
    },
    onEndTag(token) {
      if (VOID.has(token.tagName)) return;
      depth = Math.max(depth - 1, 0);
      if (depth === 0) close(token.location!.endOffset);
    },
  };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler);
  tokenizer.write(html, true);
  return blocks;
}

/**
 * Pairs the aligned blocks of two renderings; `suffixes` keep the ids inside
 * each version apart; `label` names the entry in the error.
 */
export function pairBlocks(first: string, second: string, label: string, suffixes: [string, string] = ['a', 'b']): AlignedPair[] {
  const a = blocksOf(first, suffixes[0]);
  const b = blocksOf(second, suffixes[1]);
  const ids = [...a.keys()];
  if (ids.length === 0 || ids.join() !== [...b.keys()].join())
    throw new Error(`${label}: the two versions do not have the same aligned blocks (${ids.join(' ')} | ${[...b.keys()].join(' ')})`);
  return ids.map((id) => ({ id, heading: !id.includes('-'), html: [a.get(id)!, b.get(id)!] }));
}
