/**
 * Gives every top-level block of an entry a language-neutral id derived from
 * its position: `s2` for the second `##` section, `s2-3` for its third block.
 * A French entry and its Chinese twin written paragraph for paragraph thus
 * share ids. The block outline (tag names in order) is recorded in the
 * entry's frontmatter as `alignment`, so the twins can be compared.
 */
import { blockIds } from '../content-model/alignment.ts';

interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

interface File {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

export function rehypeAlignIds() {
  return (tree: Node, file: File) => {
    const blocks = (tree.children ?? []).filter((n): n is Node & { tagName: string } => n.type === 'element' && !!n.tagName);
    const ids = blockIds(blocks.map((b) => b.tagName));
    blocks.forEach((block, i) => {
      block.properties = { ...block.properties, id: ids[i] };
    });
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.alignment = blocks.map((b) => b.tagName);
  };
}
