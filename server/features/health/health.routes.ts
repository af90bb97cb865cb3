// GET /api/health: Neo4j connectivity and version. Answers 503 with connected:false while the
// database is unreachable; the driver reconnects by itself when it is back.
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { cypher } from '../../db/cypher-files.ts';
import { defineRoute } from '../../http/route.ts';

export const healthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  neo4j: z.object({
    connected: z.boolean(),
    version: z.string().optional(),
    edition: z.string().optional(),
    database: z.string(),
    error: z.string().optional(),
  }),
});
export type Health = z.infer<typeof healthSchema>;

export async function checkHealth(driver: Driver, database: string): Promise<Health> {
  try {
    const { records } = await driver.executeQuery(cypher('server-version'), {}, { database, routing: neo4j.routing.READ });
    const record = records[0]!;
    return { status: 'ok', neo4j: { connected: true, version: record.get('version'), edition: record.get('edition'), database } };
  } catch (err) {
    return { status: 'unavailable', neo4j: { connected: false, database, error: err instanceof Error ? err.message.split('\n')[0] : String(err) } };
  }
}

export const healthRoutes = (driver: Driver, database: string) => [
  defineRoute({
    method: 'get',
    path: '/api/health',
    tag: 'health',
    summary: 'Neo4j connectivity and server version (503 while the database is unreachable)',
    response: healthSchema,
    statusOf: (health) => (health.neo4j.connected ? 200 : 503),
    handler: () => checkHealth(driver, database),
  }),
];
