/**
 * Paragraph alignment of twin entries. Blocks are identified by position:
 * `s<section>` for a `##` heading, `s<section>-<n>` for the n-th block after it
 * (section 0 holds blocks before the first heading).
 */
export function blockIds(tags: string[]): string[] {
  let section = 0;
  let block = 0;
  return tags.map((tag) => {
    if (tag === 'h2') {
      section += 1;
      block = 0;
      return `s${section}`;
    }
    block += 1;
    return `s${section}-${block}`;
  });
}

/** Why two outlines (tag names in order) do not align, or undefined when they do. */
export function alignmentProblem(a: string[], b: string[]): string | undefined {
  const idsA = blockIds(a);
  const idsB = blockIds(b);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i])
      return a[i] && b[i]
        ? `block ${idsA[i]} is a <${a[i]}> in one version and a <${b[i]}> in the other`
        : `block ${idsA[i] ?? idsB[i]} exists in only one version (${a.length} blocks vs ${b.length})`;
  }
  return undefined;
}

export interface OutlinedEntry {
  locale: string;
  slug: string;
  filePath: string;
  /** Tag names of the entry's top-level blocks, as rehypeAlignIds recorded them. */
  alignment: readonly string[];
}

/** Every pair of twins that does not align, as `file: message` lines (the Chinese twin is named, French is the reference). */
export function alignmentProblems(entries: readonly OutlinedEntry[]): string[] {
  const french = new Map(entries.filter((e) => e.locale === 'fr').map((e) => [e.slug, e]));
  const problems: string[] = [];
  for (const twin of entries) {
    const entry = twin.locale === 'fr' ? undefined : french.get(twin.slug);
    if (!entry) continue; // a missing twin is reported by validateEntries
    const problem = alignmentProblem([...entry.alignment], [...twin.alignment]);
    if (problem) problems.push(`${twin.filePath}: does not align with ${entry.filePath}: ${problem}`);
  }
  return problems;
}
