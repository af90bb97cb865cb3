// The one driver factory: the server, the seed loader, the benchmarks, the tools and the tests
// all connect through it, with the same fail-fast settings unless they say otherwise.
import neo4j, { type Config as DriverConfig, type Driver } from 'neo4j-driver';
import type { Neo4jTarget } from '../config/config.ts';

/** How long reads are retried after errors the driver calls retryable (Neo4j down, a reader gone). */
export const READ_RETRY_MS = 2_000;

export function createDriver(
  target: Neo4jTarget,
  tuning: Pick<DriverConfig, 'maxConnectionPoolSize' | 'connectionAcquisitionTimeout' | 'connectionTimeout'> = {},
): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
    // Fail fast while Neo4j is down so the API can answer 503 instead of hanging.
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: READ_RETRY_MS,
    maxConnectionPoolSize: 50,
    userAgent: 'vj-graph-explorer',
    ...tuning,
  });
}
