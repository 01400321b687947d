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
