/**
 * Entries are compiled when the content is loaded and kept in Astro's content
 * cache (src/content-loader/entriesLoader.ts): a rebuild compiles only what changed,
 * and a change to what every entry's HTML depends on (the termbase) compiles
 * them all again. Entry pages and parallel views whose cacheKey is unchanged
 * are copied from the last build (Astro's experimental incremental build). An entry that needs MDX as a program is rendered by
 * @astrojs/mdx, with the same links.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCommand, buildEnv } from '../helpers/buildEnv.ts';
import { edit } from '../helpers/fixtureBuild.ts';

const dir = mkdtempSync(join(tmpdir(), 'content-cache-'));
const content = join(dir, 'content');
cpSync('tests/fixtures/base', content, { recursive: true });
const dist = join(dir, 'dist');

function build(): string {
  const result = spawnSync(...buildCommand, {
    env: buildEnv({ CONTENT_DIR: content, OUT_DIR: dist, ASTRO_CACHE_DIR: join(dir, 'cache') }),
    encoding: 'utf8',
    timeout: 150_000,
  });
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  expect(result.status, output).toBe(0);
  return output;
}
const compiled = (output: string) => /(\d+) of (\d+) entries compiled/.exec(output)?.slice(1).map(Number);
/** The pages Astro's incremental build copied from the last build instead of rendering them. */
const restored = (output: string) => [...output.matchAll(/(\/\S+\/)index\.html \(restored\)/g)].map((m) => m[1]!).sort();
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
/** What the build says of a search bundle: `indexes` (from its pages) or `copied` (from the last build). */
const bundleStep = (output: string, bundle: string) => new RegExp(`${bundle} (indexes|copied) `).exec(output)?.[1];
/** Every file of a search bundle, with its bytes. */
const bundleFiles = (bundle: string) =>
  Object.fromEntries(
    readdirSync(join(dist, bundle), { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => join(f.parentPath, f.name))
      .sort()
      .map((f) => [f.slice(join(dist, bundle).length), readFileSync(f).toString('base64')]),
  );

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the content cache', () => {
  it('compiles every entry once, then only what changed', () => {
    const cold = build();
    const [first, total] = compiled(cold)!;
    expect(first).toBe(total);
    expect(bundleStep(cold, 'pagefind-fr')).toBe('indexes');
    const zhBundle = bundleFiles('pagefind-zh-cn');
    expect(total).toBeGreaterThan(4);
    const before = page('fr/models/alpha');

    const again = build();
    expect(compiled(again)).toEqual([0, total]);
    expect(page('fr/models/alpha')).toBe(before);
    // Every entry page and parallel view is reused; the other pages (home, glossary…) are rendered.
    const reused = restored(again);
    expect(reused).toHaveLength(total! * 2);
    expect(reused).toContain('/fr/models/alpha/');
    expect(reused).toContain('/zh-cn/parallel/cases/beta/');
    // Same pages, same search bundles: copied, not indexed again …
    expect([bundleStep(again, 'pagefind-fr'), bundleStep(again, 'pagefind-zh-cn')]).toEqual(['copied', 'copied']);
    expect(bundleFiles('pagefind-zh-cn')).toEqual(zhBundle);
    // … which is sound because Pagefind writes the same bundle from the same pages.
    rmSync(join(dir, 'cache', 'search-bundles.json'));
    const reindexed = build();
    expect([bundleStep(reindexed, 'pagefind-fr'), bundleStep(reindexed, 'pagefind-zh-cn')]).toEqual(['indexes', 'indexes']);
    expect(bundleFiles('pagefind-zh-cn')).toEqual(zhBundle);

    edit(join(content, 'fr/models/alpha.mdx'), 'Voir [le cas]', 'Lire [le cas]');
    const edited = build();
    expect(compiled(edited)).toEqual([1, total]);
    expect(page('fr/models/alpha')).toContain('Lire <a href="/fr/cases/beta/">le cas</a>');
    // The edited entry's pages and its twin's (which show its title) are rendered again, no other.
    expect(reused.filter((p) => !restored(edited).includes(p))).toEqual([
      '/fr/models/alpha/',
      '/fr/parallel/models/alpha/',
      '/zh-cn/models/alpha/',
      '/zh-cn/parallel/models/alpha/',
    ]);
    // The Chinese pages Pagefind reads are as they were (the twin shows the French title only): one index is made.
    expect([bundleStep(edited, 'pagefind-fr'), bundleStep(edited, 'pagefind-zh-cn')]).toEqual(['indexes', 'copied']);
    expect(bundleFiles('pagefind-zh-cn')).toEqual(zhBundle);

    // A new title shows in every page's navigation: nothing is reused.
    edit(join(content, 'fr/models/alpha.mdx'), 'title: Modèle alpha', 'title: Le modèle alpha');
    const retitled = build();
    expect(restored(retitled)).toEqual([]);
    expect(page('fr/cases/beta')).toContain('Le modèle alpha');

    // Every entry's term links come from the termbase.
    edit(join(content, 'termbase.json'), /$/, '\n');
    expect(compiled(build())).toEqual([total, total]);
  });

  it('keeps compiled HTML out of the content store, in files a build writes again when they are gone', () => {
    const store = readFileSync(join(dir, 'cache', 'data-store.json'), 'utf8');
    expect(page('fr/cases/beta')).toContain('<h2 id="s1">Taiqian</h2>');
    expect(store).toContain('La CNPC aide Taiqian.'); // the entry's text, for the search record
    expect(store).not.toMatch(/<h2 id=/); // not its HTML
    rmSync(join(dir, 'cache', 'entries-html'), { recursive: true });
    const output = build();
    const [compiledNow, total] = compiled(output)!;
    expect(compiledNow).toBe(total);
    expect(page('fr/cases/beta')).toContain('<h2 id="s1">Taiqian</h2>');
  });
});
