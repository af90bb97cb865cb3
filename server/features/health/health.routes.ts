// GET /api/health: Neo4j connectivity and version. Answers 503 with connected:false while the
// database is unreachable; the driver reconnects by itself when it is back.
import { healthSchema } from '../../../contract/api/health.ts';
import type { ReadTarget } from '../../../db/read.ts';
import { defineRoute } from '../../http/route.ts';
import { HealthRepository } from './health.repository.ts';

export function healthRoutes(db: ReadTarget) {
  const repo = new HealthRepository(db);
  return [
    defineRoute({
      method: 'get',
      path: '/api/health',
      tag: 'health',
      summary: 'Neo4j connectivity and server version (503 with the same body while the database is unreachable)',
      response: healthSchema,
      statusOf: (health) => (health.neo4j.connected ? 200 : 503),
      responseStatuses: [200, 503],
      handler: () => repo.check(),
    }),
  ];
}
