// Data access for /api/health: what the server says of itself, or why it cannot be reached.
import neo4j from 'neo4j-driver';
import type { Health } from '../../../contract/api/health.ts';
import { cypher } from '../../../db/queries.ts';
import { DEFAULT_READ_TIMEOUT_MS, type ReadTarget } from '../../../db/read.ts';
import { unavailableReason } from '../../http/neo4j-errors.ts';

export class HealthRepository {
  constructor(private readonly db: ReadTarget) {}

  async check(): Promise<Health> {
    const { driver, database, timeoutMs = DEFAULT_READ_TIMEOUT_MS } = this.db;
    try {
      // executeQuery, not readQuery: health must answer at once, not retry while Neo4j is down.
      const { records } = await driver.executeQuery(
        cypher('server-version'),
        {},
        { database, routing: neo4j.routing.READ, transactionConfig: { timeout: timeoutMs } },
      );
      const record = records[0]!;
      return { status: 'ok', neo4j: { connected: true, version: record.get('version'), edition: record.get('edition'), database } };
    } catch (err) {
      return { status: 'unavailable', neo4j: { connected: false, database, error: unavailableReason(err) } };
    }
  }
}
