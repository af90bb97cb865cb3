// The Sources tab: the articles behind the graph. Its sidebar (list, reader, retraction) is
// loaded on first use; the opened article's facts are drawn in the sources scene. Choosing a
// fact opens Explore on it, and a retraction takes what went out of every scene.
import type { SourcesHost, SourcesView } from '../components/sources/sources-view.ts';
import { h } from '../components/dom.ts';
import type { Bus } from '../events.ts';
import type { GraphModel } from '../graph/graph-model.ts';
import { TABS, type ViewState } from '../state/url-state.ts';
import { plural } from '../text.ts';
import type { Stage } from './stage.ts';

export interface SourcesTab {
  restore(state: ViewState): Promise<void>;
}

/**
 * Takes a retracted article's relationships and deleted nodes out of a scene's registry, so
 * nothing draws them again (a node no longer registered is out of view, and its edges with it).
 */
export function forgetRetracted(model: Pick<GraphModel, 'nodes' | 'edges'>, gone: { edges: string[]; nodes: string[] }): void {
  for (const id of gone.edges) model.edges.delete(id);
  for (const id of gone.nodes) model.nodes.delete(id);
}

export function createSources(root: HTMLElement, stage: Stage, bus: Bus): SourcesTab {
  let loading: Promise<SourcesView> | null = null;

  const host: SourcesHost = {
    showFacts: (graph) => stage.show('sources', graph),
    markFacts(edges) {
      const m = stage.model('sources');
      const ends = new Set(edges?.flatMap((e) => [e.source, e.target]));
      stage.highlight(
        'sources',
        edges
          ? { path: { nodes: [...ends].map((id) => m.nodes.get(id)).filter((n) => n !== undefined), edges }, ends: [], dim: true }
          : null,
      );
    },
    selectInExplore(fact) {
      stage.setTab('explore');
      // Selecting its start node brings it (and its relationships) into view if it is not.
      void stage
        .select({ kind: 'node', id: fact.source })
        .then(() => stage.select({ kind: 'edge', id: fact.rels[0]!.id }, { center: true }));
    },
    retracted(result, gone) {
      for (const tab of TABS) forgetRetracted(stage.model(tab), gone);
      stage.highlight('sources', null);
      void stage.show('sources', { nodes: [], edges: [] });
      const { relationships, nodes } = result.removed;
      bus.emit('notice', {
        text: `Retracted ${result.articleId}: ${plural(relationships, 'relationship')} and ${plural(nodes, 'node')} removed.`,
      });
      bus.emit('graph-changed', { reason: 'retract', articleId: result.articleId });
    },
  };

  const ensure = () =>
    (loading ??= (async () => {
      root.replaceChildren(h('p', { class: 'hint loading' }, 'Loading the sources…'));
      const { createSourcesView } = await import('../components/sources/sources-view.ts');
      return createSourcesView(root, host);
    })().catch((err: unknown) => {
      loading = null;
      root.replaceChildren(h('p', { class: 'error-text', role: 'alert' }, `The Sources tab could not be loaded: ${String(err)}`));
      throw err;
    }));

  stage.describeEmpty('sources', () => 'Open an article to draw the facts it states.');
  // Reloaded on every visit: another tab may have added an article meanwhile.
  bus.on('tab-changed', (tab) => {
    if (tab === 'sources')
      void ensure().then(
        (view) => view.load(),
        () => undefined,
      );
  });
  return {
    async restore(state) {
      if (state.tab === 'sources') await ensure();
    },
  };
}
