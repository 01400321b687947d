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
import { formatProblem, isAuthoringProblems } from '../content-model/authoringProblem.ts';
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
    join(root, 'package-lock.json'),
    fileURLToPath(import.meta.url),
    fileURLToPath(new URL('./compiledHtml.ts', import.meta.url)),
  ])
    if (existsSync(file)) hash.update(readFileSync(file));
  return hash.digest('hex');
}

async function syncEntries(context: LoaderContext, contentDir: string, schema: z.ZodType, reportAll: boolean): Promise<void> {
  const { store } = context;
  const problems = checkContentFiles(contentDir);
  if (problems.length) throw new Error(`Content files refused:\n  - ${problems.join('\n  - ')}`);
  const root = fileURLToPath(context.config.root);
  const label = (file: string) => relative(dirname(contentDir), file);
  const pipeline = pipelineDigest(root, contentDir);
  const cacheDir = fileURLToPath(context.config.cacheDir);
  mkdirSync(join(cacheDir, HTML_DIR), { recursive: true });
  const invalid = new Map<string, string[]>();
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
    let data: Record<string, unknown>;
    try {
      data = frontMatterAsWritten(source) ?? parseFrontmatter(source).frontmatter;
    } catch (error) {
      const message = `${label(file)}: front matter is not valid YAML: ${error instanceof Error ? error.message : String(error)}`;
      if (!reportAll) throw new Error(message, { cause: error });
      invalid.set(id, [message]);
      continue;
    }
    const checked = schema.safeParse(data);
    if (!checked.success && reportAll) {
      invalid.set(
        id,
        checked.error.issues.map((i) => `${label(file)}: ${i.path.join('.') || 'front matter'}: ${i.message}`),
      );
      continue;
    }
    try {
      // After the first load (dev server edits), Astro's own error reports a schema problem.
      const parsed = await context.parseData({ id, data, filePath: file });
      const html = loadTimeMdx ? await compilePlainMdx(source, file, contentDir) : undefined;
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
      if (!reportAll) throw error;
      invalid.set(
        id,
        isAuthoringProblems(error) ? error.problems.map(formatProblem) : [error instanceof Error ? error.message : String(error)],
      );
    }
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  // The HTML of entries that changed or went away.
  const kept = new Set(store.values().map((e) => `${e.digest}.html`));
  for (const name of readdirSync(join(cacheDir, HTML_DIR))) if (!kept.has(name)) rmSync(join(cacheDir, HTML_DIR, name), { force: true });
  if (invalid.size) {
    // Never keep an invalid entry in the content cache, where the next build would take it as checked.
    for (const id of invalid.keys()) store.delete(id);
    throw new Error(`Entries refused:\n  - ${[...invalid.values()].flat().join('\n  - ')}`);
  }
  context.logger.info(`${compiled} of ${seen.size} entries compiled (the others unchanged since the last build)`);
}

export function entriesLoader(contentDir: string, schema: z.ZodType): Loader {
  return {
    name: 'entries-loader',
    load: async (context) => {
      await syncEntries(context, contentDir, schema, true);
      // Dev server: an edited entry or termbase is synced again (unchanged entries keep their digest).
      context.watcher?.on('all', (_event, path) => {
        if (!path.startsWith(contentDir) || !/\.(mdx|json)$/.test(path)) return;
        syncEntries(context, contentDir, schema, false).catch((error: unknown) => context.logger.error(String(error)));
      });
    },
  };
}
