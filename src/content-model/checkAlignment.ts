/**
 * Fails the build when an entry and its twin do not align block for block
 * (the outline is recorded by rehypeAlignIds at render time).
 */
import { render } from 'astro:content';
import { alignmentProblem } from './alignment.ts';
import type { Entry } from './load.ts';

export async function checkAlignment(entries: Entry[]): Promise<void> {
  const outline = async (e: Entry) => ((await render(e)).remarkPluginFrontmatter?.alignment as string[] | undefined) ?? [];
  const problems: string[] = [];
  for (const entry of entries.filter((e) => e.locale === 'fr')) {
    const twin = entries.find((e) => e.locale !== 'fr' && e.slug === entry.slug);
    if (!twin) continue; // reported by validateEntries
    const problem = alignmentProblem(await outline(entry), await outline(twin));
    if (problem) problems.push(`${twin.filePath}: does not align with ${entry.filePath}: ${problem}`);
  }
  if (problems.length) throw new Error(`Alignment check failed:\n  - ${problems.join('\n  - ')}`);
}
