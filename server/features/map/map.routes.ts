// GET /api/map: places with their positions and the links between them, for the Map tab.
import { mapQuerySchema, mapResponseSchema } from '../../../contract/api/map.ts';
import type { ReadTarget } from '../../../db/read.ts';
import { loadCoordinates } from '../../../ingest/gazetteers/coordinates.ts';
import { defineRoute } from '../../http/route.ts';
import { MapRepository } from './map.repository.ts';

export function mapRoutes(db: ReadTarget) {
  // Coordinates are read on the first request, not at import: importing a module opens nothing.
  const repo = new MapRepository(db, loadCoordinates);
  return [
    defineRoute({
      method: 'get',
      path: '/api/map',
      tag: 'map',
      summary: 'Place nodes with their positions, and links between places that share a meeting, a partnership or a request',
      description:
        'A meeting or request links the places its two sides stand for (followed along REPRESENTS|LOCATED_IN up to 2 hops, nearest place kept); ' +
        'each link lists its facts with their sentences and dates. `limit` bounds the facts of each kind read; `truncated` says when there were more.',
      query: mapQuerySchema,
      response: mapResponseSchema,
      handler: async ({ query }) => repo.map(query.limit),
    }),
  ];
}
