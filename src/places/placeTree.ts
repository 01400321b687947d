/**
 * The places named by case entries, as a tree (province → prefecture →
 * county), each node carrying the cases that name it; and the links the map
 * draws in each province. Pure: unit tests feed it literal entries.
 */
import type { PlaceRef } from '../content-model/termbase/places.ts';

type PlaceLevel = 'province' | 'prefecture' | 'county';

export interface CaseRef {
  slug: string;
  title: string;
  places: PlaceRef[];
}

export interface PlaceNode {
  id: string;
  level: PlaceLevel;
  /** Cases whose front matter stops at this place (its most specific level). */
  cases: { slug: string; title: string }[];
  children: PlaceNode[];
}

/** Provinces (by id), each with the prefectures and counties the cases name under it. */
export function placeTree(cases: CaseRef[]): PlaceNode[] {
  const roots: PlaceNode[] = [];
  const child = (list: PlaceNode[], id: string, level: PlaceLevel) => {
    let node = list.find((n) => n.id === id);
    if (!node) list.push((node = { id, level, cases: [], children: [] }));
    return node;
  };
  for (const c of cases)
    for (const p of c.places) {
      let node = child(roots, p.province, 'province');
      if (p.prefecture) node = child(node.children, p.prefecture, 'prefecture');
      if (p.county) node = child(node.children, p.county, 'county');
      if (!node.cases.some((x) => x.slug === c.slug)) node.cases.push({ slug: c.slug, title: c.title });
    }
  const sort = (list: PlaceNode[]) => {
    list.sort((a, b) => a.id.localeCompare(b.id));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

export interface PlaceLink {
  /** The place named (county, prefecture or province id). */
  place: string;
  /** The place with the levels above it, as front matter writes it. */
  ref: PlaceRef;
  slug: string;
  title: string;
}

/** Every (place, case) pair under a province, in tree order: what the map links. */
export function placeLinks(province: PlaceNode): PlaceLink[] {
  const out: PlaceLink[] = [];
  const walk = (node: PlaceNode, ref: PlaceRef) => {
    for (const c of node.cases) out.push({ place: node.id, ref, slug: c.slug, title: c.title });
    for (const n of node.children) walk(n, { ...ref, [n.level]: n.id });
  };
  walk(province, { province: province.id });
  return out;
}

/**
 * The map shape of each province named in the cases, matched on the
 * dataset's name; a province without a shape fails with the files naming it.
 */
export function matchProvinces(
  shapes: { code: string; name: string }[],
  provinces: { id: string; name: string; files: string[] }[],
): Map<string, string> {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[^a-z]/gi, '')
      .toLowerCase();
  const byName = new Map(shapes.map((s) => [fold(s.name), s.code]));
  const found = new Map<string, string>();
  const problems: string[] = [];
  for (const p of provinces) {
    const code = byName.get(fold(p.name));
    if (code) found.set(p.id, code);
    else problems.push(`${p.files.join(', ')}: province "${p.id}" (${p.name}) has no shape in the map dataset`);
  }
  if (problems.length) throw new Error(`Places check failed:\n  - ${problems.join('\n  - ')}`);
  return found;
}
