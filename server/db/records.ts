// Driver values → plain JSON at the data-access edge: integers become numbers (strings when
// beyond 2^53), temporals ISO strings, nodes and relationships the graph payload shapes.
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  type Node,
  type Path,
  type Relationship,
} from 'neo4j-driver';
import type { GraphEdge, GraphNode, GraphPayload, NodeSummary } from '../../contract/api/graph.ts';
import { TECHNICAL_LABELS, TECHNICAL_PROPERTIES } from '../../contract/model.ts';

/**
 * Lists and maps nest at most this deep in a converted value: ad-hoc Cypher can build a value
 * thousands deep (`reduce(l = [], i IN range(1, 4000) | [l])`), and converting it recursively
 * would overflow the stack. Far deeper than any value the graph or a useful query returns.
 */
export const MAX_VALUE_DEPTH = 100;

export class ValueTooDeepError extends Error {
  constructor() {
    super(`value nested deeper than ${MAX_VALUE_DEPTH} lists or maps`);
    this.name = 'ValueTooDeepError';
  }
}

const technical = new Set<string>(TECHNICAL_LABELS);

/** What a node's summary reads of it: a driver Node, or a query's projection of one. */
export type NodeLike = Pick<Node, 'elementId' | 'labels' | 'properties'>;

export function primaryLabel(node: NodeLike): string {
  return node.labels.find((l) => !technical.has(l)) ?? node.labels[0] ?? '';
}

/** `omit`: keys left out (a node's technical properties). */
export function plainProperties(props: Record<string, unknown>, depth = 0, omit?: ReadonlySet<string>): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const key of Object.keys(props)) if (!omit?.has(key)) plain[key] = toPlain(props[key], depth);
  return plain;
}

export function nodeId(node: NodeLike): string {
  const id = node.properties.id;
  return typeof id === 'string' ? id : node.elementId;
}

/** id, label and name only: what a list of relationships shows of the node at the other end. */
export function toNodeSummary(node: NodeLike): NodeSummary {
  const id = nodeId(node);
  const name = node.properties.name ?? node.properties.title ?? node.properties.id;
  return { id, label: primaryLabel(node), name: typeof name === 'string' ? name : id };
}

const technicalProperties = new Set<string>(TECHNICAL_PROPERTIES);

/** A node's properties as the API shows them: the technical ones left out. */
export function entityProperties(node: Node): Record<string, unknown> {
  return plainProperties(node.properties, 0, technicalProperties);
}

export function toGraphNode(node: Node): GraphNode {
  return { ...toNodeSummary(node), properties: entityProperties(node) };
}

/**
 * A relationship names its ends by elementId; the payload names them by slug, so callers pass
 * a lookup from elementId to id (ends not in it keep their elementId).
 */
export function toGraphEdge(rel: Relationship, idOf: (elementId: string) => string | undefined): GraphEdge {
  const id = rel.properties.id;
  return {
    id: typeof id === 'string' ? id : rel.elementId,
    type: rel.type,
    source: idOf(rel.startNodeElementId) ?? rel.startNodeElementId,
    target: idOf(rel.endNodeElementId) ?? rel.endNodeElementId,
    properties: plainProperties(rel.properties),
  };
}

/** `depth` counts the lists and maps around `value`; past MAX_VALUE_DEPTH it throws ValueTooDeepError. */
export function toPlain(value: unknown, depth = 0): unknown {
  // Most property values are strings, lists of strings, booleans or floats: answer those before
  // the driver's type checks, which probe every object for several hidden markers.
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'undefined':
      return null;
  }
  if (value === null) return null;
  if (Array.isArray(value)) {
    if (depth >= MAX_VALUE_DEPTH) throw new ValueTooDeepError();
    return value.map((v) => toPlain(v, depth + 1));
  }
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint')
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value.toString();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value))
    return value.toString();
  if (isPoint(value)) return { srid: toPlain(value.srid), x: value.x, y: value.y, ...(value.z === undefined ? {} : { z: value.z }) };
  if (isNode(value)) return toGraphNode(value);
  if (isRelationship(value)) return toGraphEdge(value, () => undefined);
  if (isPath(value)) {
    const idOf = elementIdLookup([value]);
    return {
      nodes: [value.start, ...value.segments.map((s) => s.end)].map(toGraphNode),
      edges: value.segments.map((s) => toGraphEdge(s.relationship, idOf)),
    };
  }
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'object') {
    if (depth >= MAX_VALUE_DEPTH) throw new ValueTooDeepError();
    return plainProperties(value as Record<string, unknown>, depth + 1);
  }
  return value;
}

function elementIdLookup(paths: Path[]): (elementId: string) => string | undefined {
  const map = new Map<string, string>();
  for (const p of paths) for (const n of [p.start, ...p.segments.map((s) => s.end)]) map.set(n.elementId, nodeId(n));
  return (e) => map.get(e);
}

/**
 * Collects every node, relationship and path found anywhere in a value into one graph payload
 * (deduplicated), so ad-hoc results and endpoint queries render the same way.
 */
export class GraphCollector {
  private readonly nodes = new Map<string, Node>();
  private readonly rels = new Map<string, Relationship>();

  /** `depth` as in toPlain: a value too deep to convert is refused here first, before it overflows. */
  add(value: unknown, depth = 0): this {
    if (isNode(value)) this.nodes.set(value.elementId, value);
    else if (isRelationship(value)) this.rels.set(value.elementId, value);
    else if (isPath(value)) {
      this.add(value.start);
      for (const s of value.segments) this.add(s.relationship).add(s.end);
    } else if (
      Array.isArray(value) ||
      (value && typeof value === 'object' && !neo4j.isInt(value) && Object.getPrototypeOf(value) === Object.prototype)
    ) {
      if (depth >= MAX_VALUE_DEPTH) throw new ValueTooDeepError();
      Object.values(value).forEach((v) => this.add(v, depth + 1));
    }
    return this;
  }

  /** elementIds of relationship ends that were not collected (ad-hoc queries may return only the relationship). */
  missingEndpoints(): string[] {
    const missing = new Set<string>();
    for (const r of this.rels.values()) for (const e of [r.startNodeElementId, r.endNodeElementId]) if (!this.nodes.has(e)) missing.add(e);
    return [...missing];
  }

  get nodeCount(): number {
    return this.nodes.size;
  }

  payload(): GraphPayload {
    const ids = new Map([...this.nodes.values()].map((n) => [n.elementId, nodeId(n)]));
    return {
      nodes: [...this.nodes.values()].map(toGraphNode),
      edges: [...this.rels.values()].map((r) => toGraphEdge(r, (e) => ids.get(e))),
    };
  }
}
