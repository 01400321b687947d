/**
 * After rehypeAlignIds: every block that remarkBasis.ts marked (`data-basis`)
 * gets its language-neutral id (`s2-3`, or `s2-3.2` for the second item or
 * body row of block s2-3), is recorded in the entry's `bases` (so that twins
 * can be compared and pages can list who cites what), and ends with its
 * marker: a button, hidden until the reader turns sources on, that opens the
 * block's note (`popovertarget="basis-<key>"`, the notes are written by the
 * page: src/components/entry/BasisNotes.astro).
 *
 * The marker's text is in the entry's language, with the other language's
 * passage numbers tagged as such (第 3 段 on a French page is `lang="zh-CN"`).
 */
import { relative, sep } from 'node:path';
import { getLocale, isLocaleKey, type LangTag } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/index.ts';
import { basisKey, markerRuns, type Basis, type BlockBasis, type BlockKind } from './basis.ts';
import type { BasisData } from './remarkBasis.ts';
import { pathOf, record, type Element, type Root, type VFile } from './hast.ts';

const KIND: Record<string, BlockKind> = { p: 'p', li: 'li', tr: 'tr' };

/** The id of a block's note: one per distinct basis on a page. */
const noteId = (basis: Basis): string => `basis-${basisKey(basis)}`;

const text = (value: string) => ({ type: 'text' as const, value });

/** The marker button of a basis, in the page's language. */
function markerElement(basis: Basis, lang: LangTag): Element {
  const t = useTranslations(lang);
  const runs = markerRuns(basis, lang, { reading: t('basis.reading'), outside: t('basis.outside') });
  const children: Element['children'] = [
    { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [text(t('basis.markerPrefix'))] },
  ];
  runs.forEach((run, i) => {
    if (i > 0) children.push(text(' · '));
    children.push(
      run.lang === lang ? text(run.text) : { type: 'element', tagName: 'span', properties: { lang: run.lang }, children: [text(run.text)] },
    );
  });
  return {
    type: 'element',
    tagName: 'button',
    properties: {
      type: 'button',
      className: ['basis', `basis-${basis.type}`],
      popovertarget: noteId(basis),
      ariaExpanded: 'false',
      dataPagefindIgnore: '',
    },
    children,
  };
}

/** Where a block's marker goes: the end of a paragraph, of a list item's own text, of a row's last cell. */
function markerParent(block: Element): Element {
  if (block.tagName === 'tr') {
    const cells = block.children.filter((c): c is Element => c.type === 'element');
    return cells.at(-1) ?? block;
  }
  if (block.tagName === 'li') {
    const paragraphs = block.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'p');
    return paragraphs.at(-1) ?? block;
  }
  return block;
}

function appendMarker(block: Element, marker: Element) {
  const parent = markerParent(block);
  if (parent !== block || block.tagName !== 'li') {
    parent.children.push(marker);
    return;
  }
  // A tight list item: before a nested list, after the item's own text.
  const nested = parent.children.findIndex((c) => c.type === 'element' && (c.tagName === 'ul' || c.tagName === 'ol'));
  if (nested < 0) parent.children.push(marker);
  else {
    // Whitespace text before the nested list stays before it.
    let at = nested;
    while (at > 0 && parent.children[at - 1]?.type === 'text' && (parent.children[at - 1] as { value: string }).value.trim() === '') at--;
    parent.children.splice(at, 0, marker);
  }
}

export function rehypeBasis(options: { contentDir: string }) {
  return (tree: Root, file: VFile) => {
    const path = relative(options.contentDir, pathOf(file).replace(/\?.*$/, ''));
    const key = path.split(sep).join('/').split('/')[0] ?? '';
    if (path.startsWith('..') || !isLocaleKey(key)) return;
    const lang = getLocale(key).lang;
    const bases: BlockBasis[] = [];
    for (const top of tree.children) {
      if (top.type !== 'element') continue;
      const blockId = String(top.properties.id ?? '');
      let n = 0;
      const visit = (node: Element) => {
        const raw = node.properties.dataBasis;
        if (typeof raw === 'string') {
          delete node.properties.dataBasis;
          const data = JSON.parse(raw) as BasisData;
          const id = node === top ? blockId : `${blockId}.${++n}`;
          bases.push({ id, kind: KIND[node.tagName] ?? 'p', line: data.line, words: data.words, basis: data.basis });
          appendMarker(node, markerElement(data.basis, lang));
        }
        for (const child of node.children) if (child.type === 'element') visit(child);
      };
      visit(top);
    }
    record(file, 'bases', bases);
  };
}
