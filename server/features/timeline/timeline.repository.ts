// Data access for the timeline: the graph's dated facts counted per day and type, and its undated
// counts. Each group's date is read with contract/fact-date.ts's factDate, so the server dates a
// fact exactly as the client's time filter does (the Cypher only groups the raw properties).
import type { Integer } from 'neo4j-driver';
import type { TimelineDay, TimelineResponse } from '../../../contract/api/timeline.ts';
import { factDate } from '../../../contract/fact-date.ts';
import { readQuery, type ReadTarget } from '../../../db/read.ts';

type GroupRecord = { date: unknown; inferredDate: unknown; type: string; facts: Integer };

export class TimelineRepository {
  constructor(private readonly db: ReadTarget) {}

  async timeline(): Promise<TimelineResponse> {
    const { records } = await readQuery<GroupRecord>(this.db, 'timeline-days');
    const days = new Map<string, TimelineDay>();
    const undated: Record<string, number> = {};
    for (const r of records) {
      const type = r.get('type');
      const facts = r.get('facts').toNumber();
      const when = factDate({ date: r.get('date'), inferredDate: r.get('inferredDate') });
      if (!when) {
        undated[type] = (undated[type] ?? 0) + facts;
        continue;
      }
      // Several raw pairs can date the same day (a stated date, an inferred one, or both).
      const key = `${when.date} ${type}`;
      const day = days.get(key) ?? { date: when.date, type, facts: 0, inferred: 0 };
      day.facts += facts;
      if (when.inferred) day.inferred += facts;
      days.set(key, day);
    }
    const byDayThenType = (a: TimelineDay, b: TimelineDay) => a.date.localeCompare(b.date) || a.type.localeCompare(b.type);
    return { days: [...days.values()].sort(byDayThenType), undated };
  }
}
