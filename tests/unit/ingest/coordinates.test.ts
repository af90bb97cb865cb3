// ingest/gazetteers/coordinates.json and its loader: every prefecture, region, Vietnamese
// province (before and after the 2025 merger), Japanese city and country of the gazetteers has
// a position, inside its country's bounding box, rounded to 0.01°, and near the seat the place
// files name; a node is placed by id, else by name or alias; a bad file fails naming the entry.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCoordinates, loadCoordinates } from '../../../ingest/gazetteers/coordinates.ts';
import { loadGazetteers } from '../../../ingest/gazetteers/index.ts';

const g = loadGazetteers();
const c = loadCoordinates();
const file = JSON.parse(readFileSync(new URL('../../../ingest/gazetteers/coordinates.json', import.meta.url), 'utf8')) as Record<
  string,
  Record<string, [number, number]>
>;

const BOXES = {
  japan: { lat: [24, 46], lon: [122, 146] },
  vietnam: { lat: [8, 24], lon: [102, 110] },
} as const;

describe('coordinates.json', () => {
  it('has a position for every prefecture, region, Vietnamese province, Japanese city and country of the gazetteers', () => {
    const missing = g.places.filter((p) => !c.byId(p.id)).map((p) => p.id);
    expect(missing).toEqual([]);
    expect(g.places.filter((p) => p.label === 'Prefecture')).toHaveLength(47);
    expect(g.places.filter((p) => p.label === 'Region')).toHaveLength(8);
    const provinces = g.places.filter((p) => p.country === 'vietnam' && p.label === 'Locality');
    expect(provinces).toHaveLength(63);
    expect(provinces.filter((p) => p.status === 'current')).toHaveLength(34);
    // Nothing but gazetteer places: a typo in an id would be a position nothing uses.
    expect(c.ids.filter((id) => !g.placeById(id))).toEqual([]);
  });

  it('puts Japanese places in Japan’s box and Vietnamese ones in Vietnam’s', () => {
    const outside: string[] = [];
    for (const p of g.places) {
      if (p.label === 'Country') continue;
      const box = BOXES[p.country as keyof typeof BOXES];
      expect(box, `${p.id}: no box for ${p.country}`).toBeDefined();
      const { lat, lon } = c.byId(p.id)!;
      if (lat < box.lat[0] || lat > box.lat[1] || lon < box.lon[0] || lon > box.lon[1]) outside.push(`${p.id} (${lat}, ${lon})`);
    }
    expect(outside).toEqual([]);
    expect(c.byId('japan')).toEqual({ lat: 35.69, lon: 139.69 });
    expect(c.byId('vietnam')).toEqual({ lat: 21.03, lon: 105.85 });
  });

  it('rounds to 0.01° and puts each place near the seat its gazetteer entry names (regions: a centre of their own)', () => {
    const far: string[] = [];
    for (const [group, entries] of Object.entries(file)) {
      for (const [id, [lat, lon]] of Object.entries(entries)) {
        expect(Math.round(lat * 100) / 100, `${group}.${id}`).toBe(lat);
        expect(Math.round(lon * 100) / 100, `${group}.${id}`).toBe(lon);
        const seat = g.placeById(id)!.coordinates;
        // A region has no seat; its centre is within its country's main islands, a few degrees from its largest city.
        const tolerance = group === 'regions' ? 3 : 0.6;
        if (Math.abs(seat.lat - lat) > tolerance || Math.abs(seat.lon - lon) > tolerance)
          far.push(`${id}: ${lat}, ${lon} vs ${seat.lat}, ${seat.lon}`);
      }
    }
    expect(far).toEqual([]);
    // Region centres are not their largest prefecture's capital, so the two dots do not cover each other.
    expect(c.byId('kyushu')).not.toEqual(c.byId('fukuoka'));
  });
});

describe('placing a node', () => {
  it('uses the node id when it is a gazetteer id, else its name or an alias (folded)', () => {
    expect(c.forNode({ id: 'gunma', name: 'whatever' })).toEqual({ ...c.byId('gunma'), placedBy: 'id', placeId: 'gunma' });
    expect(c.forNode({ id: 'tnguyen-1', name: 'Thai Nguyen' })).toMatchObject({ placedBy: 'name', placeId: 'thai-nguyen' });
    expect(c.forNode({ id: 'x', name: 'Osaka Prefecture Government', aliases: ['Ōsaka'] })).toMatchObject({ placeId: 'osaka' });
    expect(c.forNode({ id: 'atlantis', name: 'Atlantis', aliases: ['Atlantide'] })).toBeUndefined();
  });

  it('refuses a file with an id in two groups or a position that is not [lat, lon]', () => {
    const groups = { regions: {}, prefectures: {}, japaneseCities: {}, vietnameseProvinces: {}, countries: {} };
    const none = { placeByName: () => undefined };
    expect(() => buildCoordinates({ ...groups, prefectures: { gunma: [36.39, 139.06] }, japaneseCities: { gunma: [1, 2] } }, none)).toThrow(
      'coordinates.json: japaneseCities.gunma: id listed twice',
    );
    expect(() => buildCoordinates({ ...groups, prefectures: { gunma: [139.06, 236.39] } }, none)).toThrow(/prefectures\.gunma\.0: Too big/);
    expect(() => buildCoordinates({ ...groups, prefectures: { gunma: [36.39] } }, none)).toThrow(/prefectures\.gunma/);
    expect(() => buildCoordinates({ ...groups, towns: {} }, none)).toThrow(/coordinates\.json/);
  });
});
