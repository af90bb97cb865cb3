// The Cypher tab: the console (editor, examples, history) is loaded on first use, since
// CodeMirror is the bundle's biggest part; its results are drawn in the cypher scene.
import type { GraphPayload } from '../../../contract/api/graph.ts';
import type { CypherConsole } from '../components/cypher-console.ts';
import { h } from '../components/dom.ts';
import type { Bus } from '../events.ts';
import type { ViewState } from '../state/url-state.ts';
import type { Stage } from './stage.ts';
import type { UrlSync } from './url-sync.ts';

const DEFAULT_QUERY = 'MATCH (a:Official)-[r:MET_WITH]-(b)\nRETURN a, r, b\nLIMIT 25';

export interface CypherTab {
  restore(state: ViewState): Promise<void>;
}

export function createCypherTab(
  els: { panel: HTMLElement; results: HTMLElement },
  stage: Stage,
  bus: Bus,
  urlSync: UrlSync,
  initialQuery: string,
): CypherTab {
  let cypher: CypherConsole | null = null;
  let loading: Promise<CypherConsole> | null = null;
  let failed = false;

  const ensure = () =>
    (loading ??= (async () => {
      els.panel.replaceChildren(h('p', { class: 'hint loading' }, 'Loading the editor…'));
      const { createCypherConsole } = await import('../components/cypher-console.ts');
      els.panel.replaceChildren();
      const host = {
        showGraph: (graph: GraphPayload | null) => {
          failed = graph === null;
          return stage.show('cypher', graph ?? { nodes: [], edges: [] });
        },
        changed: () => bus.emit('view-changed'),
      };
      cypher = createCypherConsole(els.panel, els.results, host, initialQuery || DEFAULT_QUERY);
      return cypher;
    })().catch((err: unknown) => {
      loading = null;
      els.panel.replaceChildren(h('p', { class: 'error-text', role: 'alert' }, `The editor could not be loaded: ${String(err)}`));
      throw err;
    }));

  stage.describeEmpty('cypher', () =>
    failed
      ? 'The query failed: there is no result to draw (see the error below).'
      : cypher?.lastQuery()
        ? 'This result has no nodes or relationships to draw: see the table below.'
        : 'Run a query: its nodes and relationships are drawn here.',
  );
  bus.on('tab-changed', (tab) => {
    if (tab === 'cypher') void ensure().catch(() => undefined);
  });
  // Until the console is loaded, the link's query stands (it is what the console will open with).
  urlSync.contribute(() => ({ query: cypher?.lastQuery() || (loading ? '' : initialQuery) }));
  return {
    async restore(state) {
      if (state.tab === 'cypher' && state.query) await (await ensure()).run();
    },
  };
}
