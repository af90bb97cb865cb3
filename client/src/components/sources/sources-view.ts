// The Sources tab's sidebar: the article list, the opened article and its retraction. Loaded
// on first use; what it draws on the canvas or changes elsewhere goes through the host.
import type { Article } from '../../../../contract/api/articles.ts';
import { getArticle } from '../../evidence/article-store.ts';
import type { GraphEdge, GraphPayload } from '../../../../contract/api/graph.ts';
import type { ArticleFacts } from '../../../../contract/api/sources.ts';
import type { RetractResponse } from '../../../../contract/ingest.ts';
import { api } from '../../api.ts';
import { groupFacts, type Fact } from '../../evidence/facts.ts';
import { h } from '../dom.ts';
import { createArticleList, type SourceRow } from './article-list.ts';
import { createArticleReader } from './article-reader.ts';
import { openRetractDialog } from './retract-dialog.ts';

export interface SourcesHost {
  /** Draws the opened article's facts on the canvas. */
  showFacts(graph: GraphPayload): Promise<void>;
  /** Marks these relationships on the canvas; null clears the mark. */
  markFacts(edges: GraphEdge[] | null): void;
  /** Opens Explore with the fact selected. */
  selectInExplore(fact: Fact): void;
  /** The article is retracted: its relationships and orphaned nodes leave every scene. */
  retracted(result: RetractResponse, gone: { edges: string[]; nodes: string[] }): void;
}

export interface SourcesView {
  load(): Promise<void>;
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function createSourcesView(root: HTMLElement, host: SourcesHost): SourcesView {
  const status = h('p', { class: 'hint', 'aria-live': 'polite', 'data-testid': 'sources-status' });
  const listRoot = h('div');
  const readerRoot = h('section', { class: 'reader', 'aria-label': 'Opened article', 'data-testid': 'source-reader' });
  root.replaceChildren(h('h2', { class: 'panel-title' }, 'Sources'), status, listRoot, readerRoot);

  let rows: SourceRow[] = [];
  let opened: { article: Article; facts: ArticleFacts } | null = null;
  const list = createArticleList(listRoot, { onOpen: (id) => void open(id) });
  const reader = createArticleReader(readerRoot, {
    onSentence: (facts) => host.markFacts(facts.length ? facts.flatMap((f) => f.rels) : null),
    onSelectFact: (fact) => host.selectInExplore(fact),
    onRetract: () => {
      if (opened) confirmRetract(opened.article, opened.facts);
    },
  });

  async function load(): Promise<void> {
    status.textContent = 'Loading the articles…';
    try {
      const [{ articles }, counts] = await Promise.all([api.articles(), api.factCounts()]);
      const facts = new Map(counts.articles.map((c) => [c.id, c.facts]));
      rows = articles.map((article) => ({ article, facts: facts.get(article.id) ?? 0 }));
      status.textContent = `${rows.length === 1 ? '1 article' : `${rows.length} articles`} in the graph.`;
      list.render(rows, opened?.article.id ?? null);
    } catch (err) {
      status.replaceChildren(
        h('span', { class: 'error-text' }, `The articles could not be loaded: ${errorText(err)} `),
        h('button', { type: 'button', class: 'small-button', onclick: () => void load() }, 'Retry'),
      );
    }
  }

  async function open(id: string): Promise<void> {
    const row = rows.find((r) => r.article.id === id);
    if (!row) return;
    readerRoot.replaceChildren(h('p', { class: 'hint loading' }, 'Loading its facts…'));
    try {
      // The list carries no text: the reader fetches the article whole (shared with the evidence cards).
      const [article, facts] = await Promise.all([getArticle(id), api.articleFacts(id)]);
      opened = { article, facts };
      list.render(rows, id);
      reader.show(article, facts);
      await host.showFacts({ nodes: facts.nodes, edges: facts.edges });
    } catch (err) {
      readerRoot.replaceChildren(h('p', { class: 'error-text', role: 'alert' }, `Its facts could not be loaded: ${errorText(err)}`));
    }
  }

  function confirmRetract(article: Article, facts: ArticleFacts): void {
    const plan = {
      article,
      facts: groupFacts(facts.edges),
      names: new Map(facts.nodes.map((n) => [n.id, n.name])),
      orphans: facts.orphans,
      mentioned: facts.mentioned,
    };
    openRetractDialog(
      plan,
      (token) => api.retractArticle(article.id, token),
      (result) => {
        opened = null;
        reader.clear();
        host.retracted(result, { edges: facts.edges.map((e) => e.id), nodes: facts.orphans.map((n) => n.id) });
        void load();
      },
    );
  }

  return { load };
}
