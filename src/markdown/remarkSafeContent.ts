/**
 * Refuses, at build time, what the site's Content-Security-Policy would only
 * block in the reader's browser, and what a policy site has no use for:
 * raw `<script>` and `<style>`, `style` attributes, images from another
 * origin (Markdown `![](https://…)` or `<img src="https://…">`), and fenced
 * code blocks (Astro's highlighter writes inline styles; the site has no
 * code). Every problem of a file is listed, with its line.
 */
import { dirname, relative } from 'node:path';

interface Position {
  start: { line: number };
}
interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}
export interface MdastNode {
  type: string;
  name?: string | null;
  url?: string;
  identifier?: string;
  attributes?: Attribute[];
  children?: MdastNode[];
  position?: Position;
}

export interface UnsafeMarkup {
  line: number | undefined;
  problem: string;
}

const REMOTE = /^\s*(?:[a-z][a-z0-9+.-]*:)?\/\//i;
const URL_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'data']);

function attributeText(value: unknown): string {
  if (typeof value === 'string') return value;
  // `src={"https://…"}`: an expression; its source text is enough to spot a remote URL.
  if (value && typeof value === 'object' && 'value' in value && typeof value.value === 'string') return value.value.replace(/^[`'"]/, '');
  return '';
}

/** What in this MDX tree the site refuses. Pure: takes the tree, returns the problems in document order. */
export function findUnsafeMarkup(tree: MdastNode): UnsafeMarkup[] {
  const found: UnsafeMarkup[] = [];
  const definitions = new Map<string, string>();
  const walk = (node: MdastNode, visit: (n: MdastNode) => void) => {
    visit(node);
    node.children?.forEach((c) => walk(c, visit));
  };
  walk(tree, (n) => {
    if (n.type === 'definition' && n.identifier && n.url) definitions.set(n.identifier, n.url);
  });
  walk(tree, (node) => {
    const line = node.position?.start.line;
    const add = (problem: string) => found.push({ line, problem });
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = (node.name ?? '').toLowerCase();
      if (name === 'script') add('raw <script>: the site runs no script from an entry (its CSP would block it); remove it');
      if (name === 'style') add('raw <style>: entries take the site’s styles (its CSP would block this one); remove it');
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
        const attr = attribute.name.toLowerCase();
        if (attr === 'style') add(`style attribute on <${node.name}>: inline styles are blocked by the site’s CSP; remove it`);
        if (URL_ATTRIBUTES.has(attr) && REMOTE.test(attributeText(attribute.value)))
          add(
            `<${node.name} ${attr}="${attributeText(attribute.value)}"> loads from another site (nothing may leave the site’s origin); put the file in public/ and use its /path`,
          );
      }
    }
    if (node.type === 'html' && /<\s*(script|style)\b|\sstyle\s*=/i.test(String((node as { value?: unknown }).value)))
      add('raw HTML with <script>, <style> or style=: the site’s CSP blocks it; remove it');
    const image = node.type === 'image' ? node.url : node.type === 'imageReference' ? definitions.get(node.identifier ?? '') : undefined;
    if (image && REMOTE.test(image))
      add(`image ${image} loads from another site (nothing may leave the site’s origin); put the file in public/ and use its /path`);
    if (node.type === 'code')
      add('a code block: entries have none (syntax highlighting needs inline styles the CSP blocks); write it as text, or `inline code`');
  });
  return found;
}

interface VFileLike {
  path?: string;
}

/** The remark plugin: fails the file's compilation with `content/…/x.mdx:12: problem; fix` lines. */
export function remarkSafeContent(options: { contentDir: string }) {
  return (tree: MdastNode, file: VFileLike) => {
    const path = file.path?.replace(/\?.*$/, '');
    if (!path || relative(options.contentDir, path).startsWith('..')) return; // entries only
    const found = findUnsafeMarkup(tree);
    if (!found.length) return;
    const name = relative(dirname(options.contentDir), path);
    throw new Error(`Markup refused:\n  - ${found.map((f) => `${name}${f.line ? `:${f.line}` : ''}: ${f.problem}`).join('\n  - ')}`);
  };
}
