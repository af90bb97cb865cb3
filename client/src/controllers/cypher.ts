// The Cypher tab: the console (editor, parameters, examples, history) is loaded on first use,
// since CodeMirror is the bundle's biggest part; its results are drawn in the cypher scene. The
// query, its parameters and the chosen view of the result are in the URL.
import type { GraphPayload } from '../../../contract/api/graph.ts';
import type { CypherConsole, CypherDisplay } from '../components/cypher-console.ts';
import { h } from '../components/dom.ts';
import type { Bus } from '../events.ts';
import type { CypherView, ViewState } from '../state/url-state.ts';
import type { Stage } from './stage.ts';
import type { UrlSync } from './url-sync.ts';

const DEFAULT_QUERY = 'MATCH (a:Official)-[r:MET_WITH]-(b)\nRETURN a, r, b\nLIMIT 25';

export interface CypherTab {
  restore(state: ViewState): Promise<void>;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export function createCypherTab(
  els: { panel: HTMLElement; results: HTMLElement },
  stage: Stage,
  bus: Bus,
  urlSync: UrlSync,
  initial: { query: string; params: string; view: CypherView },
): CypherTab {
  let cypher: CypherConsole | null = null;
  let loading: Promise<CypherConsole> | null = null;

  const ensure = () =>
    (loading ??= (async () => {
      els.panel.replaceChildren(h('p', { class: 'hint loading' }, 'Loading the editor…'));
      const { createCypherConsole } = await import('../components/cypher-console.ts');
      els.panel.replaceChildren();
      const host = {
        showGraph: (graph: GraphPayload | null) => stage.show('cypher', graph ?? { nodes: [], edges: [] }),
        select: async (sel: { kind: 'node' | 'edge'; id: string }) => {
          // The canvas was hidden behind the table: it has its size again only after a frame.
          await nextFrame();
          stage.view.cy.resize();
          await stage.select(sel, { center: true });
        },
        displayed: (display: CypherDisplay) => {
          if (display !== 'graph' || stage.tab !== 'cypher') return;
          requestAnimationFrame(() => {
            stage.view.cy.resize();
            if (stage.view.cy.nodes().length && !stage.selection()) stage.view.cy.fit(undefined, 30);
          });
        },
        changed: () => bus.emit('view-changed'),
      };
      cypher = createCypherConsole(els.panel, els.results, host, { ...initial, query: initial.query || DEFAULT_QUERY });
      return cypher;
    })().catch((err: unknown) => {
      loading = null;
      els.panel.replaceChildren(h('p', { class: 'error-text', role: 'alert' }, `The editor could not be loaded: ${String(err)}`));
      throw err;
    }));

  stage.describeEmpty('cypher', () => {
    switch (cypher?.status()) {
      case 'failed':
        return 'The query failed: there is no result to draw (see the error below).';
      case 'cancelled':
        return 'The query was cancelled: there is no result to draw.';
      case 'running':
        return 'The query is running…';
      case 'result':
        return 'This result has no nodes or relationships to draw: see the Table view.';
      default:
        return 'Run a query: its nodes and relationships are drawn here.';
    }
  });
  bus.on('tab-changed', (tab) => {
    if (tab === 'cypher') void ensure().catch(() => undefined);
  });
  // A commit can bring new labels, types and keys; a retraction can take them away.
  bus.on('graph-changed', () => cypher?.forgetSchema());
  // Until the console is loaded, the link's query stands (it is what the console will open with).
  urlSync.contribute(() =>
    cypher
      ? { query: cypher.lastQuery(), cypherParams: cypher.lastParams(), cypherView: cypher.view() }
      : loading
        ? { query: '', cypherParams: '', cypherView: initial.view }
        : { query: initial.query, cypherParams: initial.params, cypherView: initial.view },
  );
  return {
    async restore(state) {
      if (state.tab === 'cypher' && state.query) await (await ensure()).run();
    },
  };
}
