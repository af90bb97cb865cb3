// Ad-hoc queries that outlived their 504. Neo4j stops a transaction at the time limit only
// between rows, so a query that loops inside one expression in a way the text guard does not
// know runs on after the answer (`[x IN l | toStringList(l)]` over 30,000 values: 54 s past a
// 0.3 s limit). While one does, further ad-hoc queries are refused with 503, so a client cannot
// pile them up (60 a minute are allowed): at most one overruns at a time for each app.
import neo4j, { type Driver } from 'neo4j-driver';
import { cypher } from '../../../db/queries.ts';
import { AppError } from '../../http/app-error.ts';

export class CypherOverruns {
  /** Request ids whose transaction was still running when the watchdog answered 504. */
  private readonly pending = new Set<string>();

  add(request: string): void {
    this.pending.add(request);
  }

  /**
   * Throws 503 while an overrun transaction is still listed by Neo4j; forgets those that ended.
   * Costs a round trip only while one is pending.
   */
  async assertNoneRunning(driver: Driver, database: string): Promise<void> {
    if (!this.pending.size) return;
    const { records } = await driver.executeQuery(cypher('ad-hoc-overruns'), { requests: [...this.pending] }, { database, routing: neo4j.routing.READ });
    const running = new Set(records.map((r) => r.get('request') as string));
    for (const request of this.pending) if (!running.has(request)) this.pending.delete(request);
    if (this.pending.size) {
      throw new AppError(503, 'DATABASE_BUSY', 'The database is still stopping an earlier ad-hoc query that ran past the time limit; retry in a few seconds', {
        overrunning: this.pending.size,
      });
    }
  }
}
