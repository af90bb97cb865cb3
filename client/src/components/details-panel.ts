// The details panel: every property of the selected node or relationship and, for each fact
// (parallel relationships of one type between the same nodes), every sentence that states it
// with its source article (title, date, outlet, link) and the sentence highlighted in the
// article on demand. Counts are of facts and articles, not of sentences.
import { api, ApiError, isAbort } from '../api.ts';
import type { GraphEdge, GraphNode, NeighborCounts, NodeDetails, NodeRelationship, Properties } from '../../../contract/api/graph.ts';
import { propertyText } from '../export/csv.ts';
import { displayType } from '../graph/elements.ts';
import { labelStyle, shapeSvg, typeColor } from '../graph/label-style.ts';
import type { Selection } from '../graph/graph-view.ts';
import { nodeMentions, SPECIAL_EDGE_KEYS, SPECIAL_NODE_KEYS } from '../evidence/evidence.ts';
import { articleCount, groupFacts, type Fact } from '../evidence/facts.ts';
import { plural } from '../text.ts';
import { createEvidenceCard } from './evidence-card.ts';
import { h, svg } from './dom.ts';

export type NodeAction = 'expand' | 'collapse' | 'hide' | 'remove' | 'center' | 'path-from' | 'path-to';

/** Which neighbours an expansion asks for: all, one relationship type, or one neighbour label. */
export interface ExpandFilter {
  types?: string[];
  labels?: string[];
}

/** An expansion that hit the cap: the filter it used and the `skip` of its next page. */
export interface MorePage {
  filter: ExpandFilter;
  next: number;
}

export interface DetailsPanelOptions {
  onSelect(selection: Selection): void;
  onAction(action: NodeAction, id: string): void;
  /** "Expand ▾": all neighbours, or those of one relationship type or one label. */
  onExpand(id: string, filter: ExpandFilter): void;
  /** "Load n more": the page after a capped expansion. */
  onLoadMore(id: string): void;
  /** The node's capped expansion still to be continued, if any. */
  morePage(id: string): MorePage | null;
  /** Most neighbours one expansion (or one "Load more") adds. */
  expandCap: number;
  /** `parallel`: the scene's relationships of the same type between the same ends (the same fact). */
  edge(id: string): { edge: GraphEdge; from: GraphNode | undefined; to: GraphNode | undefined; parallel: GraphEdge[] } | null;
  isExpanded(id: string): boolean;
  inView(id: string): boolean;
  /** A node the client knows, to turn id-valued properties into links. */
  node(id: string): GraphNode | undefined;
}

export interface DetailsPanel {
  show(selection: Selection): void;
  refresh(): void;
}

export function labelChip(label: string): HTMLElement {
  const s = labelStyle(label);
  return h('span', { class: 'label-chip' }, svg(shapeSvg(s.shape, s.color, s.border)), label);
}

const citationCount = (citations: { source: string }[]) =>
  `${plural(citations.length, 'citation')} from ${plural(articleCount(citations), 'article')}`;

function typeChip(type: string): HTMLElement {
  return h('span', { class: 'type-chip', style: `--type-color:${typeColor(type)}`, title: type }, displayType(type));
}

/** camelCase keys get break opportunities at word boundaries so long ones wrap readably. */
function breakable(key: string): (string | HTMLElement)[] {
  return key.split(/(?<=[a-z0-9])(?=[A-Z])/).flatMap((part, i) => (i ? [h('wbr'), part] : [part]));
}

/** A property value that names another node (e.g. askedOf, place, occasion) links to it. */
type NodeLink = (id: string) => HTMLElement | null;

function valueNode(value: unknown, link: NodeLink): Node {
  if (Array.isArray(value)) {
    if (!value.length) return h('span', { class: 'muted' }, '(empty list)');
    return h('ul', { class: 'value-list' }, ...value.map((v) => h('li', {}, valueNode(v, link))));
  }
  return (typeof value === 'string' && link(value)) || document.createTextNode(propertyText(value));
}

function propertiesTable(props: Properties, skip: Set<string>, link: NodeLink, extra: [string, unknown][] = []): HTMLElement {
  const entries = [
    ...extra,
    ...Object.entries(props)
      .filter(([k]) => !skip.has(k))
      .sort(([a], [b]) => a.localeCompare(b)),
  ];
  if (!entries.length) return h('p', { class: 'hint' }, 'No other properties.');
  return h(
    'table',
    { class: 'props', 'data-testid': 'properties' },
    h('caption', { class: 'sr-only' }, 'Properties'),
    h(
      'tbody',
      {},
      ...entries.map(([k, v]) => h('tr', {}, h('th', { scope: 'row', title: k }, ...breakable(k)), h('td', {}, valueNode(v, link)))),
    ),
  );
}

