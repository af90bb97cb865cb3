// The "Add article" tab: the editor token is taken from the start-up link at once (so it leaves
// the address bar before anything copies the URL); the review screen is loaded on first use, as
// the Cypher console is, and draws its commit preview in the tab's own scene. After a commit the
// Explore tab opens on a node the commit wrote, with its facts and their sentences.
import type { ViewState } from '../state/url-state.ts';
import type { AddArticleHost } from '../components/add-article/add-article-view.ts';
import { h } from '../components/dom.ts';
import type { Bus } from '../events.ts';
import { browserStorage } from '../state/browser-storage.ts';
import { captureToken } from '../state/editor-token.ts';
import { plural } from '../text.ts';
import type { Stage } from './stage.ts';

export interface AddArticleTab {
  restore(state: ViewState): Promise<void>;
}

export function createAddArticle(panel: HTMLElement, stage: Stage, bus: Bus): AddArticleTab {
  captureToken(window, browserStorage());
  let loading: Promise<void> | null = null;

  const host: AddArticleHost = {
    showPreview: (graph, added) => {
      // Drawn as a highlighted path: what the commit creates in red, the existing nodes it attaches to as they are.
      stage.highlight('add', added.nodes.length + added.edges.length ? { path: added, ends: [], dim: false } : null);
      void stage.show('add', graph);
    },
    committed: (result, focusId) => {
      bus.emit('graph-changed', { reason: 'commit', articleId: result.articleId });
      stage.setTab('explore');
      bus.emit('notice', {
        text: `Article “${result.articleId}” added: ${plural(result.created.nodes, 'new node')} and ${plural(result.created.relationships, 'fact')}.`,
      });
      if (focusId) void stage.select({ kind: 'node', id: focusId }, { center: true });
    },
  };

  const ensure = () =>
    (loading ??= (async () => {
      panel.replaceChildren(h('p', { class: 'hint loading' }, 'Loading the review screen…'));
      const { createAddArticleView } = await import('../components/add-article/add-article-view.ts');
      panel.replaceChildren();
      createAddArticleView(panel, host);
    })().catch((err: unknown) => {
      loading = null;
      panel.replaceChildren(h('p', { class: 'error-text', role: 'alert' }, `The review screen could not be loaded: ${String(err)}`));
    }));

  stage.describeEmpty('add', () => 'Extract an article: what its commit would add is drawn here (accepted items only).');
  bus.on('tab-changed', (tab) => {
    if (tab === 'add') void ensure();
  });
  return {
    async restore(state) {
      if (state.tab === 'add') await ensure();
    },
  };
}
