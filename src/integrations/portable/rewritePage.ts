/**
 * One built page made into a page of the portable edition, by splicing its
 * text where it must change (htmlparser2 finds the tags; every other byte,
 * inline styles and scripts included, is kept, so the policy's hashes still hold):
 * - links and sources naming the site (`/fr/x/`) become relative files
 *   (`../../fr/x/index.html`), since a `file://` folder does not open its index;
 * - the module scripts (refused from `file://`) become one classic script,
 *   the page's bundle of the same code (see scripts.ts);
 * - what only a served site can do goes: the offline-reading control and its
 *   worker's status box, the download link (the reader has the copy), the web
 *   app manifest and the sitemap (files the edition leaves out).
 */
import { Parser } from 'htmlparser2';
import { editionPath, rootFrom } from '../../components/portable/editionPaths.ts';

/** Elements dropped with their content: offline reading needs a served site; the download is this copy. */
const DROPPED = ['data-offline-status', 'data-offline-save', 'data-portable-download'];
const LINK_ATTRIBUTES = /(\s(?:href|src|poster|xlink:href)=")([^"]*)(")/g;

/** Stands for the page's bundle in the rewritten text until its name is known (it is named after the page's scripts). */
export const BUNDLE_PLACEHOLDER = '\u0000portable-bundle\u0000';

/**
 * `file`: the page's path in the edition (`fr/x/index.html`). Returns the page's text for the edition, whose
 * classic script is named BUNDLE_PLACEHOLDER (a path from the root), and the module scripts it replaces
 * (`/_astro/x.js`, in document order).
 */
export function rewritePage(html: string, file: string, options: { base: string }): { html: string; modules: string[] } {
  const up = rootFrom(file);
  const edits: { start: number; end: number; text: string }[] = [];
  let dropping: { name: string; start: number; depth: number } | undefined;
  let script: { start: number; first: boolean } | undefined;
  const modules: string[] = [];
  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        if (dropping) {
          if (name === dropping.name) dropping.depth++;
          return;
        }
        if (DROPPED.some((a) => a in attribs)) {
          dropping = { name, start, depth: 1 };
          return;
        }
        if (name === 'link' && (attribs.rel === 'manifest' || attribs.rel === 'sitemap')) {
          edits.push({ start, end, text: '' });
          return;
        }
        if (name === 'script' && attribs.type === 'module') {
          if (!attribs.src)
            throw new Error(
              `${file}: an inline module script; the portable edition needs every module script as a file (see vite.build.assetsInlineLimit in astro.config.mjs).`,
            );
          script = { start, first: modules.length === 0 };
          modules.push(attribs.src);
          return;
        }
        const tag = html.slice(start, end);
        const rewritten = tag.replace(LINK_ATTRIBUTES, (whole, before: string, value: string, after: string) => {
          const path = editionPath(value, options.base);
          return path === undefined ? whole : `${before}${up}${path}${after}`;
        });
        if (rewritten !== tag) edits.push({ start, end, text: rewritten });
      },
      onclosetag(name) {
        const end = parser.endIndex + 1;
        if (dropping) {
          if (name === dropping.name && --dropping.depth === 0) {
            edits.push({ start: dropping.start, end, text: '' });
            dropping = undefined;
          }
          return;
        }
        if (name === 'script' && script) {
          edits.push({ start: script.start, end, text: script.first ? `<script defer src="${up}${BUNDLE_PLACEHOLDER}"></script>` : '' });
          script = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  if (dropping) throw new Error(`${file}: <${dropping.name}> opened at offset ${dropping.start} is never closed.`);
  let out = '';
  let at = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    out += html.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return { html: out + html.slice(at), modules };
}
