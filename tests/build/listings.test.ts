/**
 * Listing pages that scale: with more cases than are listed inline (12), the
 * home page shows the first 12 and links to a listing of them all, and an
 * entry's navigation lists the 12 around it and links to that listing. Built
 * from the real content plus 40 synthetic pairs (scripts/bench/synthetic.ts).
 * The real site, with 4 cases, has no listing page (tests/build/quietBuild.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommand, buildEnv } from '../helpers/buildEnv.ts';
import { writeSyntheticContent } from '../../scripts/bench/synthetic.ts';

const dir = mkdtempSync(join(tmpdir(), 'listings-'));
const dist = join(dir, 'dist');
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
/** The links inside the element that starts at `marker`, up to its closing `</section>`/`</ul>`. */
const linksAfter = (html: string, marker: string, end: string) => {
  const start = html.indexOf(marker);
  const part = html.slice(start, html.indexOf(end, start));
  return [...part.matchAll(/<a href="([^"]+)"[^>]*>\s*([^<]*?)\s*<\/a>/g)].map((m): [string, string] => [m[1]!, m[2]!]);
};

beforeAll(() => {
  const content = writeSyntheticContent(40, { dir: join(dir, 'content') });
  const result = spawnSync(...buildCommand, {
    env: buildEnv({ CONTENT_DIR: content, OUT_DIR: dist, ASTRO_CACHE_DIR: join(dir, 'cache') }),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('listings at 44 cases per language', () => {
  it.each([
    ['fr', 'Voir la liste complète (44)'],
    ['zh-cn', '查看全部（44）'],
  ])('%s: the home page shows 12 cases and links to the listing of all 44', (locale, label) => {
    const home = page(locale);
    const cases = linksAfter(home, 'id="case"', '</section>');
    expect(cases.filter(([href]) => href.includes('/cases/'))).toHaveLength(12);
    expect(cases.at(-1)).toEqual([`/${locale}/list/case/`, label]);
    const listing = linksAfter(page(`${locale}/list/case`), 'class="entries"', '</ol>');
    expect(listing).toHaveLength(44);
    expect(listing.every(([href]) => href.startsWith(`/${locale}/cases/`))).toBe(true);
  });

  it('an entry’s navigation lists the 12 cases around it, itself included, and links to the listing', () => {
    const entry = page('fr/cases/synthetic-00015');
    const nav = linksAfter(entry, 'id="side-case"', '</ul>');
    expect(nav).toHaveLength(13);
    expect(nav.map(([href]) => href)).toContain('/fr/cases/synthetic-00015/');
    expect(nav.at(-1)).toEqual(['/fr/list/case/', 'Voir la liste complète (44)']);
  });

  it.each(['fr', 'zh-cn'])('%s: the glossary lists at most 12 entries per term, then a search for the term', (locale) => {
    const html = page(`${locale}/glossary`);
    const mentions = [...html.matchAll(/class="mentions"(.*?)<\/p>/gs)].map((m) =>
      [...m[1]!.matchAll(/<a href="([^"]+)"/g)].map((a) => a[1]!),
    );
    expect(Math.max(...mentions.map((links) => links.length))).toBe(13);
    const searches = mentions.filter((links) => links.length === 13).map((links) => links.at(-1)!);
    expect(searches.length).toBeGreaterThan(0);
    expect(searches.every((href) => href.startsWith(`/${locale}/glossary/?q=`))).toBe(true);
  });

  it.each(['fr', 'zh-cn'])('%s: the places page lists at most 12 cases per place and per province on the map, then a search', (locale) => {
    const html = page(`${locale}/places`);
    const lists = [...html.matchAll(/<ul class="place-cases"[^>]*>(.*?)<\/ul>/gs)].map((m) =>
      [...m[1]!.matchAll(/<a href="([^"]+)"/g)].map((a) => a[1]!),
    );
    // At 44 cases no single place has more than 12 (tests/unit/page-data/listing.test.ts covers the cut); a province does.
    expect(Math.max(...lists.map((l) => l.length))).toBeLessThanOrEqual(13);
    const marks = [...html.matchAll(/<g class="mark"[^>]*>(.*?)<\/g>/gs)].map((m) =>
      [...m[1]!.matchAll(/<a href="([^"]+)"/g)].map((a) => a[1]!),
    );
    expect(Math.max(...marks.map((l) => l.length))).toBe(13);
    expect(marks.flat()).toContain(`/${locale}/places/?kind=case&amp;province=shaanxi`);
  });

  it.each(['fr', 'zh-cn'])(
    '%s: the timeline shows at most 12 entries a date, then a search of its year or the home page’s lists',
    (locale) => {
      const html = page(`${locale}/timeline`);
      const items = [...html.matchAll(/<li data-kind="(event|source|more)"[^>]*>(.*?)<\/li>\s*(?=<li data-kind=|<\/ol>)/gs)].map((m) => ({
        kind: m[1]!,
        year: /datetime="(\d{4})/.exec(m[2]!)?.[1],
        links: [...m[2]!.matchAll(/<a href="([^"]+)"/g)].map((a) => a[1]!),
      }));
      const perYear = new Map<string, number>();
      for (const item of items) if (item.year) perYear.set(item.year, (perYear.get(item.year) ?? 0) + 1);
      // Synthetic events share their labels, so no year has more than 12 dates here (the cut is unit-tested).
      expect(Math.max(...perYear.values())).toBeLessThanOrEqual(12);
      expect(Math.max(...items.filter((i) => i.kind !== 'source').map((i) => i.links.length))).toBeLessThanOrEqual(13);
      // No event is shared by more than 12 entries at this size: the source date, named by all 56 entries, is cut at 48.
      const source = items.find((i) => i.kind === 'source')!;
      // 12 per kind of entry, as the home page lists them, then a link to the home page.
      expect(source.links).toHaveLength(49);
      expect(source.links.at(-1)).toBe(`/${locale}/`);
    },
  );

  it('makes no listing for a kind small enough to list inline', () => {
    expect(existsSync(join(dist, 'fr/list/model'))).toBe(false);
  });
});
