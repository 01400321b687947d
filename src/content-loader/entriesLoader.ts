/**
 * The entries loader: every content/<lang>/…/<slug>.mdx, checked, validated
 * and compiled once, then kept in Astro's content cache.
 *
 * - Before anything is read, the files of content/ are checked
 *   (`checkContentFiles`): a stray .md, a name in capitals, a file that is not
 *   UTF-8 or too large stops the build with every problem listed.
 * - Front matter is handed to the schema with dates as written: the YAML
 *   parser Astro uses reads `2021-02-30` as a Date and rolls it over to
 *   2 March; read with YAML's core schema it stays text, and the schema
 *   refuses it. Every entry is checked before the build stops, so all
 *   front-matter and MDX problems are listed at once (Astro stops at the first).
 * - Every entry is checked and compiled here (src/markdown/compileMdx.ts):
 *   imports, expressions and markup the site refuses stop the build before
 *   any module of the entry exists. A plain entry is stored as HTML with what
 *   the MDX steps recorded; one that needs Astro's image pipeline is left to
 *   @astrojs/mdx (`deferredRender`).
 *   The HTML itself is a file of the cache folder (`entries-html/<digest>.html`,
 *   read by compiledHtml.ts), not part of the store: Astro bundles the whole
 *   store into the build as one string, of which the HTML would be about half
 *   (docs/performance.md).
 * - Each entry's digest covers its text and everything its HTML depends on
 *   (the termbase, the Markdown steps' code, the installed packages), so a
 *   rebuild compiles only the entries whose digest changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse } from 'yaml';
import { checkContentFiles, listFiles } from '../content-model/contentFiles.ts';
import { compilePlainMdx } from '../markdown/compileMdx.ts';
import type { Recorded } from '../markdown/hast.ts';
import { blockPlaces, placedAlignmentProblems } from '../content-model/alignment.ts';
import { entryProblems, parseEntryId } from '../content-model/entries.ts';
import { frontMatterLint } from '../content-model/contentLint.ts';
import { frontMatterProblems, linkProblems, locateFields, textProblems } from '../content-model/entryChecks.ts';
import { problemsOf, throwIfAny, type Problem } from '../content-model/problems.ts';
import type { EntryData } from '../content-model/schema.ts';
import { getTermbase } from '../content-model/termbase/load.ts';
import { HTML_DIR, htmlFileOf } from './compiledHtml.ts';

const FRONT_MATTER = /^---\r?\n([\s\S]*?\r?\n)?---/;

/**
 * LOAD_TIME_MDX=off hands every entry to @astrojs/mdx, as if none were plain:
 * the other side of the test that both pipelines give the same pages
 * (tests/build/mdxPipelines.test.ts), and of the benchmark's comparison.
 */
const loadTimeMdx = process.env.LOAD_TIME_MDX !== 'off';

/** Front matter with every scalar as YAML 1.2 core reads it: no timestamps, so dates stay text. */
export function frontMatterAsWritten(source: string): Record<string, unknown> | undefined {
  const raw = FRONT_MATTER.exec(source)?.[1];
  if (raw === undefined) return undefined;
  const data: unknown = parse(raw, { schema: 'core' });
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
}

/** The entry's text after its front matter (parsed above: not parsed again to find where it ends). */
const bodyOf = (source: string) => source.slice(FRONT_MATTER.exec(source)?.[0].length ?? 0).trim();

/** What an entry's compiled HTML and its stored form depend on besides its own text. */
function pipelineDigest(root: string, contentDir: string): string {
  const hash = createHash('sha256');
  const markdown = join(root, 'src/markdown');
  for (const name of readdirSync(markdown).sort()) hash.update(name).update(readFileSync(join(markdown, name)));
  // This loader and compiledHtml.ts: how an entry is stored.
  for (const file of [
    join(contentDir, 'termbase.json'),
    // The source markers' labels (src/markdown/rehypeBasis.ts).
    join(root, 'src/i18n/fr.json'),
    join(root, 'src/i18n/zh-CN.json'),
    join(root, 'package-lock.json'),
    fileURLToPath(import.meta.url),
    fileURLToPath(new URL('./compiledHtml.ts', import.meta.url)),
    // The checks run on an entry when it is compiled: an entry is checked again when they change.
    fileURLToPath(new URL('../content-model/entryChecks.ts', import.meta.url)),
    fileURLToPath(new URL('../content-model/contentLint.ts', import.meta.url)),
    fileURLToPath(new URL('../content-model/problems.ts', import.meta.url)),
    fileURLToPath(new URL('../content-model/schema.ts', import.meta.url)),
  ])
    if (existsSync(file)) hash.update(readFileSync(file));
  return hash.digest('hex');
}

