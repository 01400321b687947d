/**
 * The build's checks on where each block comes from, over the whole site at
 * once: the tags each entry carries (recorded by src/markdown/remarkBasis.ts
 * and rehypeBasis.ts) against the sources (content/sources/*.yaml).
 *
 * - every paragraph, list item and table body row has exactly one basis, in place
 *   (the per-entry problems the markdown steps recorded);
 * - a cited passage exists in that version of that source;
 * - `<Outside ref>` names a reference file;
 * - `of` names a text source, and is given when there are several;
 * - twins give the same basis to the same aligned block;
 * - every passage of a text source is cited by some entry or listed under `unused`.
 *
 * Pure: entries and sources in, `content/<path>:<line>: problem; fix` lines out.
 */
import { basisKey, basisTag, type Basis, type BasisProblem, type BlockBasis } from '../markdown/basis.ts';
import { textSources, type SourceVersion, type Sources, type TextSource } from '../content-model/sources.ts';

export interface BasedEntry {
  locale: string;
  slug: string;
  filePath: string;
  bases: readonly BlockBasis[];
  basisProblems: readonly BasisProblem[];
}

const VERSION_NAME: Record<SourceVersion, string> = { fr: 'French', 'zh-cn': 'Chinese' };
const ATTRIBUTE: Record<SourceVersion, 'fr' | 'zh'> = { fr: 'fr', 'zh-cn': 'zh' };
const passageName = (v: SourceVersion, n: number) => (v === 'fr' ? `§ ${n}` : `第 ${n} 段`);
const range = (count: number) => (count === 0 ? 'none' : count === 1 ? '1' : `1–${count}`);

/** The text source a `<Source>` basis cites, or why there is none. */
function citedSource(basis: Extract<Basis, { type: 'source' }>, sources: Sources): { source?: TextSource; problem?: string } {
  const texts = textSources(sources);
  if (basis.of !== undefined) {
    const found = sources.get(basis.of);
    if (found?.kind === 'text') return { source: found };
    if (found)
      return { problem: `of="${basis.of}" is a reference, not a text source; cite a reference with <Outside ref="${basis.of}" />` };
    return {
      problem: `of="${basis.of}": no text source has this id (${texts.length ? `known: ${texts.map((s) => s.id).join(', ')}` : 'there is none'}); fix the id, or add content/sources/${basis.of}.yaml`,
    };
  }
  if (texts.length === 1) return { source: texts[0] };
  if (!texts.length) return { problem: 'no text source to cite: add content/sources/<id>.yaml (kind: text), see content/README.md' };
  return { problem: `several text sources (${texts.map((s) => s.id).join(', ')}): say which with of="<source-id>"` };
}

/** A basis with its source made explicit, so that `<Source fr="4">` and `<Source of="x" fr="4">` compare equal. */
function resolvedKey(basis: Basis, sources: Sources): string {
  return basis.type === 'source' ? basisKey(basis, citedSource(basis, sources).source?.id) : basisKey(basis);
}

function blockProblems(entry: BasedEntry, block: BlockBasis, sources: Sources): string[] {
  const at = `${entry.filePath}:${block.line}`;
  const { basis } = block;
  if (basis.type === 'reading') return [];
  if (basis.type === 'outside') {
    const found = sources.get(basis.ref);
    if (found?.kind === 'reference') return [];
    if (found)
      return [
        `${at}: <Outside ref="${basis.ref}"> names a text source, not a reference; cite its passages with <Source of="${basis.ref}" … />`,
      ];
    const refs = [...sources.values()].filter((s) => s.kind === 'reference').map((s) => s.id);
    return [
      `${at}: <Outside ref="${basis.ref}">: no reference has this id (${refs.length ? `known: ${refs.join(', ')}` : 'there is none'}); fix the id, or add content/sources/${basis.ref}.yaml with kind: reference`,
    ];
  }
  const { source, problem } = citedSource(basis, sources);
  if (!source) return [`${at}: ${problem}`];
  const problems: string[] = [];
  for (const v of ['fr', 'zh-cn'] as const) {
    const count = source.versions[v].length;
    for (const n of v === 'fr' ? basis.fr : basis.zh)
      if (n > count)
        problems.push(
          `${at}: ${basisTag(basis)}: the ${VERSION_NAME[v]} version of ${source.id} has no passage ${n} (it has ${range(count)}); fix ${ATTRIBUTE[v]}="…" (the passages are listed in ${source.file})`,
        );
  }
  return problems;
}

