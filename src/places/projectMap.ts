/**
 * Turns TopoJSON layers into small SVG path data at build time: simplify the
 * shared arcs (borders stay shared, so no gaps open), project with a conic
 * equal-area projection fitted to the main layer, round to whole units.
 * Pure and deterministic: the same input always gives the same strings.
 */
import { geoConicEqualArea, geoPath } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

interface MapShape {
  /** Dataset code, e.g. `CN.HE`. */
  code: string;
  /** Dataset (English) name, e.g. `Henan`. */
  name: string;
  /** SVG path data in view-box units. */
  d: string;
  /** A point for a label, in view-box units. */
  centre: [number, number];
}

export interface ProjectedMap {
  width: number;
  height: number;
  /** One shape per geometry of the main layer. */
  shapes: MapShape[];
  /** Other layers, each merged into one outline (no borders inside). */
  context: string[];
}

export interface MapOptions {
  width: number;
  /** Fraction of arc points to keep, the most significant first (1 keeps them all). */
  keep: number;
  margin?: number;
}

export type Layer = Topology<{ [name: string]: GeometryCollection<{ name?: string }> }>;

function onlyObject(topology: Layer): GeometryCollection<{ name?: string }> {
  const objects = Object.values(topology.objects);
  if (objects.length !== 1) throw new Error(`expected one object in the topology, found ${objects.length}`);
  return objects[0]!;
}

function simplified(topology: Layer, keep: number): Layer {
  if (keep >= 1) return topology;
  const pre = presimplify(topology as never);
  return simplify(pre, quantile(pre, keep)) as unknown as Layer;
}

export function projectMap(main: Layer, others: Layer[], options: MapOptions): ProjectedMap {
  const { width, keep, margin = 8 } = options;
  const topo = simplified(main, keep);
  const object = onlyObject(topo);
  const features = (feature(topo as Topology, object) as FeatureCollection<Geometry, { name?: string }>).features;
  // Centred on China's meridian, standard parallels suited to its latitudes.
  const projection = geoConicEqualArea().rotate([-105, 0]).parallels([25, 47]);
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  projection.fitWidth(width - 2 * margin, collection);
  const [[, y0], [, y1]] = geoPath(projection).bounds(collection);
  const height = Math.ceil(y1 - y0 + 2 * margin);
  const [tx, ty] = projection.translate();
  projection.translate([tx + margin, ty - y0 + margin]);
  const path = geoPath(projection).digits(0);
  const round = (v: number) => Math.round(v * 10) / 10;

  const shapes = features.map((f: Feature<Geometry, { name?: string }>, i) => {
    const [cx, cy] = path.centroid(f);
    return {
      code: String(object.geometries[i]!.id ?? ''),
      name: f.properties?.name ?? '',
      d: path(f) ?? '',
      centre: [round(cx), round(cy)] as [number, number],
    };
  });
  const context = others.map((layer) => {
    const t = simplified(layer, keep);
    return path(merge(t, onlyObject(t).geometries as never)) ?? '';
  });
  return { width, height, shapes, context };
}
