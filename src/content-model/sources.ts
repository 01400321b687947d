/**
 * The sources the entries rest on: one YAML file per source in
 * `content/sources/<id>.yaml`.
 *
 * - A text source (`kind: text`): an article in French and Chinese versions,
 *   each cut into passages numbered from 1 (« § n », “第 n 段”) with a gist in
 *   both languages; the passages no entry uses (`unused`, with the reason) and
 *   the differences between the versions.
 * - A reference (`kind: reference`): a fact from elsewhere (`<Outside ref>`),
 *   cited by title, publisher and year.
 *
 * Every problem is `content/sources/<file>:<line>: problem; fix`, all files at once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { z } from 'astro/zod';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { listFiles, encodingProblem } from './contentFiles.ts';

const bilingual = z.object({ fr: z.string().trim().min(1), 'zh-cn': z.string().trim().min(1) }).strict();
const perVersion = <T extends z.ZodType>(item: T) => z.object({ fr: item.optional(), 'zh-cn': item.optional() }).strict();
const passageNumber = z.number().int().positive();
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const realDay = (s: string) => DAY.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const date = z.string().refine(realDay, { message: 'not a real day written YYYY-MM-DD (quote it: date: "2021-01-06")' });
const version = z.enum(['fr', 'zh-cn']);

const passage = z.object({ n: passageNumber, gist: bilingual }).strict();

const textSource = z
  .object({
    id: z.string(),
    kind: z.literal('text'),
    title: bilingual,
    site: perVersion(z.string().trim().min(1)),
    url: perVersion(z.url()).optional(),
    date,
    versions: z.object({ fr: z.array(passage), 'zh-cn': z.array(passage) }).strict(),
    unused: z.array(z.object({ version, n: passageNumber, reason: bilingual }).strict()).default([]),
    differences: z
      .array(
        z
          .object({
            fr: z.string().trim().min(1),
            'zh-cn': z.string().trim().min(1),
            passages: z.object({ fr: z.array(passageNumber).default([]), 'zh-cn': z.array(passageNumber).default([]) }).strict(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

const reference = z
  .object({
    id: z.string(),
    kind: z.literal('reference'),
    title: bilingual,
    publisher: bilingual,
    year: z.number().int().min(1000).max(3000),
    url: z.url().optional(),
  })
  .strict();

const sourceSchema = z.discriminatedUnion('kind', [textSource, reference]);

/** Where a source was read: its file (`content/sources/x.yaml`) and, for a text source, the line of each passage. */
interface Located {
  file: string;
  passageLines?: Record<'fr' | 'zh-cn', number[]>;
}
export type TextSource = z.infer<typeof textSource> & Located;
export type Reference = z.infer<typeof reference> & Located;
export type Source = TextSource | Reference;
export type SourceVersion = z.infer<typeof version>;

/** The sources of a site, by id. */
export type Sources = ReadonlyMap<string, Source>;

/** The line (from 1) of the YAML node at `path`, or of its closest parent that exists. */
function lineAt(doc: Document, lines: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return lines.linePos(node.range[0]).line;
    if (n === 0 && doc.contents && 'range' in doc.contents && doc.contents.range) return lines.linePos(doc.contents.range[0]).line;
  }
  return undefined;
}

/** Checks a text source's own consistency: numbering, unused and differences naming passages that exist. */
function textProblems(source: TextSource): { path: (string | number)[]; problem: string }[] {
  const problems: { path: (string | number)[]; problem: string }[] = [];
  for (const v of ['fr', 'zh-cn'] as const) {
    source.versions[v].forEach((p, i) => {
      if (p.n !== i + 1)
        problems.push({
          path: ['versions', v, i, 'n'],
          problem: `passage ${p.n} comes in position ${i + 1} of the ${v} version; number the passages 1, 2, 3… in order`,
        });
    });
  }
  const exists = (v: SourceVersion, n: number) => source.versions[v].some((p) => p.n === n);
  source.unused.forEach((u, i) => {
    if (!exists(u.version, u.n))
      problems.push({
        path: ['unused', i, 'n'],
        problem: `the ${u.version} version has no passage ${u.n} (it has 1–${source.versions[u.version].length}); fix the number`,
      });
  });
  source.differences.forEach((d, i) => {
    for (const v of ['fr', 'zh-cn'] as const)
      d.passages[v].forEach((n, j) => {
        if (!exists(v, n))
          problems.push({
            path: ['differences', i, 'passages', v, j],
            problem: `the ${v} version has no passage ${n} (it has 1–${source.versions[v].length}); fix the number`,
          });
      });
  });
  return problems;
}

