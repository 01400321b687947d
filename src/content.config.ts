import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { entrySchema } from './content-model/schema.ts';
import { contentDir } from './content-model/contentDir.ts';

/** One MDX file per entry per language: content/<lang>/<kind folder>/<slug>.mdx */
const entries = defineCollection({
  loader: glob({ pattern: ['**/*.mdx', '!**/_*/**'], base: contentDir }),
  schema: entrySchema,
});

export const collections = { entries };
