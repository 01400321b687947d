/**
 * Keeps src/ and scripts/ free of import cycles, and keeps each folder's
 * imports pointing down the layers of LAYERS. The import graph is built
 * with TypeScript's own import scanner (static imports, re-exports, dynamic
 * import() with a literal path), over .ts files and the frontmatter and
 * scripts of .astro components; a cycle fails with its path printed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const SOURCE = /\.(ts|mts|astro|mjs|js)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && SOURCE.test(f.name) && !f.name.endsWith('.d.ts'))
    .map((f) => relative(root, join(f.parentPath, f.name)));
}

/** The code of a file: for a component, its frontmatter and its `<script>` elements. */
export function codeOf(path: string, text: string): string {
  if (!path.endsWith('.astro')) return text;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join('\n');
}

/** Relative specifiers of a module: `import`, `export … from`, `import()`. */
export function specifiers(code: string): string[] {
  return ts
    .preProcessFile(code, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((s) => s.startsWith('.'));
}

function resolveSpecifier(from: string, specifier: string): string | undefined {
  const base = resolve(root, dirname(from), specifier.replace(/\?.*$/, ''));
  const candidate = [base, `${base}.ts`, `${base}/index.ts`].find((p) => existsSync(p) && SOURCE.test(p));
  return candidate && relative(root, candidate);
}

export function importGraph(files: string[]): Map<string, string[]> {
  return new Map(
    files.map((file) => {
      const code = codeOf(file, readFileSync(join(root, file), 'utf8'));
      const targets = specifiers(code)
        .map((s) => resolveSpecifier(file, s))
        .filter((t): t is string => !!t);
      return [file, [...new Set(targets)]];
    }),
  );
}

/** Every cycle found by a depth-first walk, each as the path that closes it (`a → b → a`). */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

/**
 * The layers, from the bottom: a file may import its own layer or one below,
 * never one above. Shared language facts at the bottom; what entries are,
 * then how they are compiled and loaded; what pages compute; the search
 * index built from them; what runs in the browser and the markup; the host
 * and the build steps; the tools.
 */
export const LAYERS: readonly { layer: string; folders: readonly string[] }[] = [
  { layer: 'languages', folders: ['src/i18n/'] },
  { layer: 'content model', folders: ['src/content-model/'] },
  { layer: 'markdown', folders: ['src/markdown/'] },
  { layer: 'places', folders: ['src/places/'] },
  { layer: 'search engine', folders: ['src/search/'] },
  { layer: 'content loading', folders: ['src/content-loader/', 'src/content.config.ts'] },
  { layer: 'page data', folders: ['src/page-data/'] },
  { layer: 'search index', folders: ['src/search-index/'] },
  { layer: 'components', folders: ['src/components/', 'src/layouts/', 'src/styles/'] },
  { layer: 'pages', folders: ['src/pages/'] },
  { layer: 'host', folders: ['src/deploy/'] },
  { layer: 'build', folders: ['src/integrations/', 'astro.config.mjs'] },
  { layer: 'tools', folders: ['scripts/'] },
];

export function layerOf(file: string, layers = LAYERS): number {
  return layers.findIndex((l) => l.folders.some((f) => file === f || file.startsWith(f)));
}

/** Imports that go up the layers, or touch a file no layer holds, as `from → to (layer → layer)`. */
export function wrongWayImports(graph: Map<string, string[]>, layers = LAYERS): string[] {
  const name = (i: number) => layers[i]?.layer ?? 'no layer';
  const found: string[] = [];
  for (const [from, targets] of graph)
    for (const to of targets) {
      const [a, b] = [layerOf(from, layers), layerOf(to, layers)];
      if (a < 0 || b < 0 || b > a) found.push(`${from} → ${to} (${name(a)} → ${name(b)})`);
    }
  return found.sort();
}

describe('import graph', () => {
  it('finds imports of every kind, and cycles through them', () => {
    expect(
      specifiers(
        `import a from './a.ts'; export { b } from "../b.ts"; const c = import('./c.ts'); import x from 'node:fs'; import './d.css';`,
      ),
    ).toEqual(['./a.ts', '../b.ts', './c.ts', './d.css']);
    expect(codeOf('X.astro', "---\nimport A from './A.astro';\n---\n<p/>\n<script>\n  import { f } from './f.ts';\n</script>")).toContain(
      "from './f.ts'",
    );
    const graph = new Map([
      ['launcher.ts', ['query.ts', 'ui.ts']],
      ['ui.ts', ['launcher.ts', 'query.ts']],
      ['query.ts', []],
    ]);
    expect(findCycles(graph)).toEqual([['launcher.ts', 'ui.ts', 'launcher.ts']]);
    expect(
      findCycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('has no cycle in src/ or scripts/', () => {
    const graph = importGraph([...sourceFiles('src'), ...sourceFiles('scripts')]);
    expect(graph.size).toBeGreaterThan(50);
    // The scan sees real edges (a component's script, a dynamic import).
    expect(graph.get('src/components/search/SearchDialog.astro')).toContain('src/components/search/launcher.ts');
    expect(graph.get('src/components/search/launcher.ts')).toContain('src/components/search/ui.ts');
    const cycles = findCycles(graph).map((c) => c.join(' → '));
    expect(cycles, 'import cycles (move the shared part into a module both can import)').toEqual([]);
  });

  it('finds an import that goes up the layers', () => {
    const graph = new Map([
      ['src/page-data/listing.ts', ['src/search/query.ts', 'src/components/search/ui.ts']],
      ['src/search/query.ts', []],
      ['src/elsewhere/x.ts', []],
    ]);
    expect(wrongWayImports(graph)).toEqual(['src/page-data/listing.ts → src/components/search/ui.ts (page data → components)']);
    expect(layerOf('src/elsewhere/x.ts')).toBe(-1);
  });

  it('keeps every import of src/ and scripts/ pointing down the layers', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('scripts'), 'astro.config.mjs'];
    expect(
      files.filter((f) => layerOf(f) < 0),
      'files in a folder that LAYERS does not place',
    ).toEqual([]);
    expect(wrongWayImports(importGraph(files)), 'imports against the layers (move the shared part down)').toEqual([]);
  });
});