/** Parses one source file's text; `label` names it in messages (`content/sources/x.yaml`). */
export function parseSource(text: string, label: string): { source?: Source; problems: string[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, schema: 'core', prettyErrors: false });
  if (doc.errors.length)
    return {
      problems: doc.errors.map((e) => `${label}:${e.linePos?.[0]?.line ?? 1}: not valid YAML: ${e.message.split('\n')[0]}; fix the syntax`),
    };
  if (!isMap(doc.contents))
    return { problems: [`${label}:1: a source file is a YAML mapping (id:, kind:, title: …); see content/README.md`] };
  const at = (path: readonly PropertyKey[]) => `${label}:${lineAt(doc, lines, path) ?? 1}`;
  const data: unknown = doc.toJS();
  const checked = sourceSchema.safeParse(data);
  if (!checked.success)
    return {
      problems: checked.error.issues.map((i) => {
        const key = i.path.join('.') || 'file';
        const kindHint = i.path.length === 1 && i.path[0] === 'kind' ? ' (kind is text or reference)' : '';
        return `${at(i.path)}: ${key}: ${i.message}${kindHint}; fix it as described in content/README.md`;
      }),
    };
  const located: Located = { file: label };
  if (checked.data.kind === 'text') {
    const versions = checked.data.versions;
    located.passageLines = {
      fr: versions.fr.map((_, i) => lineAt(doc, lines, ['versions', 'fr', i]) ?? 1),
      'zh-cn': versions['zh-cn'].map((_, i) => lineAt(doc, lines, ['versions', 'zh-cn', i]) ?? 1),
    };
  }
  const source: Source = { ...checked.data, ...located };
  const problems: string[] = [];
  const expected = basename(label).replace(/\.yaml$/, '');
  if (source.id !== expected) {
    const idNode = doc.get('id', true);
    problems.push(`${at(isScalar(idNode) ? ['id'] : [])}: id "${source.id}" differs from the file name; write id: ${expected}`);
  }
  if (source.kind === 'text') for (const p of textProblems(source)) problems.push(`${at(p.path)}: ${p.problem}`);
  return problems.length ? { problems } : { source, problems };
}

/** Reads every `content/sources/*.yaml`; an absent folder means no sources. Throws with every problem listed. */
export function loadSources(contentDir: string): Sources {
  const dir = join(contentDir, 'sources');
  const sources = new Map<string, Source>();
  if (!existsSync(dir)) return sources;
  const problems: string[] = [];
  for (const name of listFiles(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const file = join(dir, name);
    const label = relative(dirname(contentDir), file).replaceAll('\\', '/');
    const bytes = readFileSync(file);
    const encoding = encodingProblem(bytes);
    if (encoding) {
      problems.push(`${label}: ${encoding}`);
      continue;
    }
    const parsed = parseSource(bytes.toString('utf8'), label);
    problems.push(...parsed.problems);
    if (parsed.source) sources.set(parsed.source.id, parsed.source);
  }
  if (problems.length) throw new Error(`Sources refused:\n  - ${problems.join('\n  - ')}`);
  return sources;
}

const CACHE = Symbol.for('dingdian-fupin.sources');

/** The sources, read and checked once per process (like the termbase: the config and the pages share it). */
export function getSources(contentDir: string): Sources {
  const store = globalThis as unknown as Record<symbol, Map<string, Sources> | undefined>;
  const cache = (store[CACHE] ??= new Map<string, Sources>());
  let sources = cache.get(contentDir);
  if (!sources) {
    sources = loadSources(contentDir);
    cache.set(contentDir, sources);
  }
  return sources;
}

export const textSources = (sources: Sources): TextSource[] => [...sources.values()].filter((s): s is TextSource => s.kind === 'text');
