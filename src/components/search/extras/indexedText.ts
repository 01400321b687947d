/** The text Pagefind indexes from a built page: inside `data-pagefind-body`, without `data-pagefind-ignore` parts, scripts and styles. */
import { fromHtml } from 'hast-util-from-html';
import type { Nodes } from 'hast';

export function indexedText(html: string): string {
  const parts: string[] = [];
  const walk = (node: Nodes, inBody: boolean) => {
    if (node.type === 'text') {
      if (inBody) parts.push(node.value);
      return;
    }
    if (node.type !== 'root' && node.type !== 'element') return;
    let body = inBody;
    if (node.type === 'element') {
      const el = node;
      if (el.tagName === 'script' || el.tagName === 'style' || el.properties['dataPagefindIgnore'] !== undefined) return;
      if (el.properties['dataPagefindBody'] !== undefined) body = true;
    }
    for (const child of node.children) walk(child, body);
    if (body) parts.push(' ');
  };
  walk(fromHtml(html), false);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
