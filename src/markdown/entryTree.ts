/**
 * The MDX tree of an entry as the entry checks read it (remarkSafeContent.ts,
 * entryLimits.ts), and a walk over it that uses no recursion: a tree nested
 * ten thousand deep is checked and refused, not a stack overflow.
 */

export interface Point {
  line: number;
  column?: number;
}
interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
  position?: { start: Point };
}
export interface MdastNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  depth?: number;
  identifier?: string;
  attributes?: Attribute[];
  children?: MdastNode[];
  position?: { start: Point };
}

/**
 * Calls `visit` on every node in document order, with its ancestors (root
 * first). `visit` returns false to skip the node's children.
 */
export function walk(tree: MdastNode, visit: (node: MdastNode, ancestors: readonly MdastNode[]) => boolean | void): void {
  const ancestors: MdastNode[] = [];
  const stack: { node: MdastNode; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    ancestors.length = depth;
    if (visit(node, ancestors) === false) continue;
    const children = node.children ?? [];
    ancestors.push(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, depth: depth + 1 });
  }
}

/** Line and column of a node, or of an attribute (falling back to its element). */
export function where(node: { position?: { start: Point } | undefined }, fallback?: { position?: { start: Point } | undefined }) {
  const start = node.position?.start ?? fallback?.position?.start;
  return { line: start?.line, column: start?.column };
}
