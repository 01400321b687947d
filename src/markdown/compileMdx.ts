/**
 * The load-time MDX compiler: a plain entry (Markdown and HTML-like tags such
 * as `<span lang="zh-CN">`, which is every entry today) becomes HTML once,
 * when the content layer loads it, through the same remark and rehype steps
 * as @astrojs/mdx (plugins.ts) and MDX's own parser. Astro keeps that HTML in
 * its content cache, so pages render a stored string: no JavaScript module per
 * entry for Vite to bundle and hold, and an unchanged entry is not compiled
 * again on the next build.
 *
 * Every entry passes here first, and is checked before anything evaluates it:
 * its shape on the raw text (entryLimits.ts: nesting the parser would choke
 * on), then its tree right after parsing (remarkSafeContent.ts: no import,
 * export or `{expression}`, only the allowed tags, links and images; the
 * limits on headings, blocks and nesting). A refused entry never reaches
 * @astrojs/mdx, whose module would run its imports.
 *
 * An entry that needs Astro's image pipeline (an image next to the file) or a
 * tag the load-time compiler does not turn into HTML is not plain:
 * `compilePlainMdx` returns undefined and the loader hands that entry to
 * @astrojs/mdx.
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
import { AuthoringProblems, inFile, type LocatedProblem } from '../content-model/authoringProblem.ts';
import { rawShapeProblems } from './entryLimits.ts';
import { CHECKED, entryTreeProblems } from './remarkSafeContent.ts';

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

/** What MDX's parser says about an import or an expression it cannot read, said as the refusal it would get if it could. */
function programSyntaxProblem(error: { source?: unknown; ruleId?: unknown; line?: unknown; column?: unknown }): LocatedProblem | undefined {
  const at = {
    line: typeof error.line === 'number' ? error.line : undefined,
    column: typeof error.column === 'number' ? error.column : undefined,
  };
  if (error.source === 'micromark-extension-mdxjs-esm')
    return {
      ...at,
      problem:
        '`import`/`export`: entries are content, not programs (an import runs code on the build machine, from any module, local or remote)',
      fix: 'remove it (a line that starts with “import” or “export” is read as one: reword it)',
    };
  if (error.source === 'micromark-extension-mdx-expression')
    return {
      ...at,
      problem: '`{…}`: entries are content, not programs (an expression runs on the build machine)',
      fix: 'remove it; to write a brace as text, escape it: \\{ or \\}',
    };
  return undefined;
}

/** An MDX syntax error as `content/fr/x.mdx:12:5: …`, like the other content errors; any other failure named by its file. */
function located(error: unknown, label: string): Error {
  if (error instanceof AuthoringProblems) return error;
  if (error && typeof error === 'object' && 'line' in error && 'reason' in error && typeof error.reason === 'string') {
    const program = programSyntaxProblem(error);
    if (program) return new AuthoringProblems(inFile(label, [program]), 'Entries refused');
    const { line, column } = error as { line?: number; column?: number };
    const where = line ? `${label}:${line}${column ? `:${column}` : ''}` : label;
    return new Error(`${where}: ${error.reason}`, { cause: error });
  }
  if (error instanceof RangeError)
    return new AuthoringProblems(
      inFile(label, [
        {
          problem: `nested too deeply for the Markdown compiler (${error.message})`,
          fix: 'flatten its blockquotes, lists, emphasis or tags',
        },
      ]),
      'Entries refused',
    );
  return new Error(`${label}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}

/**
 * Compiles one entry file's text (front matter included) to HTML, or returns
 * undefined when the entry needs @astrojs/mdx (see `needsMdxRuntime`). Throws
 * `AuthoringProblems` (every problem of the entry, as data) for an entry the
 * site refuses.
 */
export async function compilePlainMdx(source: string, filePath: string, contentDir: string): Promise<CompiledEntry | undefined> {
  // Front matter blanked line for line, so that errors name the file's own lines.
  const { content } = parseFrontmatter(source, { frontmatter: 'empty-with-lines' });
  const file = new VFile({ value: content, path: filePath, data: { astro: { frontmatter: {} } } });
  const processor = processorFor(contentDir);
  const label = relative(dirname(contentDir), filePath).replaceAll('\\', '/');
  try {
    const shape = rawShapeProblems(content);
    if (shape.length) throw new AuthoringProblems(inFile(label, shape), 'Entries refused');
    const tree = processor.parse(file) as unknown as MdastNode;
    // Before anything else reads the tree: what the site refuses, as data.
    const refused = entryTreeProblems(tree);
    if (refused.length) throw new AuthoringProblems(inFile(label, refused), 'Entries refused');
    file.data[CHECKED] = true;
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
