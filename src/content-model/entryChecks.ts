/**
 * The authoring checks the entries loader runs (src/content-loader/entriesLoader.ts),
 * each returning `Problem`s with the file, line and column an author edits
 * (src/content-model/problems.ts):
 *
 * - `textProblems`: a `#` heading, a TODO placeholder left by `npm run new`;
 * - `frontMatterProblems`: the schema's complaints, at the line of the field,
 *   with a fix (the allowed keys, the expected format, the closest value);
 * - `locateFields`: cross-entry problems (entries.ts) placed at their field;
 * - `linkProblems`: links written in an entry, checked against the entries,
 *   the site's own pages, the termbase (glossary anchors) and the blocks of
 *   the target entry (section anchors), at the line of the link.
 *
 * Pure code (no Astro import).
 */
import type { z } from 'astro/zod';
import { blockIds } from './alignment.ts';
import { closest, didYouMean, fieldPosition, type Problem } from './problems.ts';
import type { EntryProblem } from './entries.ts';

/** The marker `npm run new` leaves where the author has to write: the build refuses an entry that still holds one. */
export const PLACEHOLDER = 'TODO';

const FRONT_MATTER = /^---\r?\n(?:[\s\S]*?\r?\n)?---/;

/** A `#` heading and any TODO placeholder, by line. */
export function textProblems(source: string, file: string): Problem[] {
  const problems: Problem[] = [];
  const bodyStart = FRONT_MATTER.exec(source)?.[0].length ?? 0;
  const lines = source.split('\n');
  let offset = 0;
  for (const [i, line] of lines.entries()) {
    if (offset >= bodyStart && /^#\s/.test(line))
      problems.push({
        file,
        line: i + 1,
        column: 1,
        problem: `"${line.trim()}" is a \`#\` heading: an entry has no # heading (the page title is the front matter's title)`,
        fix: 'make it a `## ` section heading, or remove it',
      });
    for (const m of line.matchAll(new RegExp(`\\b${PLACEHOLDER}\\b`, 'g')))
      problems.push({
        file,
        line: i + 1,
        column: m.index + 1,
        problem: `placeholder "${PLACEHOLDER}" left in the text (${offset + m.index < bodyStart ? 'front matter' : 'body'})`,
        fix: 'replace it with your text (see the comment next to it and content/README.md)',
      });
    offset += line.length + 1;
  }
  return problems;
}

/** The keys each object of the front matter may have. */
const ALLOWED_KEYS: Record<string, string[]> = {
  '': ['title', 'summary', 'kind', 'order', 'model', 'actors', 'places', 'events', 'figures', 'source'],
  actors: ['term', 'type'],
  places: ['province', 'prefecture', 'county'],
  events: ['date', 'label'],
  figures: ['value', 'label'],
  source: ['title', 'site', 'date'],
};

const FIELD_HINTS: Record<string, string> = {
  title: 'title: the page title, in the page language',
  summary: 'summary: 1–2 sentences in the page language (the definition: 2–3)',
  kind: 'kind: definition, model, case or reference',
  order: 'order: the position among the entries of the same kind (1, 2, 3…)',
  actors: 'actors: a list of { term, type } (may be [])',
  places: 'places: a list of { province, prefecture?, county? } termbase ids (may be [])',
  source: 'source: { title, site, date }',
  date: 'date: "YYYY" or "YYYY-MM-DD"',
  label: 'label: a short text in the page language',
  term: 'term: a termbase id',
  type: 'type: party-organ, government-office, ministry, state-enterprise, local-enterprise or local-government',
  province: 'province: a termbase id',
  value: 'value: a plain number',
  site: 'site: the source site',
  model: 'model: the file name of an entry in models/',
};

/** A correct value, for a field whose format was wrong. */
const EXAMPLES: Record<string, string> = {
  'events.date': 'for example date: "2021" or date: "2021-01-06" (year first)',
  'source.date': 'for example date: 2021-01-06 (year first)',
  order: 'a whole number: the position among the entries of the same kind (1, 2, 3…)',
  'figures.value': 'a plain number, without spaces or unit: value: 3000',
};

const valueAt = (data: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);

/** The schema's issues as problems at the line of their field, each with a fix. */
export function frontMatterProblems(issues: readonly z.core.$ZodIssue[], data: unknown, source: string, file: string): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    const path = issue.path;
    const name = path.filter((k) => typeof k === 'string').join('.') || 'front matter';
    const field = path.map(String).join('.');
    const at = (p: readonly PropertyKey[], atKey = false) => ({ file, ...fieldPosition(source, p, { atKey }) });
    if (issue.code === 'unrecognized_keys') {
      const parent = path.filter((k) => typeof k === 'string').join('.');
      const allowed = ALLOWED_KEYS[parent] ?? [];
      return issue.keys.map((key) => {
        const near = closest(key, allowed);
        return {
          ...at([...path, key], true),
          problem: `unknown field "${key}"${parent ? ` in ${parent}` : ''}`,
          fix: near ? `did you mean "${near}"? (allowed: ${allowed.join(', ')})` : `remove it (allowed: ${allowed.join(', ')})`,
        };
      });
    }
    const value = valueAt(data, path);
    const last = String(path.filter((k) => typeof k === 'string').at(-1) ?? '');
    if (value === undefined && issue.code === 'invalid_type')
      return [{ ...at(path.slice(0, -1)), problem: `missing field "${field}"`, fix: `add ${FIELD_HINTS[last] ?? `"${last}"`}` }];
    if (issue.code === 'invalid_value') {
      const values = issue.values.map(String);
      return [
        {
          ...at(path),
          problem: `${name}: "${String(value)}" is not allowed`,
          fix: `${didYouMean(String(value), values, 'allowed')}${closest(String(value), values) ? ` (allowed: ${values.join(', ')})` : ''}`,
        },
      ];
    }
    const [problem, ...fix] = issue.message.split('; ');
    return [
      {
        ...at(path),
        problem: `${field || name}: ${problem}`,
        fix:
          fix.join('; ') ||
          EXAMPLES[field.replace(/\.\d+\./g, '.')] ||
          (FIELD_HINTS[last] ? `write ${FIELD_HINTS[last]}` : 'see content/README.md, "Front matter"'),
      },
    ];
  });
}

