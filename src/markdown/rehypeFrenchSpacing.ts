/**
 * Rehype step applying French spacing (see frenchSpacing.ts) to the text of
 * French entries, skipping code and any element marked with another language.
 */
import { frenchSpacing } from './frenchSpacing.ts';

interface Node {
  type: string;
  value?: string;
  tagName?: string;
  name?: string;
  properties?: Record<string, unknown>;
  /** MDX JSX elements (`<span lang="zh-CN">`) carry attributes instead of properties. */
  attributes?: { name?: string; value?: unknown }[];
  children?: Node[];
}

function langOf(node: Node): unknown {
  return node.properties?.lang ?? node.attributes?.find((a) => a.name === 'lang')?.value;
}

const SKIP = new Set(['code', 'pre', 'script', 'style']);

function walk(node: Node, french: boolean): void {
  const lang = langOf(node);
  const isFrench = typeof lang === 'string' ? lang.toLowerCase().startsWith('fr') : french;
  if (node.type === 'text' && isFrench && node.value) node.value = frenchSpacing(node.value);
  if (SKIP.has(node.tagName ?? node.name ?? '')) return;
  for (const child of node.children ?? []) walk(child, isFrench);
}

/** Applies to files under content/fr/. */
export function rehypeFrenchSpacing() {
  return (tree: Node, file: { path?: string; history?: string[] }) => {
    const path = (file.path ?? file.history?.at(-1) ?? '').replaceAll('\\', '/');
    if (/\/content\/fr\//.test(path)) walk(tree, true);
  };
}
