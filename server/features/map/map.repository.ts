// Data access for the map: the place nodes, placed by the gazetteer's coordinates (by node id,
// else by name or alias), and the facts that tie places together, turned into links by
// map-links.ts. Positions come from ingest/gazetteers/coordinates.json, not from the graph, so a
// place an article adds is on the map as soon as the gazetteer knows it.
import type { Integer } from 'neo4j-driver';
import { MAP_LIMITS } from '../../../contract/api/limits.ts';
import { MAP_FACT_TYPES, MAP_PLACE_LABELS, type MapFact, type MapResponse } from '../../../contract/api/map.ts';
import { readQuery, type ReadTarget } from '../../../db/read.ts';
import type { PlaceCoordinates } from '../../../ingest/gazetteers/coordinates.ts';
import { buildLinks, type FactPlaces, type PlaceHit } from './map-links.ts';

type PlaceRecord = { id: string; label: string; name: string | null; aliases: unknown[] };
type FactRecord = {
  id: string;
  type: string;
  source: string | null;
  evidence: string | null;
  date: string | null;
  inferredDate: string | null;
  dateText: string | null;
  fromPlaces: { id: string; hops: Integer | number; via: string }[];
  toPlaces: { id: string; hops: Integer | number; via: string }[];
};

const isLabel = (l: string): l is (typeof MAP_PLACE_LABELS)[number] => (MAP_PLACE_LABELS as readonly string[]).includes(l);
const isFactType = (t: string): t is MapFact['type'] => (MAP_FACT_TYPES as readonly string[]).includes(t);
const hits = (list: FactRecord['fromPlaces']): PlaceHit[] =>
  list
    .filter((p) => typeof p.id === 'string')
    .map((p) => ({ id: p.id, via: p.via, hops: typeof p.hops === 'number' ? p.hops : p.hops.toNumber() }));

export class MapRepository {
  constructor(
    private readonly db: ReadTarget,
    private readonly coordinates: () => PlaceCoordinates,
  ) {}

  async map(limit: number): Promise<MapResponse> {
    const [placeResult, meetings, requests] = await Promise.all([
      readQuery<PlaceRecord>(this.db, 'map-places', { limit: MAP_LIMITS.places }),
      readQuery<FactRecord>(this.db, 'map-meeting-facts', { limit }),
      readQuery<FactRecord>(this.db, 'map-request-facts', { limit }),
    ]);
    const coordinates = this.coordinates();
    const places: MapResponse['places'] = [];
    const unplaced: MapResponse['unplaced'] = [];
    for (const r of placeResult.records.slice(0, MAP_LIMITS.places)) {
      const label = r.get('label');
      if (!isLabel(label)) continue;
      const id = r.get('id');
      const name = r.get('name') ?? id;
      const aliases = r.get('aliases').filter((a): a is string => typeof a === 'string');
      const at = coordinates.forNode({ id, name, aliases });
      if (at) places.push({ id, label, name, lat: at.lat, lon: at.lon, placedBy: at.placedBy });
      else unplaced.push({ id, label, name });
    }

    const rows: FactPlaces[] = [...meetings.records.slice(0, limit), ...requests.records.slice(0, limit)].flatMap((r) => {
      const type = r.get('type');
      if (!isFactType(type)) return [];
      return [
        {
          fact: {
            id: r.get('id'),
            type,
            source: r.get('source') ?? '',
            evidence: r.get('evidence') ?? '',
            date: r.get('date'),
            inferredDate: r.get('inferredDate'),
            dateText: r.get('dateText'),
          },
          fromPlaces: hits(r.get('fromPlaces')),
          toPlaces: hits(r.get('toPlaces')),
        },
      ];
    });
    return {
      places,
      unplaced,
      links: buildLinks(rows, new Set(places.map((p) => p.id))),
      truncated: placeResult.records.length > MAP_LIMITS.places || meetings.records.length > limit || requests.records.length > limit,
    };
  }
}
