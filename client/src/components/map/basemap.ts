// The map's ground: a Mercator projection fitted to Japan, Vietnam and the seas between, and the
// country outlines from Natural Earth's 1:50m countries (world-atlas TopoJSON, bundled with this
// lazily loaded chunk: no tile server, no request). Japan and Vietnam are emphasised.
import { geoBounds, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-50m.json' with { type: 'json' };

/** What the map frames: [lon, lat] corners, from the Mekong delta to Hokkaido. */
export const FRAME = { west: 100, east: 147, south: 7.5, north: 46 } as const;
/** Natural Earth's names of the two countries drawn emphasised. */
export const EMPHASISED = new Set(['Japan', 'Vietnam']);

export interface Basemap {
  projection: GeoProjection;
  /** The SVG viewBox that holds the frame. */
  width: number;
  height: number;
  outlines: { name: string; d: string; emphasised: boolean }[];
}

type Country = Feature<Geometry, { name?: string }>;

/** A country near enough to the frame to be seen (a feature across the antimeridian always is). */
function nearFrame(f: Country): boolean {
  const [[w, s], [e, n]] = geoBounds(f);
  if (w > e) return true;
  return e >= FRAME.west - 5 && w <= FRAME.east + 5 && n >= FRAME.south - 5 && s <= FRAME.north + 5;
}

export function buildBasemap(width = 800): Basemap {
  const frame = {
    type: 'MultiPoint' as const,
    coordinates: [
      [FRAME.west, FRAME.south],
      [FRAME.east, FRAME.north],
      [FRAME.west, FRAME.north],
      [FRAME.east, FRAME.south],
    ],
  };
  const projection = geoMercator().fitWidth(width, frame);
  const [[, y0], [, y1]] = geoPath(projection).bounds(frame);
  const height = Math.ceil(y1 - y0);
  projection.translate([projection.translate()[0], projection.translate()[1] - y0]).clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection);
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name?: string }> }>;
  const countries = feature(topology, topology.objects.countries).features as Country[];
  const outlines = countries
    .filter(nearFrame)
    .map((c) => ({ name: c.properties?.name ?? '', d: path(c) ?? '', emphasised: EMPHASISED.has(c.properties?.name ?? '') }))
    .filter((o) => o.d !== '')
    // Emphasised countries last, so their borders are drawn over their neighbours'.
    .sort((a, b) => Number(a.emphasised) - Number(b.emphasised));
  return { projection, width, height, outlines };
}