/** Cross-entry problems placed at the line of their field, reading each file once. */
export function locateFields(problems: readonly EntryProblem[], read: (file: string) => string | undefined): Problem[] {
  const sources = new Map<string, string | undefined>();
  return problems.map(({ field, ...p }) => {
    if (!field || p.line) return p;
    if (!sources.has(p.file)) sources.set(p.file, read(p.file));
    const source = sources.get(p.file);
    return source === undefined ? p : { ...p, ...fieldPosition(source, field) };
  });
}

/** An entry as the link check sees it. */
export interface LinkedEntry {
  slug: string;
  filePath: string;
  /** Tag names of its top-level blocks (their ids are the section anchors, `#s2`); unknown for an entry not compiled here. */
  alignment?: readonly string[];
  links: readonly { href: string; line: number; column: number }[];
}

/** Pages of every language that are not entries, as language-neutral paths (`glossary/`); '' is the home page. The section pages (`cases/`) come from the entries' folders. */
export const SITE_PAGES = ['', 'glossary/', 'places/', 'timeline/'];

/**
 * Links written in entries: a site path (`/models/x/`, `/glossary/#id`) must
 * reach an entry or a page of the site, and its anchor a termbase id (the
 * glossary) or a block of the entry (`#s2`). Paths under `/list/` and
 * `/parallel/`, relative and external links are left to the check of the
 * built site.
 */
export function linkProblems(entries: readonly LinkedEntry[], termIds: readonly string[]): Problem[] {
  const bySlug = new Map(entries.map((e) => [`${e.slug}/`, e]));
  // A link's target in the same language, for its anchors (twins share them when they align).
  const byPath = new Map(entries.filter((e) => e.filePath).map((e) => [e.filePath, e]));
  const sameLanguage = (from: LinkedEntry, target: LinkedEntry) =>
    byPath.get(from.filePath.replace(/^([^/]+\/[^/]+\/).*$/, `$1${target.slug}.mdx`)) ?? target;
  // Each folder of entries has a section page (`/cases/`).
  const sections = [...new Set(entries.map((e) => `${e.slug.split('/')[0]}/`))];
  const pages = [...SITE_PAGES, ...sections];
  const paths = [...new Set([...bySlug.keys(), ...pages])];
  const problems: Problem[] = [];
  for (const entry of entries) {
    for (const link of entry.links) {
      const match = /^\/([^?#]*)(?:\?[^#]*)?(?:#(.*))?$/.exec(link.href);
      if (!match || link.href.startsWith('//')) continue;
      const [, path = '', anchor] = match;
      if (/^(list|parallel)\//.test(path)) continue;
      const at = { file: entry.filePath, line: link.line, column: link.column };
      const withSlash = path.endsWith('/') || path === '' ? path : `${path}/`;
      const found = bySlug.get(withSlash);
      const target = found && sameLanguage(entry, found);
      if (!target && !pages.includes(withSlash)) {
        const near = closest(withSlash, paths);
        problems.push({
          ...at,
          problem: `link "${link.href}" points to no page`,
          fix: near
            ? `did you mean "/${near}${anchor !== undefined ? `#${anchor}` : ''}"?`
            : 'links are language-neutral site paths such as /models/paired-assistance/ (the file path without content/<lang>/ and .mdx)',
        });
        continue;
      }
      if (path !== withSlash)
        problems.push({
          ...at,
          problem: `link "${link.href}" lacks its final slash`,
          fix: `write "/${withSlash}${anchor !== undefined ? `#${anchor}` : ''}"`,
        });
      if (!anchor) continue;
      if (withSlash === 'glossary/' && !termIds.includes(anchor)) {
        const near = closest(anchor, termIds);
        problems.push({
          ...at,
          problem: `link "${link.href}" points to a glossary anchor #${anchor} that does not exist: glossary anchors are termbase ids (content/termbase.json)`,
          fix: `${near ? `did you mean "#${near}"?` : `use a termbase id (${termIds.slice(0, 8).join(', ')}, …)`} A term's first mention on a page links to the glossary by itself: no link is needed`,
        });
      } else if (target?.alignment) {
        const ids = blockIds([...target.alignment]);
        if (!ids.includes(anchor))
          problems.push({
            ...at,
            problem: `link "${link.href}" points to a missing anchor #${anchor}: the sections of ${target.filePath} are ${
              ids
                .filter((id) => !id.includes('-'))
                .map((id) => `#${id}`)
                .join(', ') || 'none'
            }`,
            fix: `${didYouMean(anchor, ids, 'anchors')} (#s2 is the second ## section, #s2-1 its first paragraph), or link the page without an anchor`,
          });
      }
    }
  }
  return problems;
}
