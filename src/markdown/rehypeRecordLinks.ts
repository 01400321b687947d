/**
 * Records the links an author wrote in an entry (`[text](/models/x/)`,
 * `<a href>`), with their line and column in the MDX file, so the loader
 * checks them against the entries and the termbase and reports a dead link
 * at the line that holds it. Runs before the steps that add links of their
 * own (term links), which carry no position.
 */
import { visit } from 'unist-util-visit';
import { record, tagOf, type Nodes, type Root, type VFile } from './hast.ts';

function hrefOf(node: Nodes): string | undefined {
  if (node.type === 'element') return typeof node.properties.href === 'string' ? node.properties.href : undefined;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const value = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'href')?.value;
    return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}

export function rehypeRecordLinks() {
  return (tree: Root, file: VFile) => {
    const links: { href: string; line: number; column: number }[] = [];
    visit(tree, (node: Nodes) => {
      if (tagOf(node) !== 'a' || !node.position) return;
      const href = hrefOf(node);
      if (href !== undefined) links.push({ href, line: node.position.start.line, column: node.position.start.column });
    });
    record(file, 'links', links);
  };
}