/** One entry's checks that need only its own text: a `#` heading, a placeholder, the typography lint, the front matter. */
function ownProblems(
  source: string,
  file: string,
  schema: z.ZodType,
): { problems: Problem[]; data?: Record<string, unknown>; valid: boolean } {
  const problems: Problem[] = [...textProblems(source, file), ...frontMatterLint(source, file)];
  let data: Record<string, unknown>;
  try {
    data = frontMatterAsWritten(source) ?? parseFrontmatter(source).frontmatter;
  } catch (error) {
    const pos = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    const reason = error instanceof Error ? error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') : String(error);
    problems.push({
      file,
      ...(pos ? { line: pos.line + 1, column: pos.col } : { line: 1 }),
      problem: `the front matter is not valid YAML (${reason})`,
      fix: 'check the indentation, the colons and the brackets, or copy the layout of another entry',
    });
    return { problems, valid: false };
  }
  const checked = schema.safeParse(data);
  if (!checked.success) problems.push(...frontMatterProblems(checked.error.issues, data, source, file));
  return { problems, data, valid: checked.success };
}

async function syncEntries(context: LoaderContext, contentDir: string, schema: z.ZodType): Promise<void> {
  const { store } = context;
  const top = dirname(contentDir);
  const label = (file: string) => relative(top, file).replaceAll('\\', '/');
  // Files that are not entries, not UTF-8 or too large: nothing else is read until they are fixed.
  throwIfAny(checkContentFiles(contentDir).flatMap((line) => problemsOf(new Error(line), label(contentDir))));
  const root = fileURLToPath(context.config.root);
  const pipeline = pipelineDigest(root, contentDir);
  const cacheDir = fileURLToPath(context.config.cacheDir);
  mkdirSync(join(cacheDir, HTML_DIR), { recursive: true });
  const problems: Problem[] = [];
  const invalid = new Set<string>();
  const seen = new Set<string>();
  let compiled = 0;
  for (const path of listFiles(contentDir).filter((p) => p.endsWith('.mdx'))) {
    const id = path.slice(0, -'.mdx'.length);
    const file = join(contentDir, path);
    const filePath = relative(root, file).replaceAll('\\', '/');
    const source = readFileSync(file, 'utf8');
    const digest = context.generateDigest(`${pipeline}\n${loadTimeMdx}\n${source}`);
    seen.add(id);
    const existing = store.get(id);
    if (
      existing?.digest === digest &&
      existing.filePath === filePath &&
      (existing.deferredRender || existsSync(htmlFileOf(cacheDir, digest)))
    ) {
      if (existing.deferredRender) store.addModuleImport(filePath);
      continue;
    }
    const own = ownProblems(source, label(file), schema);
    problems.push(...own.problems);
    if (own.problems.length) invalid.add(id);
    // The MDX is compiled even when the entry has problems, so that its syntax errors are listed too.
    try {
      const html = loadTimeMdx ? await compilePlainMdx(source, file, contentDir) : undefined;
      if (!own.valid || invalid.has(id)) continue;
      const parsed = await context.parseData({ id, data: own.data!, filePath: file });
      compiled += 1;
      const htmlFile = htmlFileOf(cacheDir, digest);
      if (html) writeFileSync(htmlFile, html.html);
      store.set({
        id,
        data: parsed,
        body: bodyOf(source),
        filePath,
        digest,
        ...(html
          ? { rendered: { html: '', metadata: { headings: html.headings, frontmatter: html.recorded, htmlFile } } }
          : { deferredRender: true }),
      });
    } catch (error) {
      invalid.add(id);
      problems.push(...problemsOf(error, label(file)));
    }
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  // Never keep an invalid entry in the content cache, where the next build would take it as checked.
  for (const id of invalid) store.delete(id);
  // The HTML of entries that changed or went away.
  const kept = new Set(store.values().map((e) => `${e.digest}.html`));
  for (const name of readdirSync(join(cacheDir, HTML_DIR))) if (!kept.has(name)) rmSync(join(cacheDir, HTML_DIR, name), { force: true });
  problems.push(...crossEntryProblems(store.values(), invalid, contentDir, label));
  throwIfAny(problems);
  context.logger.info(`${compiled} of ${seen.size} entries compiled (the others unchanged since the last build)`);
}

/**
 * What needs every entry: twins, models, terms, orders, alignment and links,
 * over the entries that loaded. A problem that only comes from an entry
 * refused above (its twin "missing", a model "unknown") is left out: that
 * entry's own problem is the one to fix.
 */
function crossEntryProblems(
  stored: { id: string; data: Record<string, unknown>; rendered?: { metadata?: { frontmatter?: Record<string, unknown> } } }[],
  invalid: ReadonlySet<string>,
  contentDir: string,
  label: (file: string) => string,
): Problem[] {
  const entries = stored.map((e) => {
    const recorded = (e.rendered?.metadata?.frontmatter ?? {}) as Partial<Recorded>;
    const { locale, slug } = parseEntryId(e.id);
    return {
      id: e.id,
      locale,
      slug,
      filePath: label(join(contentDir, `${e.id}.mdx`)),
      data: e.data as EntryData,
      compiled: e.rendered !== undefined,
      alignment: recorded.alignment ?? [],
      blockLines: recorded.blockLines ?? [],
      links: recorded.links ?? [],
    };
  });
  const invalidSlugs = new Set([...invalid].map((id) => parseEntryId(id).slug));
  const read = (file: string) => {
    try {
      return readFileSync(join(dirname(contentDir), file), 'utf8');
    } catch {
      return undefined;
    }
  };
  const terms = getTermbase(join(contentDir, 'termbase.json'));
  const termIds = [...terms.keys()];
  const slugOfFile = new Map(entries.map((e) => [e.filePath, e.slug]));
  const crossProblems = entryProblems(entries, new Set(termIds)).filter((p) => {
    if (/^no \S+ translation$/.test(p.problem)) return !invalidSlugs.has(slugOfFile.get(p.file) ?? '');
    const model = /^unknown model "(.*)"$/.exec(p.problem)?.[1];
    return model === undefined || !invalidSlugs.has(`models/${model}`);
  });
  // Entries compiled here (not those left to @astrojs/mdx) carry their outline and links.
  const compiled = entries.filter((e) => e.compiled).map((e) => ({ ...e, places: blockPlaces(e.blockLines, read(e.filePath) ?? '') }));
  const outlined = compiled.filter((e) => !invalidSlugs.has(e.slug));
  // An entry refused above or compiled by @astrojs/mdx is a page a link may reach, with anchors unknown here.
  const targets = [...invalidSlugs, ...entries.filter((e) => !e.compiled).map((e) => e.slug)];
  const linked = [...compiled, ...targets.map((slug) => ({ slug, filePath: '', links: [] }))];
  return [...locateFields(crossProblems, read), ...placedAlignmentProblems(outlined), ...linkProblems(linked, termIds)];
}

export function entriesLoader(contentDir: string, schema: z.ZodType): Loader {
  return {
    name: 'entries-loader',
    load: async (context) => {
      await syncEntries(context, contentDir, schema);
      // Dev server: an edited entry or termbase is synced again (unchanged entries keep their digest).
      context.watcher?.on('all', (_event, path) => {
        if (!path.startsWith(contentDir) || !/\.(mdx|json)$/.test(path)) return;
        syncEntries(context, contentDir, schema).catch((error: unknown) =>
          context.logger.error(error instanceof Error ? error.message : String(error)),
        );
      });
    },
  };
}
