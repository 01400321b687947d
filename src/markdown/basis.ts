/**
 * Where each block of an entry comes from (its basis), as the authors write it:
 * every paragraph, list item and table row ends with one tag,
 *
 * - `<Source fr="4" zh="3" />`: passages of a text source (`content/sources/<id>.yaml`),
 *   numbered per language version; `of="<source-id>"` names the source when there are several;
 * - `<Reading />`: the site's own explanation;
 * - `<Outside ref="<reference-id>" />`: a fact from a reference outside the text sources.
 *
 * These are not components: remarkBasis.ts reads them and removes them, and
 * rehypeBasis.ts records each block's basis and writes its marker. This module
 * holds what both share and what the pages reuse: the parsed form, its key and
 * the marker's text. Pure functions only.
 */

export type Basis = { type: 'source'; of?: string; fr: number[]; zh: number[] } | { type: 'reading' } | { type: 'outside'; ref: string };

export type BlockKind = 'p' | 'li' | 'tr';

/** One block's basis, as recorded for the pages and the build's checks. */
export interface BlockBasis {
  /** Language-neutral: `s2-3` for a paragraph, `s2-3.2` for the second item or body row of block s2-3. */
  id: string;
  kind: BlockKind;
  /** Line of the tag (or of the block, when it has none) in the entry file. */
  line: number;
  /** The block's first words, to name it in a message. */
  words: string;
  basis: Basis;
}

/** A problem found while reading one entry's tags, reported with the entry's path by the build. */
export interface BasisProblem {
  line: number | undefined;
  problem: string;
}

export const BASIS_TAGS = new Set(['Source', 'Reading', 'Outside']);

const TAG_USAGE = '<Source fr="…" zh="…" />, <Reading /> or <Outside ref="…" />';
export const BASIS_USAGE = TAG_USAGE;

const NUMBERS = /^\s*[1-9]\d*(?:\s+[1-9]\d*)*\s*$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface TagAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** Reads one tag (name and MDX attributes) into a basis, or says what is wrong with it. */
export function parseBasisTag(name: string, attributes: readonly TagAttribute[]): { basis?: Basis; problems: string[] } {
  const problems: string[] = [];
  const values = new Map<string, string>();
  for (const a of attributes) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) {
      problems.push(`<${name}> takes only plain attributes (no {…}); write it as ${TAG_USAGE}`);
      continue;
    }
    if (typeof a.value !== 'string') {
      problems.push(`<${name} ${a.name}> needs a quoted value, as in ${name === 'Outside' ? 'ref="reference-id"' : `${a.name}="4"`}`);
      continue;
    }
    values.set(a.name, a.value);
  }
  const allowed = name === 'Source' ? ['fr', 'zh', 'of'] : name === 'Outside' ? ['ref'] : [];
  for (const key of values.keys())
    if (!allowed.includes(key))
      problems.push(
        `<${name}> has no attribute "${key}"${allowed.length ? ` (it takes ${allowed.join(', ')})` : ' (it takes none)'}; remove it`,
      );
  if (name === 'Reading') return { basis: { type: 'reading' }, problems };
  if (name === 'Outside') {
    const ref = values.get('ref')?.trim();
    if (!ref) return { problems: [...problems, '<Outside> needs the id of a reference file: <Outside ref="reference-id" />'] };
    if (!ID.test(ref))
      return { problems: [...problems, `<Outside ref="${ref}">: a reference id is a lowercase file name (a–z, 0–9, hyphens)`] };
    return { basis: { type: 'outside', ref }, problems };
  }
  const numbers = (lang: 'fr' | 'zh'): number[] => {
    const raw = values.get(lang);
    if (raw === undefined) return [];
    if (!NUMBERS.test(raw)) {
      problems.push(`<Source ${lang}="${raw}">: passage numbers are whole numbers from 1, separated by spaces, as in ${lang}="4 5"`);
      return [];
    }
    return [...new Set(raw.trim().split(/\s+/).map(Number))].sort((a, b) => a - b);
  };
  const fr = numbers('fr');
  const zh = numbers('zh');
  const of = values.get('of')?.trim();
  if (of !== undefined && !ID.test(of))
    problems.push(`<Source of="${of}">: a source id is a lowercase file name (a–z, 0–9, hyphens), as in of="china-org-2021"`);
  if (!fr.length && !zh.length) {
    if (!values.has('fr') && !values.has('zh'))
      problems.push('<Source> needs the passages it rests on: fr="…" (French version), zh="…" (Chinese version), or both');
    return { problems };
  }
  return { basis: { type: 'source', ...(of ? { of } : {}), fr, zh }, problems };
}

/** The same basis written the same way, whatever the order of numbers or attributes; `defaultSource` fills a missing `of`. */
export function basisKey(basis: Basis, defaultSource?: string): string {
  if (basis.type === 'reading') return 'reading';
  if (basis.type === 'outside') return `outside-${basis.ref}`;
  const of = basis.of ?? defaultSource;
  return [
    of ? `source-${of}` : 'source',
    basis.fr.length ? `fr${basis.fr.join('-')}` : '',
    basis.zh.length ? `zh${basis.zh.join('-')}` : '',
  ]
    .filter(Boolean)
    .join('-');
}

/** The basis as an author would write it, for messages: `<Source fr="4" zh="3" />`. */
export function basisTag(basis: Basis): string {
  if (basis.type === 'reading') return '<Reading />';
  if (basis.type === 'outside') return `<Outside ref="${basis.ref}" />`;
  const attrs = [
    basis.fr.length ? `fr="${basis.fr.join(' ')}"` : '',
    basis.zh.length ? `zh="${basis.zh.join(' ')}"` : '',
    basis.of ? `of="${basis.of}"` : '',
  ];
  return `<Source ${attrs.filter(Boolean).join(' ')} />`;
}

/** Passage numbers in French: « § 4 », « §§ 4, 5 ». */
export const frenchPassages = (numbers: readonly number[]): string => `${numbers.length > 1 ? '§§' : '§'}\u00a0${numbers.join(', ')}`;
/** Passage numbers in Chinese: “第 3 段”, “第 3、4 段”. */
export const chinesePassages = (numbers: readonly number[]): string => `第 ${numbers.join('、')} 段`;

/** A run of the marker's text and the language it is in. */
export interface MarkerRun {
  text: string;
  lang: 'fr' | 'zh-CN';
}

/**
 * The marker's visible text as runs: the page's language first, each run in
 * its own language (so that 第 3 段 on a French page is tagged zh-CN).
 * Readings and outside facts have a label in the page's language.
 */
export function markerRuns(basis: Basis, pageLang: 'fr' | 'zh-CN', labels: { reading: string; outside: string }): MarkerRun[] {
  if (basis.type === 'reading') return [{ text: labels.reading, lang: pageLang }];
  if (basis.type === 'outside') return [{ text: labels.outside, lang: pageLang }];
  const fr: MarkerRun | undefined = basis.fr.length ? { text: frenchPassages(basis.fr), lang: 'fr' } : undefined;
  const zh: MarkerRun | undefined = basis.zh.length ? { text: chinesePassages(basis.zh), lang: 'zh-CN' } : undefined;
  return (pageLang === 'fr' ? [fr, zh] : [zh, fr]).filter((r): r is MarkerRun => r !== undefined);
}

/** The first words of a block's text, to quote it in a message. */
export function firstWords(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (/^\p{Script=Han}/u.test(clean)) return clean.length > 14 ? `${clean.slice(0, 14)}…` : clean;
  const words = clean.split(' ');
  return words.length > 6 ? `${words.slice(0, 6).join(' ')}…` : clean;
}