/** Twins that give an aligned block different bases: named on the Chinese twin, French is the reference. */
function twinProblems(entries: readonly BasedEntry[], sources: Sources): string[] {
  const french = new Map(entries.filter((e) => e.locale === 'fr').map((e) => [e.slug, e]));
  const problems: string[] = [];
  for (const twin of entries) {
    const entry = twin.locale === 'fr' ? undefined : french.get(twin.slug);
    if (!entry) continue;
    const theirs = new Map(entry.bases.map((b) => [b.id, b]));
    for (const block of twin.bases) {
      const other = theirs.get(block.id);
      if (!other || resolvedKey(other.basis, sources) === resolvedKey(block.basis, sources)) continue;
      problems.push(
        `${twin.filePath}:${block.line}: block ${block.id} has ${basisTag(other.basis)} in French (${entry.filePath}:${other.line}, « ${other.words} ») but ${basisTag(block.basis)} in Chinese (« ${block.words} »); twins say the same thing: give both the same basis`,
      );
    }
  }
  return problems;
}

/** Passages of each text source that no entry cites and `unused` does not list, and `unused` passages that are cited. */
function coverageProblems(entries: readonly BasedEntry[], sources: Sources): string[] {
  const cited = new Map<string, string[]>(); // `${source} ${version} ${n}` → files
  for (const entry of entries)
    for (const block of entry.bases) {
      if (block.basis.type !== 'source') continue;
      const source = citedSource(block.basis, sources).source;
      if (!source) continue;
      for (const [v, numbers] of [
        ['fr', block.basis.fr],
        ['zh-cn', block.basis.zh],
      ] as const)
        for (const n of numbers) {
          const key = `${source.id} ${v} ${n}`;
          cited.set(key, [...new Set([...(cited.get(key) ?? []), entry.filePath])]);
        }
    }
  const problems: string[] = [];
  for (const source of textSources(sources)) {
    for (const v of ['fr', 'zh-cn'] as const) {
      source.versions[v].forEach((passage, i) => {
        const line = source.passageLines?.[v][i] ?? 1;
        const unused = source.unused.some((u) => u.version === v && u.n === passage.n);
        const by = cited.get(`${source.id} ${v} ${passage.n}`);
        if (!by && !unused)
          problems.push(
            `${source.file}:${line}: ${passageName(v, passage.n)} of the ${VERSION_NAME[v]} version (« ${passage.gist[v]} ») is cited by no entry and not listed under unused; cite it with <Source ${ATTRIBUTE[v]}="${passage.n}" /> where an entry says it, or list it under unused with the reason`,
          );
        if (by && unused)
          problems.push(
            `${source.file}:${line}: ${passageName(v, passage.n)} of the ${VERSION_NAME[v]} version is listed under unused but cited by ${by.join(', ')}; remove it from unused`,
          );
      });
    }
  }
  return problems;
}

/** Every provenance problem of the site, in file order per kind. */
export function provenanceProblems(entries: readonly BasedEntry[], sources: Sources): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    for (const p of entry.basisProblems) problems.push(`${entry.filePath}${p.line ? `:${p.line}` : ''}: ${p.problem}`);
    for (const block of entry.bases) problems.push(...blockProblems(entry, block, sources));
  }
  problems.push(...twinProblems(entries, sources));
  problems.push(...coverageProblems(entries, sources));
  return problems;
}