export function createDetailsPanel(root: HTMLElement, opts: DetailsPanelOptions): DetailsPanel {
  let current: Selection = null;
  let controller: AbortController | null = null;
  const body = h('div', { class: 'details-body' });
  root.append(body);

  const nodeLink: NodeLink = (id) => {
    const n = opts.node(id);
    if (!n) return null;
    return h(
      'button',
      { type: 'button', class: 'node-link', title: `Select ${n.name} (${id})`, onclick: () => opts.onSelect({ kind: 'node', id }) },
      labelChip(n.label),
      h('span', {}, n.name),
    );
  };

  const empty = () =>
    body.replaceChildren(
      h('h2', {}, 'Details'),
      h('p', { class: 'hint' }, 'Select a node or relationship to see all its properties and the sentences of the articles that state it.'),
      h(
        'dl',
        { class: 'shortcuts' },
        h('dt', {}, 'Double-click / E'),
        h('dd', {}, 'expand or collapse a node'),
        h('dt', {}, 'H · Delete'),
        h('dd', {}, 'hide · remove from view'),
        h('dt', {}, '← → · ↑ ↓'),
        h('dd', {}, 'step through nodes · neighbours'),
        h('dt', {}, 'Ctrl+Z · Ctrl+Y'),
        h('dd', {}, 'undo · redo'),
        h('dt', {}, '+ − F'),
        h('dd', {}, 'zoom · fit'),
      ),
    );

  /** How many neighbours an expansion with this filter reaches in all (null: not known). */
  const filterTotal = (counts: NeighborCounts | null, filter: ExpandFilter): number | null => {
    if (!counts) return null;
    const type = filter.types?.[0];
    const label = filter.labels?.[0];
    if (type) return counts.byType.find((t) => t.type === type)?.neighbours ?? 0;
    if (label) return counts.byLabel.find((l) => l.label === label)?.neighbours ?? 0;
    return counts.neighbours;
  };

  /**
   * "Expand ▾" (the ▾ is the menu's own marker): all neighbours, or those of one relationship type or one label, each with how
   * many there are (the counts come from the server, so they are the database's, not the view's).
   */
  const expandMenu = (id: string, counts: NeighborCounts | null) => {
    const item = (text: string, count: number | undefined, testId: string, filter: ExpandFilter) =>
      h(
        'li',
        { role: 'none' },
        h(
          'button',
          {
            type: 'button',
            role: 'menuitem',
            'data-testid': testId,
            onclick: () => {
              menu.open = false;
              opts.onExpand(id, filter);
            },
          },
          h('span', {}, text),
          count === undefined ? '' : h('span', { class: 'count' }, count),
        ),
      );
    const heading = (text: string) => h('li', { role: 'presentation', class: 'menu-heading' }, text);
    const menu = h(
      'details',
      { class: 'menu expand-menu' },
      h('summary', { class: 'small-button', 'data-testid': 'details-expand-menu' }, 'Expand'),
      h(
        'ul',
        { role: 'menu', class: 'menu-list', 'aria-label': 'Expand' },
        item('All neighbours', counts?.neighbours, 'expand-all', {}),
        ...(counts?.byType.length
          ? [
              heading('By relationship'),
              ...counts.byType.map((t) => item(displayType(t.type), t.neighbours, `expand-type-${t.type}`, { types: [t.type] })),
            ]
          : []),
        ...(counts?.byLabel.length
          ? [
              heading('By neighbour label'),
              ...counts.byLabel.map((l) => item(l.label, l.neighbours, `expand-label-${l.label}`, { labels: [l.label] })),
            ]
          : []),
      ),
    );
    return menu;
  };

  const nodeActions = (id: string, counts: NeighborCounts | null) => {
    const expanded = opts.isExpanded(id);
    const inView = opts.inView(id);
    const btn = (action: NodeAction, text: string, testId: string, disabled = false) =>
      h(
        'button',
        { type: 'button', class: 'small-button', disabled, 'data-testid': testId, onclick: () => opts.onAction(action, id) },
        text,
      );
    const more = inView ? opts.morePage(id) : null;
    const total = more && filterTotal(counts, more.filter);
    const remaining = more && total !== null ? Math.min(opts.expandCap, Math.max(0, total - more.next)) : null;
    return h(
      'div',
      { class: 'actions', role: 'group', 'aria-label': 'Node actions' },
      inView
        ? btn(expanded ? 'collapse' : 'expand', expanded ? 'Collapse' : 'Expand', 'details-expand')
        : btn('center', 'Add to view', 'details-add'),
      inView ? expandMenu(id, counts) : '',
      more
        ? h(
            'button',
            { type: 'button', class: 'small-button', 'data-testid': 'details-load-more', onclick: () => opts.onLoadMore(id) },
            remaining ? `Load ${remaining} more` : 'Load more',
          )
        : '',
      btn('center', 'Center', 'details-center', !inView),
      btn('hide', 'Hide', 'details-hide', !inView),
      btn('remove', 'Remove from view', 'details-remove', !inView),
      btn('path-from', 'Path from here', 'details-path-from'),
      btn('path-to', 'Path to here', 'details-path-to'),
    );
  };

  /**
   * Facts of one type that cite exactly the same sentences are shown together: the sentences
   * once, with every node they link (a request often names several sectors in one sentence).
   * A fact stated by several articles or sentences shows each citation.
   */
  const factItem = (nodeId: string, facts: Fact<NodeRelationship>[]) => {
    const single = facts.length === 1;
    // Shared citations go once; each fact's own clause then goes next to its end.
    const citations = facts[0]!.citations.map(({ clause, ...ref }) => (single ? { ...ref, clause } : ref));
    const ends = facts.map((fact) => {
      const rel = fact.rels[0]!;
      const clause = single ? undefined : fact.citations[0]?.clause;
      const outgoing = rel.direction === 'out';
      const other = rel.other;
      return h(
        'li',
        { class: 'rel-end' },
        h(
          'span',
          { class: 'direction', title: outgoing ? 'outgoing' : 'incoming', 'aria-label': outgoing ? 'outgoing' : 'incoming' },
          outgoing ? '→' : '←',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'node-link',
            title: `Select ${other.name}`,
            onclick: () => opts.onSelect({ kind: 'node', id: other.id }),
          },
          labelChip(other.label),
          h('span', {}, other.name),
        ),
        opts.inView(other.id) && opts.inView(nodeId)
          ? h(
              'button',
              {
                type: 'button',
                class: 'link-button',
                title: 'Select this relationship on the canvas',
                onclick: () => opts.onSelect({ kind: 'edge', id: rel.id }),
              },
              'select',
            )
          : h('span'),
        clause ? h('q', { class: 'rel-clause' }, clause) : '',
      );
    });
    return h(
      'li',
      { class: 'rel', 'data-testid': 'relationship', 'data-type': facts[0]!.type },
      h('ul', { class: 'rel-ends' }, ...ends),
      citations.length > 1 ? h('p', { class: 'citation-count', 'data-testid': 'citation-count' }, citationCount(citations)) : '',
      ...citations.map((ev) => createEvidenceCard(ev)),
    );
  };

  const byCitations = (facts: Fact<NodeRelationship>[]): Fact<NodeRelationship>[][] => {
    const groups = new Map<string, Fact<NodeRelationship>[]>();
    for (const f of facts) {
      const key = f.citations.map((e) => `${e.source}\u0000${e.evidence}`).join('\u0001') || f.rels[0]!.id;
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    return [...groups.values()];
  };

  const renderNode = (details: NodeDetails, counts: NeighborCounts | null) => {
    const { node, relationships, truncated } = details;
    const props = node.properties;
    const aliases = Array.isArray(props.aliases) ? props.aliases.map((a) => propertyText(a)) : [];
    const mentions = nodeMentions(props);
    const facts = groupFacts(relationships);
    const byType = new Map<string, Fact<NodeRelationship>[]>();
    for (const f of facts) byType.set(f.type, [...(byType.get(f.type) ?? []), f]);
    const relSections = [...byType]
      .sort((a, b) => b[1].length - a[1].length)
      .map(([type, typed]) =>
        h(
          'section',
          { class: 'rel-group' },
          h('h4', {}, typeChip(type), h('span', { class: 'count', title: plural(typed.length, 'fact') }, typed.length)),
          h('ul', { class: 'rels' }, ...byCitations(typed).map((group) => factItem(node.id, group))),
        ),
      );
    const articles = articleCount(facts.flatMap((f) => f.citations));
    body.replaceChildren(
      h(
        'div',
        { class: 'details-head' },
        labelChip(node.label),
        h('h2', { 'data-testid': 'details-title' }, node.name),
        h('code', { class: 'node-id' }, node.id),
      ),
      nodeActions(node.id, counts),
      aliases.length
        ? h('div', { class: 'aliases' }, h('h3', {}, 'Also known as'), h('ul', { class: 'chips' }, ...aliases.map((a) => h('li', {}, a))))
        : '',
      h('h3', {}, 'Properties'),
      propertiesTable(props, SPECIAL_NODE_KEYS, nodeLink),
      mentions.length
        ? h(
            'section',
            {},
            h('h3', {}, `Mentioned in ${plural(articleCount(mentions), 'article')}`),
            ...mentions.map((m) => createEvidenceCard(m)),
          )
        : '',
      // A hub's list is the server's sample: say so rather than pass it off as all of them.
      h(
        'h3',
        { 'data-testid': 'relationships-heading' },
        truncated
          ? `Facts (first ${facts.length} of more)`
          : `Facts (${facts.length}${facts.length ? ` from ${plural(articles, 'article')}` : ''})`,
      ),
      relationships.length ? h('div', {}, ...relSections) : h('p', { class: 'hint' }, 'No relationships.'),
    );
  };

  const renderEdge = (id: string) => {
    const found = opts.edge(id);
    if (!found) {
      body.replaceChildren(h('p', { class: 'hint' }, 'This relationship is no longer in view.'));
      return;
    }
    const { edge, from, to, parallel } = found;
    const end = (n: GraphNode | undefined, fallback: string) =>
      n
        ? h(
            'button',
            { type: 'button', class: 'node-link', onclick: () => opts.onSelect({ kind: 'node', id: n.id }) },
            labelChip(n.label),
            h('span', {}, n.name),
          )
        : h('span', {}, fallback);
    // The parallel relationships on the canvas are the same fact: all their citations are shown.
    const evidence = groupFacts([edge, ...parallel.filter((p) => p.id !== edge.id)])[0]!.citations;
    body.replaceChildren(
      h(
        'div',
        { class: 'details-head' },
        h('span', { class: 'kind' }, 'Relationship'),
        h('h2', { 'data-testid': 'details-title' }, typeChip(edge.type)),
      ),
      h(
        'div',
        { class: 'edge-ends' },
        end(from, edge.source),
        h('span', { class: 'direction' }, h('span', { 'aria-hidden': 'true' }, '↓ '), displayType(edge.type)),
        end(to, edge.target),
      ),
      h('h3', { 'data-testid': 'evidence-heading' }, evidence.length > 1 ? `Evidence: ${citationCount(evidence)}` : 'Evidence'),
      evidence.length
        ? h('div', {}, ...evidence.map((ev) => createEvidenceCard(ev, { open: true })))
        : h('p', { class: 'hint' }, 'No evidence recorded for this relationship.'),
      h('h3', {}, 'Properties'),
      propertiesTable(edge.properties, SPECIAL_EDGE_KEYS, nodeLink, [['id', edge.id]]),
    );
  };

  const show = (selection: Selection) => {
    current = selection;
    controller?.abort();
    root.dataset.kind = selection?.kind ?? 'none';
    if (!selection) return empty();
    if (selection.kind === 'edge') return renderEdge(selection.id);
    controller = new AbortController();
    const signal = controller.signal;
    body.replaceChildren(h('p', { class: 'hint loading' }, 'Loading details…'));
    // The counts only feed the Expand menu: without them the panel still shows the node.
    const counts = api.neighborCounts(selection.id, signal).catch(() => null);
    api.node(selection.id, signal).then(
      async (details) => {
        const known = await counts;
        if (current === selection) renderNode(details, known);
      },
      (err: unknown) => {
        if (isAbort(err) || current !== selection) return;
        const msg =
          err instanceof ApiError && err.status === 404
            ? 'This node no longer exists in the database.'
            : `Could not load details: ${err instanceof Error ? err.message : String(err)}`;
        body.replaceChildren(
          h('p', { class: 'error-text', role: 'alert' }, msg),
          h('button', { type: 'button', class: 'small-button', onclick: () => show(selection) }, 'Retry'),
        );
      },
    );
  };

  empty();
  return { show, refresh: () => show(current) };
}
