/**
 * The entries' remark and rehype steps, in order: one list for both MDX
 * compilers, the load-time one (compileMdx.ts, every plain entry) and
 * @astrojs/mdx (an entry that needs JSX components or expressions; its
 * processor is set in astro.config.mjs).
 *
 * Term links come first so that French spacing also reaches their tooltips.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import { getTermbase } from '../content-model/termbase/load.ts';
import { termPinyin } from '../content-model/termbase/pinyin.ts';
import { rehypeAlignIds } from './rehypeAlignIds.ts';
import { rehypeBasis } from './rehypeBasis.ts';
import { remarkBasis } from './remarkBasis.ts';
import { rehypeFrenchSpacing } from './rehypeFrenchSpacing.ts';
import { rehypeRecordLinks } from './rehypeRecordLinks.ts';
import { rehypeScrollableTables } from './rehypeScrollableTables.ts';
import { rehypeTermLinks } from './rehypeTermLinks.ts';
import { remarkSafeContent } from './remarkSafeContent.ts';
import { remarkContentLint } from './remarkContentLint.ts';

export function entryPlugins(contentDir: string): { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } {
  return {
    // Raw <script>/<style>, style=, remote images and code blocks fail the build, naming file and line.
    remarkPlugins: [
      [remarkSafeContent, { contentDir }],
      // <Source … />, <Reading />, <Outside … /> read and removed: each block's basis (basis.ts).
      [remarkBasis, { contentDir }],
      // Typography (French spacing and apostrophes, Chinese punctuation, lang spans): every problem, by line.
      [remarkContentLint, { contentDir }],
    ],
    rehypePlugins: [
      rehypeRecordLinks,
      [rehypeTermLinks, { terms: getTermbase(), pinyin: termPinyin, contentDir }],
      rehypeFrenchSpacing,
      rehypeAlignIds,
      // After the ids: each block's basis recorded under its id, and its marker.
      [rehypeBasis, { contentDir }],
      rehypeScrollableTables,
    ],
  };
}
