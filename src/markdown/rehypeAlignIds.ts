/**
 * Gives every top-level block of an entry a language-neutral id derived from
 * its position: `s2` for the second `##` section, `s2-3` for its third block.
 * A French entry and its Chinese twin written paragraph for paragraph thus
 * share ids. The block outline (tag names in order) is recorded in the
 * entry's frontmatter as `alignment`, so the twins can be compared.
 */
import { blockIds } from '../content-model/alignment.ts';
import { record, type Element, type Root, type VFile } from './hast.ts';

export function rehypeAlignIds() {
  return (tree: Root, file: VFile) => {
    const blocks = tree.children.filter((n): n is Element => n.type === 'element');
    const ids = blockIds(blocks.map((b) => b.tagName));
    blocks.forEach((block, i) => {
      block.properties = { ...block.properties, id: ids[i] };
    });
    record(
      file,
      'alignment',
      blocks.map((b) => b.tagName),
    );
    // The line where each block starts: alignment problems name blocks by line and words, not by id.
    record(
      file,
      'blockLines',
      blocks.map((b) => b.position?.start.line ?? 0),
    );
  };
}
