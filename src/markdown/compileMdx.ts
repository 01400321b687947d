/**
 * The load-time MDX compiler: a plain entry (Markdown and HTML-like tags such
 * as `<span lang="zh-CN">`, which is every entry today) becomes HTML once,
 * when the content layer loads it, through the same remark and rehype steps
 * as @astrojs/mdx (plugins.ts) and MDX's own parser. Astro keeps that HTML in
 * its content cache, so pages render a stored string: no JavaScript module per
 * entry for Vite to bundle and hold, and an unchanged entry is not compiled
 * again on the next build.
 *
 * The basis tags (`<Source … />`, `<Reading />`, `<Outside … />`) look like
 * components but are data (src/markdown/basis.ts): they keep an entry plain.
 *
 * An entry that needs MDX as a program (an import or export, a `{expression}`,
 * a component such as `<Figure>`, an image next to the file for Astro's image
 * pipeline) is not plain: `compilePlainMdx` returns undefined and the loader
 * hands that entry to @astrojs/mdx.
 */
import { dirname, relative } from 'node:path';
import { parseFrontmatter, rehypeHeadingIds, type MarkdownHeading } from '@astrojs/markdown-remark';
import { nodeTypes } from '@mdx-js/mdx';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList, type Processor } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { Recorded } from './hast.ts';
import type { Root as HastRoot } from 'hast';
import { entryPlugins } from './plugins.ts';
import { BASIS_TAGS } from './basis.ts';

export interface CompiledEntry {
  html: string;
  headings: MarkdownHeading[];
  /** What the plugins recorded (alignment, terms), read as `remarkPluginFrontmatter`. */
  recorded: Partial<Recorded>;
}

interface MdastNode {
  type: string;
  name?: string | null;
  url?: string;
  attributes?: { type: string; value?: unknown }[];
  children?: MdastNode[];
}

/** An HTML element name, as opposed to a component (`Figure`, `ui.Card`) or a fragment. */
const HTML_TAG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const PROGRAM_NODES = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
/** A URL Astro's image pipeline would resolve next to the entry (not `/public/…`, not a full URL). */
const NEXT_TO_FILE = /^(?!\/|[a-z][a-z0-9+.-]*:)/i;

/** Why an MDX tree needs @astrojs/mdx, or undefined when it is plain. */
export function needsMdxRuntime(tree: MdastNode): string | undefined {
  if (PROGRAM_NODES.has(tree.type)) return `${tree.type} node`;
  if (tree.type === 'mdxJsxFlowElement' || tree.type === 'mdxJsxTextElement') {
    // Basis tags are data, read and removed by remarkBasis.ts (a malformed one is reported there).
    if (tree.name && BASIS_TAGS.has(tree.name)) return undefined;
    if (!tree.name || !HTML_TAG.test(tree.name)) return `component <${tree.name ?? ''}>`;
    if (
      tree.attributes?.some(
        (a) => a.type !== 'mdxJsxAttribute' || (a.value !== null && a.value !== undefined && typeof a.value !== 'string'),
      )
    )
      return `expression attribute on <${tree.name}>`;
  }
  if (tree.type === 'image' && tree.url && NEXT_TO_FILE.test(tree.url)) return `image ${tree.url} next to the file`;
  for (const child of tree.children ?? []) {
    const reason = needsMdxRuntime(child);
    if (reason) return reason;
  }
  return undefined;
}

/** The MDX HTML-like tags, now that every step has seen them, become ordinary hast elements. */
function rehypeMdxTagsToElements() {
  interface Jsx {
    type: string;
    name: string;
    attributes: { name: string; value?: string | null }[];
    children?: Jsx[];
  }
  const convert = (node: Jsx): Jsx => {
    const children = node.children?.map(convert);
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return children ? Object.assign(node, { children }) : node;
    const properties = Object.fromEntries(node.attributes.map((a) => [a.name, a.value ?? true]));
    return h(node.name, properties, (children ?? []) as never) as unknown as Jsx;
  };
  return (tree: HastRoot) => {
    convert(tree as unknown as Jsx);
  };
}

/** Elements that cannot hold text: MDX's JSX drops the whitespace between their children, and so do we. */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

function rehypeTableWhitespace() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node) => {
      if (TABLE_PARTS.has(node.tagName)) node.children = node.children.filter((c) => c.type !== 'text' || c.value.trim() !== '');
    });
  };
}

const processors = new Map<string, Processor<never, never, never, never, never>>();

function processorFor(contentDir: string) {
  let processor = processors.get(contentDir);
  if (!processor) {
    const { remarkPlugins, rehypePlugins } = entryPlugins(contentDir);
    processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkGfm)
      .use(remarkPlugins as PluggableList)
      // MDX's own node types go through untouched, as in @mdx-js/mdx.
      .use(remarkRehype, { passThrough: [...nodeTypes] })
      .use(rehypePlugins as PluggableList)
      // As in @astrojs/mdx: heading ids and the headings list after the entry's own steps.
      .use(rehypeHeadingIds)
      .use(rehypeMdxTagsToElements)
      .use(rehypeTableWhitespace)
      .freeze() as unknown as Processor<never, never, never, never, never>;
    processors.set(contentDir, processor);
  }
  return processor;
}

/** An MDX syntax error as `content/fr/x.mdx:12:5: …`, like the other content errors. */
function located(error: unknown, label: string): Error {
  if (error && typeof error === 'object' && 'line' in error && 'reason' in error && typeof error.reason === 'string') {
    const { line, column } = error as { line?: number; column?: number };
    const where = line ? `${label}:${line}${column ? `:${column}` : ''}` : label;
    return new Error(`${where}: ${error.reason}`, { cause: error });
  }
  return error instanceof Error ? error : new Error(`${label}: ${String(error)}`);
}

/**
 * Compiles one entry file's text (front matter included) to HTML, or returns
 * undefined when the entry needs @astrojs/mdx (see `needsMdxRuntime`).
 */
export async function compilePlainMdx(source: string, filePath: string, contentDir: string): Promise<CompiledEntry | undefined> {
  // Front matter blanked line for line, so that errors name the file's own lines.
  const { content } = parseFrontmatter(source, { frontmatter: 'empty-with-lines' });
  const file = new VFile({ value: content, path: filePath, data: { astro: { frontmatter: {} } } });
  const processor = processorFor(contentDir);
  const label = relative(dirname(contentDir), filePath);
  try {
    const tree = processor.parse(file) as unknown as MdastNode;
    if (needsMdxRuntime(tree)) return undefined;
    const hast = (await processor.run(tree as never, file)) as unknown as HastRoot;
    return {
      html: toHtml(hast, { collapseEmptyAttributes: true }),
      headings: file.data.astro?.headings ?? [],
      recorded: (file.data.astro?.frontmatter ?? {}) as Partial<Recorded>,
    };
  } catch (error) {
    throw located(error, label);
  }
}
