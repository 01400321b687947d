/**
 * Reads the basis tags of an entry (`<Source … />`, `<Reading />`,
 * `<Outside … />`, see basis.ts) and removes them from the text. Each
 * paragraph, list item and table body row gets its basis as data, carried to
 * its HTML element (`data-basis`), where rehypeBasis.ts gives it its
 * language-neutral id, records it and writes its marker.
 *
 * Problems (a block without a basis, two bases on one block, a tag in the
 * wrong place, a malformed tag) are recorded, not thrown, so that the build
 * lists them with every other source problem of the site at once
 * (src/content-model/provenance.ts).
 */
import { relative } from 'node:path';
import { BASIS_TAGS, BASIS_USAGE, firstWords, parseBasisTag, type Basis, type BasisProblem, type TagAttribute } from './basis.ts';
import { pathOf, record, type VFile } from './hast.ts';

export interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: TagAttribute[];
  children?: MdNode[];
  position?: { start: { line: number } };
  data?: { hProperties?: Record<string, unknown> } & Record<string, unknown>;
}

/** What a block carries to rehypeBasis: its basis, the tag's line and its first words. */
export interface BasisData {
  basis: Basis;
  line: number;
  words: string;
}

const isTag = (n: MdNode) => (n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') && BASIS_TAGS.has(n.name ?? '');
const lineOf = (n: MdNode | undefined) => n?.position?.start.line;
const BLOCK_NAME = { p: 'paragraph', li: 'list item', tr: 'table row' } as const;

function textOf(node: MdNode): string {
  if (isTag(node)) return '';
  if (typeof node.value === 'string' && node.type !== 'html') return node.value;
  return (node.children ?? []).map(textOf).join(node.type === 'tableRow' ? ' | ' : '');
}

/**
 * Reads the tags of one entry tree, removes them and marks its blocks. Pure
 * apart from changing the tree: returns the problems in document order.
 */
export function readBasisTags(tree: MdNode): BasisProblem[] {
  const problems: BasisProblem[] = [];
  const used = new Set<MdNode>();

  /** The tags that are direct children of these containers, in order. */
  const tagsIn = (containers: MdNode[]) => containers.flatMap((c) => (c.children ?? []).filter(isTag).map((tag) => ({ tag, parent: c })));

  const mark = (block: MdNode, kind: keyof typeof BLOCK_NAME, containers: MdNode[], endsIn: MdNode | undefined) => {
    const tags = tagsIn(containers);
    tags.forEach((t) => used.add(t.tag));
    const words = firstWords(textOf(block));
    if (!tags.length) {
      problems.push({
        line: lineOf(block),
        problem: `${BLOCK_NAME[kind]} without a basis (« ${words} »); end its line with ${BASIS_USAGE}`,
      });
      return;
    }
    const bases: Basis[] = [];
    for (const { tag } of tags) {
      const parsed = parseBasisTag(tag.name!, tag.attributes ?? []);
      for (const p of parsed.problems) problems.push({ line: lineOf(tag), problem: p });
      if (parsed.basis) bases.push(parsed.basis);
    }
    if (tags.length > 1) {
      problems.push({
        line: lineOf(tags[1]!.tag),
        problem: `${BLOCK_NAME[kind]} with ${tags.length} basis tags (${tags.map((t) => `<${t.tag.name}>`).join(', ')}, « ${words} »); keep exactly one: split the block, or cite all its passages in one <Source fr="4 5" />`,
      });
      return;
    }
    const { tag, parent } = tags[0]!;
    const after = (parent.children ?? []).slice((parent.children ?? []).indexOf(tag) + 1);
    if (parent !== endsIn || after.some((n) => n.type !== 'text' || (n.value ?? '').trim() !== ''))
      problems.push({
        line: lineOf(tag),
        problem: `<${tag.name}> is not at the end of its ${BLOCK_NAME[kind]} (« ${words} »); move it to the end of the line`,
      });
    const basis = bases[0];
    if (!basis) return;
    const data: BasisData = { basis, line: lineOf(tag) ?? lineOf(block) ?? 0, words };
    block.data ??= {};
    block.data.hProperties = { ...block.data.hProperties, dataBasis: JSON.stringify(data) };
  };

  const walk = (node: MdNode, inList: boolean) => {
    if (node.type === 'paragraph' && !inList) mark(node, 'p', [node], node);
    if (node.type === 'listItem') {
      // The item's own text: its paragraphs, not the items of a list nested in it.
      const own = (node.children ?? []).filter((c) => c.type === 'paragraph');
      mark(node, 'li', own, own.at(-1));
    }
    if (node.type === 'table')
      // The first row holds the column labels, like a heading: no basis.
      (node.children ?? []).slice(1).forEach((row) => {
        const cells = row.children ?? [];
        mark(row, 'tr', cells, cells.at(-1));
      });
    // Headings and tables hold no other block; a stray tag there is reported below.
    if (node.type === 'heading' || node.type === 'table') return;
    for (const child of node.children ?? []) walk(child, inList || node.type === 'listItem');
  };
  walk(tree, false);

  const strip = (node: MdNode) => {
    if (!node.children) return;
    const kept: MdNode[] = [];
    for (const child of node.children) {
      if (!isTag(child)) {
        strip(child);
        kept.push(child);
        continue;
      }
      if (!used.has(child))
        problems.push({
          line: lineOf(child),
          problem: `<${child.name}> ${whereStray(node)}; basis tags end a paragraph, list item or table body row (headings carry none)`,
        });
      // The space before the tag goes with it.
      const previous = kept.at(-1);
      if (previous?.type === 'text' && previous.value !== undefined) previous.value = previous.value.replace(/\s+$/, '');
    }
    node.children = kept;
  };
  strip(tree);
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return problems;
}

function whereStray(parent: MdNode): string {
  if (parent.type === 'heading') return 'in a heading: remove it';
  if (parent.type === 'tableCell') return 'in the table’s first row (the column labels): remove it';
  if (parent.type === 'root') return 'on a line of its own: put it at the end of the line of the block it belongs to';
  return `inside <${parent.name ?? parent.type}>: move it out, to the end of the block's line`;
}

/** The remark plugin, for entries only (files under `contentDir`). */
export function remarkBasis(options: { contentDir: string }) {
  return (tree: unknown, file: VFile) => {
    const path = pathOf(file).replace(/\?.*$/, '');
    if (!path || relative(options.contentDir, path).startsWith('..')) return;
    record(file, 'basisProblems', readBasisTags(tree as MdNode));
  };
}
