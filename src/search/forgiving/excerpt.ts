/**
 * Excerpts from the page's own sentences. A page found through its hidden
 * search groups (another script's name, pinyin, an elided word) gets from
 * Pagefind an excerpt of those groups; instead, the reader is shown the page's
 * own sentence that carries the matched name (the French Fugu page: "district
 * de Fugu (府谷县)"), with that name marked.
 */
import { GROUP_MARK, OWN_MARK } from './recordFormat.ts';
import { foldWord, HAN } from './text.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escaped like the index's own excerpts, which the results view decodes (ui/results.ts). */
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** True when Pagefind's excerpt shows the hidden groups rather than the page's prose. */
export const excerptShowsGroups = (excerpt: string) => excerpt.includes(GROUP_MARK) || excerpt.includes(OWN_MARK);

/** The page's own text: everything before the hidden groups. */
export const ownText = (content: string) => content.split(GROUP_MARK)[0]!.trim();

export interface Group {
  own: string;
  forms: string[];
}

export function groupsOf(content: string): Group[] {
  return content
    .split(GROUP_MARK)
    .slice(1)
    .map((g) => {
      const [own = '', forms = ''] = g.split(OWN_MARK);
      return { own: own.trim(), forms: forms.trim().split(/\s+/).filter(Boolean) };
    });
}

/** Folds each character alone, so that offsets in the folded text are offsets in the original. */
const foldKeepingOffsets = (s: string) => Array.from(s, (c) => (foldWord(c).length === c.length ? foldWord(c) : c.toLowerCase())).join('');

/** Where the text mentions `needle`: for Latin words, at the start of a word or after an elided particle. */
function findAll(text: string, needle: string): [number, number][] {
  const f = foldWord(needle);
  if (!f) return [];
  const escaped = f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = HAN.test(f) ? new RegExp(escaped, 'gu') : new RegExp(`(?<![\\p{L}\\p{N}])(?:\\p{L}{1,7}['’])?(${escaped})`, 'gu');
  const folded = foldKeepingOffsets(text);
  return [...folded.matchAll(re)].map((m) => {
    const start = m.index + m[0].length - f.length;
    return [start, start + f.length] as [number, number];
  });
}

/** The names to look for in the page's prose: each query word, or the own form of the group it matched. */
export function targetsFor(content: string, words: readonly string[]): string[] {
  const own = ownText(content);
  const groups = groupsOf(content);
  const targets = new Set<string>();
  for (const word of words) {
    if (findAll(own, word).length) {
      targets.add(word);
      continue;
    }
    const w = foldWord(word);
    const group = groups.find((g) => g.own && g.forms.some((form) => foldWord(form).startsWith(w) || w.startsWith(foldWord(form))));
    if (group) targets.add(group.own);
  }
  return [...targets];
}

/**
 * An excerpt (HTML: text escaped, matches in <mark>) from the page's own
 * sentence with the most targets, cut to about `maxWords` words (or twice as
 * many characters of Chinese) around the first one; the page's first sentence when none matches.
 */
export function ownExcerpt(content: string, words: readonly string[], maxWords = 22): string {
  const own = ownText(content);
  const targets = targetsFor(content, words);
  const sentences = own.split(/(?<=[.!?。！？])\s*/u).filter(Boolean);
  let best = sentences[0] ?? own;
  let bestCount = 0;
  for (const s of sentences) {
    const count = targets.filter((t) => findAll(s, t).length).length;
    if (count > bestCount) [best, bestCount] = [s, count];
  }
  const ranges = targets.flatMap((t) => findAll(best, t)).sort((a, b) => a[0] - b[0]);
  // Cut around the first match: Chinese by characters, French at spaces.
  const han = Array.from(best).filter((c) => HAN.test(c)).length > best.length / 2;
  const budget = han ? maxWords * 2 : maxWords * 7;
  let from = 0;
  let to = best.length;
  if (best.length > budget) {
    const anchor = ranges[0]?.[0] ?? 0;
    from = Math.max(0, anchor - Math.floor(budget / 3));
    to = Math.min(best.length, from + budget);
    if (!han) {
      const space = best.indexOf(' ', from);
      if (from > 0 && space >= 0 && space < anchor) from = space + 1;
      const end = best.lastIndexOf(' ', to);
      if (to < best.length && end > anchor) to = end;
    }
  }
  let html = '';
  let at = from;
  for (const [s, e] of ranges) {
    if (s < at || e > to) continue;
    html += escapeHtml(best.slice(at, s)) + `<mark>${escapeHtml(best.slice(s, e))}</mark>`;
    at = e;
  }
  html += escapeHtml(best.slice(at, to));
  return `${from > 0 ? '… ' : ''}${html.trim()}${to < best.length ? ' …' : ''}`;
}
