// The Time feature's controller: owns the time range (from the link on load, then the timeline's
// brush), puts it on the stage beside the legend's filters (every graph scene applies it), says
// it on the bus ('time-range-changed': the matrix and the map follow) and in the URL, and keeps
// the timeline's data fresh (again after a commit or a retraction, or once the server is back).
import { api, ApiError } from '../api.ts';
import type { TimelineResponse } from '../../../contract/api/timeline.ts';
import { isAllTime, type TimeRange } from '../../../contract/fact-date.ts';
import { createTimeline } from '../components/timeline.ts';
import type { Bus } from '../events.ts';
import type { Tab } from '../state/url-state.ts';
import type { Stage } from './stage.ts';
import type { UrlSync } from './url-sync.ts';

/** The tabs whose views are filtered by time show the strip ('map' once that tab exists). */
export const TIMELINE_TABS: ReadonlySet<string> = new Set<string>(['explore', 'paths', 'insights', 'map']);

export interface TimeController {
  /** Loads the timeline's data (the range itself is applied from the start). */
  load(): Promise<void>;
  /** Tells the views that listen for it about a range a link restored. */
  announce(): void;
  range(): TimeRange;
}

export function createTime(strip: HTMLDetailsElement, body: HTMLElement, stage: Stage, bus: Bus, urlSync: UrlSync): TimeController {
  let data: TimelineResponse | null = null;
  const current = () => stage.filters.time;

  const view = createTimeline(body, {
    onChange: (range) => {
      void stage.setTimeRange(range);
      bus.emit('time-range-changed', range);
    },
  });
  view.update(null, current(), 'Loading the timeline…');
  urlSync.contribute(() => ({ time: current() }));

  const load = async () => {
    try {
      data = await api.timeline();
      view.update(data, current());
    } catch (err) {
      view.update(data, current(), `Could not load the timeline: ${err instanceof ApiError ? err.message : String(err)}`);
    }
  };
  const showFor = (tab: Tab) => (strip.hidden = !TIMELINE_TABS.has(tab));
  showFor(stage.tab);
  bus.on('tab-changed', showFor);
  bus.on('graph-changed', () => void load());
  bus.on('connection-restored', () => void load());

  return {
    load,
    announce() {
      if (!isAllTime(current())) bus.emit('time-range-changed', current());
    },
    range: current,
  };
}
