// The Explore tab: the overview graph (capped), the search box, and what a shared link adds to
// the overview (nodes found by search, expansions, hidden and removed nodes). What the link asked
// for but could not be loaded is named in a notice rather than silently left out.
import { api, ApiError } from '../api.ts';
import { createSearchBox } from '../components/search-box.ts';
import type { Bus } from '../events.ts';
import type { OverviewPayload } from '../../../contract/api/graph.ts';
import { detailsPayload } from '../graph/elements.ts';
import type { ViewState } from '../state/url-state.ts';
import { plural, restoreNotice } from '../text.ts';
import type { Stage } from './stage.ts';
import type { UrlSync } from './url-sync.ts';

export interface ExploreOptions {
  stage: Stage;
  bus: Bus;
  urlSync: UrlSync;
  searchRoot: HTMLElement;
  /** What the link asks the view to hold beyond the overview. */
  state: ViewState;
  nodeCap: number;
  expandCap: number;
}

export interface Explore {
  /** Loads the overview, then re-applies what the link's state asked for. */
  load(): Promise<void>;
}

type Overview = 'loading' | 'ready' | 'error';

/**
 * What the overview left out, for the stage's warning ('' when nothing): the nodes past the cap,
 * and the relationships among the nodes past the edges cap (the most cited facts are the ones sent).
 */
export function overviewCapNotice(graph: OverviewPayload, nodeCap: number): string {
  const parts: string[] = [];
  if (graph.truncated || graph.nodes.length > nodeCap)
    parts.push(`showing the first ${plural(Math.min(graph.nodes.length, nodeCap), 'node')}`);
  if (graph.edgesTruncated)
    parts.push(
      `${graph.edges.length.toLocaleString('en')} of the ${graph.relationshipsAmong.toLocaleString('en')} relationships among them (the most cited facts)`,
    );
  return parts.length ? `Capped: ${parts.join(', ')}` : '';
}

export function createExplore(opts: ExploreOptions): Explore {
  const { stage, bus, state } = opts;
  const m = stage.model('explore');
  /** Nodes brought into the view by search or a link (beyond the overview), for the URL. */
  const added = new Set<string>();
  let overview: Overview = 'loading';

  // `load` and `setOverview` call each other (an error offers a retry), hence declarations.
  function setOverview(next: Overview): void {
    overview = next;
    document.body.dataset.overview = next;
    stage.setPending(
      'explore',
      next === 'loading'
        ? { kind: 'loading', text: 'Loading the graph…' }
        : next === 'error'
          ? { kind: 'error', text: 'The graph could not be loaded.', retry: () => void load() }
          : null,
    );
  }

  /** Re-applies the link's additions and expansions; returns what could not be loaded. */
  async function restore(): Promise<{ nodes: string[]; expansions: string[] }> {
    const failed = { nodes: [] as string[], expansions: [] as string[] };
    for (const id of state.added) {
      const d = await api.node(id).catch(() => null);
      if (!d) failed.nodes.push(id);
      else if (m.add(detailsPayload(d)).length) added.add(id);
    }
    for (const id of state.expanded) {
      const payload = m.inView(id) ? await api.neighbors(id, { depth: 1, limit: opts.expandCap }).catch(() => null) : null;
      if (payload) m.expand(id, payload);
      else failed.expansions.push(m.nodes.get(id)?.name ?? id);
    }
    return failed;
  }

  async function load(): Promise<void> {
    setOverview('loading');
    let failed: { nodes: string[]; expansions: string[] } | null = null;
    try {
      performance.mark('vj:overview-request');
      const graph = await api.graph({ limit: opts.nodeCap });
      performance.mark('vj:overview-response');
      m.reset(graph);
      const capped = overviewCapNotice(graph, opts.nodeCap);
      stage.setWarning('explore', capped);
      if (capped) bus.emit('notice', { text: `${capped}. Search or expand to reach the rest.`, kind: 'warning' });
      failed = await restore();
      m.remove(state.deleted);
      m.hide(state.hidden);
      m.clearHistory();
      setOverview('ready');
    } catch (err) {
      setOverview('error');
      if (!(err instanceof ApiError && err.isUnavailable))
        bus.emit('notice', { text: `Could not load the graph: ${err instanceof Error ? err.message : String(err)}`, kind: 'warning' });
    }
    if (stage.tab === 'explore') await stage.refresh({ relayout: true });
    const notice = failed && restoreNotice(failed);
    if (notice) bus.emit('notice', { text: notice, kind: 'warning' });
  }

  setOverview('loading');
  stage.describeEmpty('explore', (filtered) =>
    filtered ? 'Every node in view is filtered out. Use “Show all” in the legend.' : 'The graph is empty. Search for an entity to add it.',
  );
  bus.on('node-added', ({ tab, id }) => {
    if (tab === 'explore') added.add(id);
  });
  bus.on('connection-restored', () => {
    if (overview === 'error') void load();
  });
  opts.urlSync.contribute(() => ({
    expanded: m.expandedIds(),
    added: [...added].filter((id) => m.inView(id)),
    hidden: m.hiddenIds(),
    deleted: m.deletedIds(),
  }));
  createSearchBox(opts.searchRoot, {
    label: 'Find an entity',
    placeholder: 'Name, alias… e.g. kyu',
    testId: 'search',
    onPick: (r) => {
      if (stage.tab !== 'explore') stage.setTab('explore');
      // The chosen result is centred and zoomed to, wherever it was: the user asked for that node.
      void stage.select({ kind: 'node', id: r.id }, { center: true, focus: true });
    },
  });
  return { load };
}
