/**
 * What the rehype plugins share: hast types (with the MDX JSX elements that an
 * `.mdx` body holds, such as `<span lang="zh-CN">`), the language a node
 * declares, and how a plugin records facts about the entry for the pages.
 */
import type { Element, Nodes, Root } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import type {} from '@astrojs/markdown-remark'; // its VFile `data.astro` typing

export type { Element, Nodes, Root, VFile };
type MdxJsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

const isMdxJsx = (node: Nodes): node is MdxJsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** The tag name of an element or MDX JSX element, lower-cased; '' for other nodes. */
export function tagOf(node: Nodes): string {
  if (node.type === 'element') return node.tagName.toLowerCase();
  if (isMdxJsx(node)) return (node.name ?? '').toLowerCase();
  return '';
}

/** The `lang` a node declares: a hast property, or an MDX JSX attribute. */
export function langOf(node: Nodes): string | undefined {
  if (node.type === 'element') return typeof node.properties.lang === 'string' ? node.properties.lang : undefined;
  if (isMdxJsx(node)) {
    const value = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'lang')?.value;
    return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}

/** The path of the file a plugin runs on. */
export const pathOf = (file: VFile): string => (file.path || file.history.at(-1) || '').replaceAll('\\', '/');

/**
 * What the plugins record about an entry, read by the pages through
 * `render(entry).remarkPluginFrontmatter` (src/content-loader/siteEntries.ts).
 */
export interface Recorded {
  /** Tag names of the top-level blocks, in order (rehypeAlignIds): twins must match. */
  alignment: string[];
  /** Ids of the termbase terms the body mentions, headings and links included, in termbase order (rehypeTermLinks). */
  terms: string[];
}

export function record<K extends keyof Recorded>(file: VFile, key: K, value: Recorded[K]): void {
  file.data.astro ??= {};
  file.data.astro.frontmatter ??= {};
  file.data.astro.frontmatter[key] = value;
}
