// Data access for the timeline: the graph's dated facts and its undated counts. Each row's date
// is read again with contract/fact-date.ts's factDate, so the server dates a fact exactly as the
// client's time filter does (the Cypher only preselects the rows that have one).
import type { Integer } from 'neo4j-driver';
import type { TimelineFact, TimelineResponse } from '../../../contract/api/timeline.ts';
import { TIMELINE_LIMITS } from '../../../contract/api/limits.ts';
import { factDate } from '../../../contract/fact-date.ts';
import { readQuery, type ReadTarget } from '../../../db/read.ts';

type FactRecord = { id: string; type: string; date: unknown; inferredDate: unknown; source: unknown };
type CountRecord = { type: string; count: Integer };

export class TimelineRepository {
  constructor(
    private readonly db: ReadTarget,
    private readonly limit: number = TIMELINE_LIMITS.facts,
  ) {}

  async timeline(): Promise<TimelineResponse> {
    const [dated, undated] = await Promise.all([
      readQuery<FactRecord>(this.db, 'timeline-facts', { limit: this.limit }),
      readQuery<CountRecord>(this.db, 'timeline-undated-counts'),
    ]);
    const facts: TimelineFact[] = [];
    for (const r of dated.records.slice(0, this.limit)) {
      const when = factDate({ date: r.get('date'), inferredDate: r.get('inferredDate') });
      if (!when) continue;
      const source = r.get('source');
      facts.push({
        id: r.get('id'),
        type: r.get('type'),
        date: when.date,
        inferred: when.inferred,
        source: typeof source === 'string' ? source : null,
      });
    }
    return {
      facts,
      undated: Object.fromEntries(undated.records.map((r) => [r.get('type'), r.get('count').toNumber()])),
      truncated: dated.records.length > this.limit,
      limit: this.limit,
    };
  }
}
