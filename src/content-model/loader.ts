/**
 * The entries loader: Astro's glob loader for content/<lang>/…/<slug>.mdx, with
 * two additions.
 *
 * - Before anything is read, the files of content/ are checked
 *   (`checkContentFiles`): a stray .md, a name in capitals, a file that is not
 *   UTF-8 or too large stops the build with every problem listed.
 * - Front matter is handed to the schema with dates as written: the YAML
 *   parser Astro uses reads `2021-02-30` as a Date and rolls it over to
 *   2 March; read with YAML's core schema it stays text, and the schema
 *   refuses it. Every entry is checked before the build stops, so all
 *   front-matter problems are listed at once (Astro stops at the first).
 */
import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import { checkContentFiles } from './contentFiles.ts';

const FRONT_MATTER = /^---\r?\n([\s\S]*?\r?\n)?---/;

/** Front matter with every scalar as YAML 1.2 core reads it: no timestamps, so dates stay text. */
export function frontMatterAsWritten(source: string): Record<string, unknown> | undefined {
  const raw = FRONT_MATTER.exec(source)?.[1];
  if (raw === undefined) return undefined;
  const data: unknown = parse(raw, { schema: 'core' });
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
}

export function entriesLoader(contentDir: string, schema: z.ZodType): Loader {
  const inner = glob({ pattern: ['**/*.mdx', '!**/_*/**'], base: contentDir });
  const label = (file: string) => relative(dirname(contentDir), file);
  return {
    name: 'entries-loader',
    load: async (context) => {
      const problems = checkContentFiles(contentDir);
      if (problems.length) throw new Error(`Content files refused:\n  - ${problems.join('\n  - ')}`);
      const invalid = new Map<string, string[]>();
      let firstLoad = true;
      await inner.load({
        ...context,
        parseData: (props) => {
          const asWritten = props.filePath ? frontMatterAsWritten(readFileSync(props.filePath, 'utf8')) : undefined;
          const data = (asWritten ?? props.data) as typeof props.data;
          const result = schema.safeParse(data);
          // After the first load (dev server edits), Astro's own error reports the problem.
          if (result.success || !firstLoad) return context.parseData({ ...props, data });
          const file = label(props.filePath ?? props.id);
          invalid.set(
            props.id,
            result.error.issues.map((i) => `${file}: ${i.path.join('.') || 'front matter'}: ${i.message}`),
          );
          return Promise.resolve(data);
        },
      });
      firstLoad = false;
      if (invalid.size) {
        // Never keep an invalid entry in the content cache, where the next build would take it as checked.
        for (const id of invalid.keys()) context.store.delete(id);
        throw new Error(`Front matter refused:\n  - ${[...invalid.values()].flat().join('\n  - ')}`);
      }
    },
  };
}
