/**
 * Entries are content, not programs. An MDX file can import Node's modules
 * and run `{expressions}` on the build machine, and HTML can redirect, frame,
 * post or run script in the reader's browser; an entry needs none of it.
 * What an entry may contain is an allow-list, checked on the MDX tree before
 * anything evaluates it (compileMdx.ts calls it right after parsing; this
 * plugin runs it again in @astrojs/mdx, before MDX turns the tree into code):
 *
 * - Markdown with GFM (tables, strikethrough, autolinks, footnotes); no fenced
 *   or indented code blocks (Astro's highlighter writes inline styles; the site
 *   has no code);
 * - no `import`/`export` (mdxjsEsm) and no `{expression}` anywhere: in text,
 *   as a block, as an attribute value or a spread; a `{/* comment *\/}` is an
 *   expression too (MDX has no HTML comment), and is refused like the others;
 * - HTML-like tags from ALLOWED_ELEMENTS only, each with its own attributes,
 *   whose values are quoted text; the site's basis tags (SITE_TAGS), whose
 *   attributes remarkBasis.ts reads, with quoted values too;
 * - links to `http(s):`, `mailto:` or a path of the site (`/…`, `#…`),
 *   read as a browser would read them (`JaVaScRiPt&#58;` is `javascript:`);
 * - images that are files of the site: `/path` in public/, or a file next to
 *   the entry; never another site, never `data:`.
 *
 * Every problem of a file is listed with its line and column.
 */
import { dirname, relative } from 'node:path';
import { formatProblem, inFile, type LocatedProblem } from '../content-model/authoringProblem.ts';
import { walk, where, type MdastNode } from './entryTree.ts';
import { treeLimitProblems } from './entryLimits.ts';

export type { MdastNode } from './entryTree.ts';

/** HTML elements an entry may use, with the attributes each takes (values are text). */
const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  // A run in another language or script: `<span lang="zh-CN">府谷</span>` (the only tag entries use today).
  span: ['lang'],
  abbr: ['title', 'lang'],
  sub: [],
  sup: [],
  br: [],
};
/** The project's own tags (`<Source fr="4" zh="3" />`, `<Reading />`, `<Outside ref="id" />`): data read by a remark step, never components. */
const SITE_TAGS: ReadonlySet<string> = new Set(['Source', 'Reading', 'Outside']);

const ALLOWED_LIST = Object.entries(ALLOWED_ELEMENTS)
  .map(([name, attributes]) => (name === 'br' ? '<br />' : `<${name}${attributes.length ? ` ${attributes.join('/')}` : ''}>`))
  .join(', ');

/** Markdown node types an entry may hold (remark-parse, GFM, and MDX's tags). */
const ALLOWED_NODES = new Set([
  'root',
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'definition',
  'footnoteDefinition',
  'footnoteReference',
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'break',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
]);

/** Why some elements are refused, beyond "not one entries use". */
const REFUSED_BECAUSE: Record<string, string> = {
  meta: 'can redirect readers to another site (no security policy stops a refresh)',
  base: 'changes where every link of the page points',
  link: 'loads a stylesheet or other file into the page',
  form: 'sends what readers type to another address',
  iframe: 'embeds another page in this one',
  frame: 'embeds another page in this one',
  object: 'embeds a plug-in or another page',
  embed: 'embeds a plug-in or another page',
  a: 'is written in Markdown here: [text](/path/)',
  img: 'is written in Markdown here: ![description](/images/file.png)',
};

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** The URL without the controls and spaces a browser ignores in a scheme. */
const withoutBlanks = (url: string) => [...url].filter((c) => c.charCodeAt(0) > 0x20).join('');

/** The scheme a browser would read in a URL (after dropping tabs, line ends and leading controls), or undefined for a path. */
export function urlScheme(url: string): string | undefined {
  try {
    const parsed = new URL(url, 'https://site.invalid/page/');
    if (parsed.origin === 'https://site.invalid' && !SCHEME.test(withoutBlanks(url))) return undefined;
    return parsed.protocol;
  } catch {
    return 'invalid';
  }
}

