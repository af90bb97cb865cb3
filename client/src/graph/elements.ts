// API graph payloads → Cytoscape element definitions. DOM-free so it is unit-tested; the
// elements carry only what the stylesheet and the tests need, the rest stays in the model.
import type { GraphEdge, GraphNode, GraphPayload, NodeDetails, NodeRelationship } from '../../../contract/api/graph.ts';

export interface NodeElement {
  group: 'nodes';
  data: { id: string; label: string; name: string; display: string };
  position?: { x: number; y: number };
  classes?: string;
}

export interface EdgeElement {
  group: 'edges';
  data: { id: string; source: string; target: string; type: string; display: string };
  classes?: string;
}

/** Characters per line of a node's name on the canvas (about the stylesheet's text-max-width at 12 px). */
export const LABEL_LINE_CHARS = 20;
/** Lines a node's name may take; beyond them it ends in an ellipsis. */
export const LABEL_LINES = 2;

/**
 * A node's name as drawn: broken into lines at spaces (never inside a word while the words fit),
 * at most `lines` lines of about `lineChars` characters, an ellipsis only when the name needs
 * more lines than that. A single word longer than a line is the one thing cut. The full name is
 * in the tooltip and the details panel.
 */
export function displayName(name: string, lineChars = LABEL_LINE_CHARS, lines = LABEL_LINES): string {
  const words = name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => (w.length <= lineChars ? [w] : (w.match(new RegExp(`.{1,${lineChars}}`, 'gu')) ?? [w])));
  const out: string[] = [];
  for (const word of words) {
    const last = out.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= lineChars) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  if (out.length <= lines) return out.join('\n');
  const kept = out.slice(0, lines);
  // Room for the ellipsis: drop the last line's last word if that leaves a word, else cut it.
  let tail = kept[lines - 1]!;
  if (tail.length + 1 > lineChars) tail = tail.includes(' ') ? tail.slice(0, tail.lastIndexOf(' ')) : tail.slice(0, lineChars - 1);
  kept[lines - 1] = `${tail}…`;
  return kept.join('\n');
}

/** Relationship type as drawn on the edge: REQUESTED_COOPERATION_IN → "requested cooperation in". */
export function displayType(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

export function nodeElement(node: GraphNode, position?: { x: number; y: number }): NodeElement {
  const el: NodeElement = {
    group: 'nodes',
    data: { id: node.id, label: node.label, name: node.name, display: displayName(node.name || node.id) },
    classes: `label-${cssIdent(node.label)}`,
  };
  if (position) el.position = { ...position };
  return el;
}

export function edgeElement(edge: GraphEdge): EdgeElement {
  return {
    group: 'edges',
    data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type, display: displayType(edge.type) },
    classes: `type-${cssIdent(edge.type)}`,
  };
}

/** Elements for a payload; edges whose ends are not in the payload are dropped (Cytoscape rejects them). */
export function payloadToElements(payload: GraphPayload): (NodeElement | EdgeElement)[] {
  const ids = new Set(payload.nodes.map((n) => n.id));
  const nodes = dedupeById(payload.nodes).map((n) => nodeElement(n));
  const edges = dedupeById(payload.edges)
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map(edgeElement);
  return [...nodes, ...edges];
}

export function dedupeById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(item.id) ? false : (seen.add(item.id), true)));
}

/** A node's relationship as a plain edge (without the node-relative `other` and `direction`). */
export const relationshipEdge = ({ other: _other, direction: _direction, ...edge }: NodeRelationship): GraphEdge => edge;

/** A node and its relationships as a payload (the other ends are not included). */
export const detailsPayload = (d: NodeDetails): GraphPayload => ({ nodes: [d.node], edges: d.relationships.map(relationshipEdge) });

/** Merges payloads (e.g. several shortest paths) into one, first occurrence wins. */
export function mergePayloads(payloads: GraphPayload[]): GraphPayload {
  return {
    nodes: dedupeById(payloads.flatMap((p) => p.nodes)),
    edges: dedupeById(payloads.flatMap((p) => p.edges)),
    truncated: payloads.some((p) => p.truncated),
  };
}

export function cssIdent(s: string): string {
  return s.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** Counts per label / per type, for the legend and the filters. */
export function countBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/**
 * The best-connected nodes, whose names stay readable in the zoomed-out overview: degree at
 * least `minDegree` and among the top `share` of nodes (at least 3 of them when there are that many).
 */
export function hubIds(nodes: { id: string; degree: number }[], share = 0.15, minDegree = 4): Set<string> {
  const sorted = [...nodes].filter((n) => n.degree >= minDegree).sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id));
  const count = Math.min(sorted.length, Math.max(3, Math.ceil(nodes.length * share)));
  return new Set(sorted.slice(0, count).map((n) => n.id));
}
