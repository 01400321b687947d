/**
 * Rehype step applying French spacing (see frenchSpacing.ts) to the text of
 * French entries, skipping code and any element marked with another language.
 */
import { visitParents } from 'unist-util-visit-parents';
import { frenchSpacing } from '../i18n/frenchSpacing.ts';
import { langOf, pathOf, tagOf, type Root, type VFile } from './hast.ts';

const SKIP = new Set(['code', 'pre', 'script', 'style']);

/** Spaces the French text of a tree: text under no other-language element and outside code. */
function spaceFrenchText(tree: Root): void {
  visitParents(tree, 'text', (node, ancestors) => {
    if (ancestors.some((a) => SKIP.has(tagOf(a)))) return;
    const lang = ancestors.findLast((a) => langOf(a) !== undefined);
    if (lang && !langOf(lang)!.toLowerCase().startsWith('fr')) return;
    node.value = frenchSpacing(node.value);
  });
}

/** Applies to files under content/fr/. */
export function rehypeFrenchSpacing() {
  return (tree: Root, file: VFile) => {
    if (/\/content\/fr\//.test(pathOf(file))) spaceFrenchText(tree);
  };
}