/** Whether a URL leaves the site: a scheme other than none, or a `//host` path. */
const isRemote = (url: string) => /^\s*(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url);

export function linkProblem(url: string): Omit<LocatedProblem, 'line' | 'column'> | undefined {
  const scheme = urlScheme(url);
  if (scheme === undefined || LINK_SCHEMES.has(scheme)) return undefined;
  return {
    problem: `link to ${shorten(url)}: entries link only to pages of the site (/path/), http(s):// addresses and mailto:`,
    fix: scheme === 'javascript:' ? 'remove it (the site runs no script from an entry)' : 'link to a page or an http(s) address instead',
  };
}

function imageProblem(url: string): Omit<LocatedProblem, 'line' | 'column'> | undefined {
  if (isRemote(url) || urlScheme(url) === 'http:' || urlScheme(url) === 'https:')
    return {
      problem: `image ${shorten(url)} loads from another site (nothing may leave the site’s origin)`,
      fix: 'put the file in public/ and use its /path',
    };
  if (urlScheme(url) !== undefined)
    return {
      problem: `image ${shorten(url)} is not a file of the site`,
      fix: 'put the file in public/ and use its /path',
    };
  return undefined;
}

/** The text of an attribute: its string value, or '' for `{…}` and valueless attributes. */
function attributeText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function elementProblems(node: MdastNode, add: (at: { position?: MdastNode['position'] }, problem: string, fix: string) => void): void {
  const name = node.name ?? '';
  const shown = name ? `<${name}>` : 'a fragment <>…</>';
  const basis = SITE_TAGS.has(name);
  const lower = name.toLowerCase();
  const allowed = basis ? undefined : Object.hasOwn(ALLOWED_ELEMENTS, name) ? ALLOWED_ELEMENTS[name] : undefined;
  if (!basis && !allowed) {
    if (lower === 'script') return add(node, 'raw <script>: the site runs no script from an entry (its CSP would block it)', 'remove it');
    if (lower === 'style') return add(node, 'raw <style>: entries take the site’s styles (its CSP would block this one)', 'remove it');
    if (Object.hasOwn(REFUSED_BECAUSE, lower)) {
      const markdown = lower === 'a' || lower === 'img';
      return add(
        node,
        `${shown} ${REFUSED_BECAUSE[lower]}${markdown ? '' : `; entries use only ${ALLOWED_LIST}`}`,
        markdown ? 'write it in Markdown' : 'remove it',
      );
    }
    if (!name || !/^[a-z][a-z0-9]*$/.test(name))
      return add(
        node,
        `${shown} is not a tag of this site (entries are content, not programs: no components; the site’s own tags are ${[...SITE_TAGS].map((t) => `<${t} />`).join(', ')})`,
        'remove it and write its content in Markdown',
      );
    return add(
      node,
      `${shown} is not an element entries use (they use ${ALLOWED_LIST})`,
      'write it in Markdown, or remove the tag and keep its text',
    );
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      add(attribute, `${shown} with a {…} spread: attributes are quoted text, not expressions`, 'write each attribute as name="value"');
      continue;
    }
    const attr = attribute.name;
    if (attr.toLowerCase() === 'style') {
      add(attribute, `style attribute on ${shown}: inline styles are blocked by the site’s CSP`, 'remove it');
      continue;
    }
    if (/^on/i.test(attr)) {
      add(
        attribute,
        `event handler ${attr}= on ${shown} runs script (the site runs none from an entry; its CSP would block it)`,
        'remove it',
      );
      continue;
    }
    if (allowed && !allowed.includes(attr)) {
      add(
        attribute,
        `attribute ${attr}= on ${shown} is not one entries use (${shown} takes ${allowed.length ? allowed.join(', ') : 'none'})`,
        'remove it',
      );
      continue;
    }
    if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
      add(attribute, `${attr}={…} on ${shown}: attribute values are quoted text, not expressions`, `write ${attr}="…"`);
      continue;
    }
    if (allowed && typeof attribute.value !== 'string') {
      add(attribute, `${attr} on ${shown} has no value`, `write ${attr}="…"${attr === 'lang' ? ' (such as lang="zh-CN")' : ''}`);
      continue;
    }
    if (attr === 'lang' && !LANGUAGE_TAG.test(attributeText(attribute.value)))
      add(attribute, `lang="${shorten(attributeText(attribute.value))}" is not a language tag`, 'write one such as "zh-CN", "fr" or "en"');
  }
}

