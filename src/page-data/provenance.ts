/**
 * What the pages show of where blocks come from: the notes behind the
 * markers of an entry page (one per distinct basis on the page), and the
 * source page's list of passages with the pages that cite them.
 * Pure: bases and sources in, data for the components out.
 */
import { basisKey, chinesePassages, frenchPassages, type Basis, type BlockBasis, type MarkerRun } from '../markdown/basis.ts';
import { textSources, type Reference, type SourceVersion, type Sources, type TextSource } from '../content-model/sources.ts';
import type { LangTag, LocaleKey } from '../i18n/locales.ts';

/** A run of text and the language it is in, for text from the sources' files (gists, reasons, differences). */
export interface TextRun {
  text: string;
  /** Set on a run in the other language than the page's. */
  lang?: 'fr' | 'zh-CN';
}

/**
 * Text from a source file split so that Han text inside French (« le terme
 * 三到位 ») is its own run, tagged zh-CN; Chinese text stays one run (Latin
 * names in Chinese, such as CNPC, are not French). Han runs take the
 * punctuation and book-title marks around them.
 */
export function languageRuns(text: string, lang: LangTag): TextRun[] {
  if (lang !== 'fr') return [{ text }];
  const runs: TextRun[] = [];
  let last = 0;
  for (const m of text.matchAll(/[《“（]*\p{Script=Han}(?:[\p{Script=Han}\d、，。：；！？（）《》“”·\s]*[\p{Script=Han}》”）])?/gu)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index) });
    runs.push({ text: m[0], lang: 'zh-CN' });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}

/** The source page: the entry whose page lists every passage (content/<lang>/reference/source.mdx). */
export const SOURCE_PAGE_SLUG = 'reference/source';

const versionOf = (lang: LangTag): SourceVersion => (lang === 'fr' ? 'fr' : 'zh-cn');

interface GistLine {
  /** « § 4 », « 第 3 段 » or both, each in its language. */
  label: MarkerRun[];
  text: string;
}

export type NoteView =
  | {
      id: string;
      type: 'source';
      /** The cited passages as the marker shows them, each in its language. */
      passages: { fr: string | undefined; zh: string | undefined };
      gists: GistLine[];
      source: TextSource;
    }
  | { id: string; type: 'reading' }
  | { id: string; type: 'outside'; reference: Reference };

/** The note of one basis (ids as the markers' `popovertarget`, src/markdown/rehypeBasis.ts), or undefined when its source is unknown. */
function noteOf(basis: Basis, sources: Sources, lang: LangTag): NoteView | undefined {
  const id = `basis-${basisKey(basis)}`;
  if (basis.type === 'reading') return { id, type: 'reading' };
  if (basis.type === 'outside') {
    const reference = sources.get(basis.ref);
    return reference?.kind === 'reference' ? { id, type: 'outside', reference } : undefined;
  }
  const texts = textSources(sources);
  const source = basis.of ? texts.find((s) => s.id === basis.of) : texts.length === 1 ? texts[0] : undefined;
  if (!source) return undefined;
  const reader = versionOf(lang);
  // One line per passage, in the reader's language; a French and a Chinese passage with the same gist share one.
  const gists: GistLine[] = [];
  for (const [version, numbers] of [
    ['fr', basis.fr],
    ['zh-cn', basis.zh],
  ] as const)
    for (const n of numbers) {
      const passage = source.versions[version].find((p) => p.n === n);
      if (!passage) continue;
      const label: MarkerRun = version === 'fr' ? { text: frenchPassages([n]), lang: 'fr' } : { text: chinesePassages([n]), lang: 'zh-CN' };
      const same = gists.find((g) => g.text === passage.gist[reader]);
      if (same) same.label.push(label);
      else gists.push({ label: [label], text: passage.gist[reader] });
    }
  return {
    id,
    type: 'source',
    passages: {
      fr: basis.fr.length ? frenchPassages(basis.fr) : undefined,
      zh: basis.zh.length ? chinesePassages(basis.zh) : undefined,
    },
    gists,
    source,
  };
}

/** The notes of a page showing these entries' blocks: one per distinct basis, in order of first use. */
export function notesOf(bases: readonly (readonly BlockBasis[])[], sources: Sources, lang: LangTag): NoteView[] {
  const notes = new Map<string, NoteView>();
  for (const list of bases)
    for (const { basis } of list) {
      const note = noteOf(basis, sources, lang);
      if (note && !notes.has(note.id)) notes.set(note.id, note);
    }
  return [...notes.values()];
}

interface CitingPage {
  slug: string;
  title: string;
  /** The first block that cites the passage (`s2-3`), for the link's anchor. */
  block: string;
}

interface PassageView {
  n: number;
  /** « § 4 » or « 第 4 段 ». */
  label: MarkerRun;
  gist: string;
  citedBy: CitingPage[];
  /** Why no page cites it, in the reader's language. */
  unused?: string;
}

export interface SourcePassagesView {
  source: TextSource;
  versions: { version: SourceVersion; passages: PassageView[] }[];
  differences: { text: string; passages: MarkerRun[] }[];
}

interface CitingEntry {
  locale: LocaleKey;
  slug: string;
  data: { title: string };
  bases: readonly BlockBasis[];
}

/**
 * Every passage of each text source, with its gist in the reader's language
 * and the pages of that language that cite it (in the given order), or why
 * none does; and the differences between the versions.
 */
export function sourcePassages(sources: Sources, entries: readonly CitingEntry[], lang: LangTag): SourcePassagesView[] {
  const reader = versionOf(lang);
  const texts = textSources(sources);
  const sourceOf = (basis: Extract<Basis, { type: 'source' }>) =>
    basis.of ? texts.find((s) => s.id === basis.of) : texts.length === 1 ? texts[0] : undefined;
  return texts.map((source) => {
    const citedBy = (version: SourceVersion, n: number): CitingPage[] =>
      entries.flatMap((e) => {
        const block = e.bases.find(
          (b) => b.basis.type === 'source' && sourceOf(b.basis) === source && (version === 'fr' ? b.basis.fr : b.basis.zh).includes(n),
        );
        return block ? [{ slug: e.slug, title: e.data.title, block: block.id.split('.')[0]! }] : [];
      });
    const label = (version: SourceVersion, n: number): MarkerRun =>
      version === 'fr' ? { text: frenchPassages([n]), lang: 'fr' } : { text: chinesePassages([n]), lang: 'zh-CN' };
    return {
      source,
      versions: (['fr', 'zh-cn'] as const).map((version) => ({
        version,
        passages: source.versions[version].map((p) => {
          const unused = source.unused.find((u) => u.version === version && u.n === p.n);
          return {
            n: p.n,
            label: label(version, p.n),
            gist: p.gist[reader],
            citedBy: citedBy(version, p.n),
            ...(unused ? { unused: unused.reason[reader] } : {}),
          };
        }),
      })),
      differences: source.differences.map((d) => ({
        text: d[reader],
        passages: [...d.passages.fr.map((n) => label('fr', n)), ...d.passages['zh-cn'].map((n) => label('zh-cn', n))],
      })),
    };
  });
}
