import { defineCollection } from 'astro:content';
import { entrySchema } from './content-model/schema.ts';
import { contentDir } from './content-model/contentDir.ts';
import { entriesLoader } from './content-loader/entriesLoader.ts';

/** One MDX file per entry per language: content/<lang>/<kind folder>/<slug>.mdx (files checked first, see loader.ts) */
const entries = defineCollection({
  loader: entriesLoader(contentDir, entrySchema),
  schema: entrySchema,
});

export const collections = { entries };