/** What in this MDX tree the site refuses. Pure: takes the tree, returns the problems in document order. */
export function findUnsafeMarkup(tree: MdastNode): LocatedProblem[] {
  const found: LocatedProblem[] = [];
  const add = (at: { position?: MdastNode['position'] }, problem: string, fix: string, fallback?: MdastNode): void => {
    found.push({ ...where(at, fallback), problem, fix });
  };
  walk(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(
          node,
          '`import`/`export`: entries are content, not programs (an import runs code on the build machine, from any module, local or remote)',
          `remove it; the site’s own tags (${[...SITE_TAGS].map((t) => `<${t} />`).join(', ')}) need no import`,
        );
        return false;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const code = (typeof node.value === 'string' ? node.value : '').trim();
        if (code === '' || /^\/\*[\s\S]*\*\/$/.test(code) || /^\/\/[^\n]*$/.test(code))
          add(
            node,
            '`{/* comment */}`: entries hold no expressions, comments included (MDX has no HTML comments either)',
            'delete it; keep notes outside content/, or in a folder whose name starts with _',
          );
        else
          add(
            node,
            `\`{${shorten(code)}}\`: entries are content, not programs (an expression runs on the build machine)`,
            'remove it; to write a brace as text, escape it: \\{ or \\}',
          );
        return false;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        elementProblems(node, (at, problem, fix) => add(at, problem, fix, node));
        return true;
      case 'code':
        add(
          node,
          'a code block: entries have none (syntax highlighting needs inline styles the CSP blocks)',
          'write it as text, or `inline code`',
        );
        return false;
      case 'link':
      case 'definition': {
        const problem = linkProblem(node.url ?? '');
        if (problem) add(node, problem.problem, problem.fix);
        return true;
      }
      case 'image': {
        const problem = imageProblem(node.url ?? '');
        if (problem) add(node, problem.problem, problem.fix);
        return true;
      }
      default:
        if (!ALLOWED_NODES.has(node.type)) {
          add(node, `${node.type} is not Markdown entries use`, 'remove it');
          return false;
        }
        return true;
    }
  });
  // A reference-style image's target is its definition, checked as a link there; as an image it must be a file of the site.
  const definitions = new Map<string, MdastNode>();
  walk(tree, (n) => void (n.type === 'definition' && n.identifier && definitions.set(n.identifier, n)));
  walk(tree, (n) => {
    if (n.type !== 'imageReference') return;
    const url = definitions.get(n.identifier ?? '')?.url;
    const problem = url === undefined ? undefined : imageProblem(url);
    if (problem) add(n, problem.problem, problem.fix);
  });
  return found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** Everything an entry's tree is refused for: unsafe markup, then shape limits. */
export function entryTreeProblems(tree: MdastNode): LocatedProblem[] {
  return [...findUnsafeMarkup(tree), ...treeLimitProblems(tree)].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

interface VFileLike {
  path?: string;
  data?: Record<string, unknown>;
}

/** Set on a file whose tree compileMdx.ts has already checked. */
export const CHECKED = 'entrySafetyChecked';

/** The remark plugin: fails the file's compilation with `content/…/x.mdx:12:5: problem; fix` lines. */
export function remarkSafeContent(options: { contentDir: string }) {
  return (tree: MdastNode, file: VFileLike) => {
    const path = file.path?.replace(/\?.*$/, '');
    if (!path || relative(options.contentDir, path).startsWith('..')) return; // entries only
    if (file.data?.[CHECKED]) return;
    const found = entryTreeProblems(tree);
    if (!found.length) return;
    const name = relative(dirname(options.contentDir), path).replaceAll('\\', '/');
    throw new Error(`Markup refused:\n  - ${inFile(name, found).map(formatProblem).join('\n  - ')}`);
  };
}
