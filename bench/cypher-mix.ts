// The ad-hoc Cypher that bench:serve sends to POST /api/cypher: what people type into the
// console, not one text repeated (one text is a 100 % verdict-cache hit, a best case). Every
// text is read-only and runs on the generated model (bench/generate.ts): lookups by id, by label
// and property, one- and two-hop patterns, aggregations, ORDER BY/LIMIT, OPTIONAL MATCH, WITH
// chains, CALL subqueries, COUNT {}, bounded paths, full-text search. Each stays cheap to
// moderate on 100k nodes / 1M relationships: anything anchored on a node that may be a hub
// (the generic ids, where every 10th is one) reads degrees or stops at a LIMIT, never expands a
// hub's every relationship to sort or group it.
//
// Request i runs text i mod n with parameters drawn for i, so the texts cycle and their
// parameters vary (ids from the workload). Parameters are plain JSON, as a console sends them:
// whole numbers are integers to the API, the driver (through cypherParams) and the Query API.
import type { SeedNode } from '../contract/dataset.ts';
import type { NodeLabel } from '../contract/model.ts';
import { buildLuceneQuery } from '../db/lucene.ts';

export type JsonParams = Record<string, string | number | string[]>;

export interface MixEntry {
  query: string;
  params(p: MixPicker, i: number): JsonParams;
}

/** Values the mix's parameters are drawn from: ids of each label and property values the data holds. */
export interface MixPools {
  /** Any entity, hubs among them (the serving workload's ids). */
  ids: string[];
  pairs: [string, string][];
  byLabel: Record<NodeLabel, string[]>;
  years: number[];
  eventPlaces: string[];
  sectorNames: string[];
  /** The first word of officials' titles with their country, as they occur together. */
  titleWords: { country: string; word: string }[];
  names: string[];
}

export interface MixPicker {
  id(i: number): string;
  pair(i: number): [string, string];
  of(label: NodeLabel, i: number): string;
  year(i: number): number;
  eventPlace(i: number): string;
  sectorName(i: number): string;
  titleWord(i: number): { country: string; word: string };
  lucene(i: number): string;
  limit(i: number): number;
}

const LIMITS = [10, 25, 50];

export function mixPicker(pools: MixPools): MixPicker {
  // Steps coprime with the pool sizes would be nicer; a prime step is enough to walk them evenly.
  const at = <T>(list: T[], i: number, step = 1): T => {
    if (list.length === 0) throw new Error('the Cypher mix needs a value of every kind; the dataset has none of one');
    return list[(i * step) % list.length]!;
  };
  return {
    id: (i) => at(pools.ids, i),
    pair: (i) => at(pools.pairs, i),
    of: (label, i) => at(pools.byLabel[label], i, 7),
    year: (i) => at(pools.years, i),
    eventPlace: (i) => at(pools.eventPlaces, i, 3),
    sectorName: (i) => at(pools.sectorNames, i),
    titleWord: (i) => at(pools.titleWords, i),
    lucene: (i) => {
      const name = at(pools.names, i, 11);
      const words = name.split(/\s+/);
      return buildLuceneQuery([name, words[0]!, words.at(-1)!.slice(0, 3)][i % 3]!) ?? buildLuceneQuery(name) ?? 'vietnam';
    },
    limit: (i) => LIMITS[i % LIMITS.length]!,
  };
}

/** Up to `n` values spread over the whole list (deterministic: every k-th). */
const spread = <T>(list: T[], n: number): T[] => {
  const step = Math.max(1, Math.floor(list.length / n));
  return list.filter((_v, i) => i % step === 0).slice(0, n);
};

export function mixPools(nodes: SeedNode[], ids: string[], pairs: [string, string][]): MixPools {
  const byLabel = {} as Record<NodeLabel, string[]>;
  const grouped = new Map<string, SeedNode[]>();
  for (const n of nodes) grouped.set(n.label, [...(grouped.get(n.label) ?? []), n]);
  for (const [label, list] of grouped) byLabel[label as NodeLabel] = spread(list, 300).map((n) => n.id);
  const events = grouped.get('Event') ?? [];
  const distinct = <T>(values: T[]) => [...new Set(values)];
  const prop = (n: SeedNode, key: string) => (n.properties as Record<string, unknown>)[key];
  return {
    ids,
    pairs,
    byLabel,
    years: distinct(events.map((e) => prop(e, 'year')).filter((y): y is number => typeof y === 'number')).sort(),
    eventPlaces: distinct(events.map((e) => prop(e, 'place')).filter((p): p is string => typeof p === 'string')).slice(0, 100),
    sectorNames: (grouped.get('Sector') ?? []).map((s) => s.name),
    titleWords: distinct(
      (grouped.get('Official') ?? []).flatMap((o) => {
        const [title, country] = [prop(o, 'title'), prop(o, 'country')];
        return typeof title === 'string' && typeof country === 'string' ? [`${country} ${title.split(' ')[0]!}`] : [];
      }),
    ).map((pair) => {
      const [country, word] = pair.split(' ') as [string, string];
      return { country, word };
    }),
    names: spread(nodes, 500).map((n) => n.name),
  };
}

const id = (p: MixPicker, i: number) => ({ id: p.id(i) });
const off = (p: MixPicker, i: number) => ({ official: p.of('Official', i) });
const org = (p: MixPicker, i: number) => ({ org: p.of('Organization', i) });
const event = (p: MixPicker, i: number) => ({ event: p.of('Event', i) });
const sector = (p: MixPicker, i: number) => ({ sector: p.of('Sector', i) });
const pref = (p: MixPicker, i: number) => ({ prefecture: p.of('Prefecture', i) });
const withLimit =
  (f: (p: MixPicker, i: number) => JsonParams) =>
  (p: MixPicker, i: number): JsonParams => ({ ...f(p, i), limit: p.limit(i) });
const pair = (p: MixPicker, i: number) => {
  const [from, to] = p.pair(i);
  return { from, to };
};
const none = () => ({});

export const CYPHER_MIX: MixEntry[] = [
  // By id, any entity (hubs among them): the node, its fields, its degree.
  { query: 'MATCH (n:Entity {id: $id}) RETURN n', params: id },
  { query: 'MATCH (n:Entity {id: $id}) RETURN n.name AS name, labels(n) AS labels, n.aliases AS aliases', params: id },
  { query: 'MATCH (o:Entity {id: $id})-[r]->(x:Entity) RETURN o.name AS name, type(r) AS type, x.name AS other LIMIT 25', params: id },
  { query: 'MATCH (o:Entity {id: $id})-[r]-(x) RETURN o, r, x LIMIT $limit', params: withLimit(id) },
  { query: 'MATCH (o:Entity {id: $id}) RETURN o.name AS name, COUNT { (o)--() } AS degree', params: id },
  {
    query:
      'MATCH (o:Entity {id: $id})\nRETURN o.name AS name, COUNT { (o)-[:MET_WITH]-() } AS meetings, COUNT { (o)-[:REPRESENTS]-() } AS represents,\n  COUNT { (o)-[:PARTICIPATED_IN]-() } AS participations, COUNT { (o)-[:REQUESTED_COOPERATION_IN]-() } AS requests',
    params: id,
  },
  {
    query:
      'MATCH (o:Entity {id: $id})\nWITH o, COUNT { (o)--() } AS degree\nMATCH (o)-[]-(x)\nWITH o, degree, x LIMIT 10\nRETURN o.name AS name, degree, collect(x.name) AS sample',
    params: id,
  },
  {
    // Directed and typed: undirected, 2 hops from an official next to a hub sector walks the hub's every relationship.
    query: 'MATCH (o:Official {id: $official})-[:REPRESENTS|SUPPORTS*1..2]->(x:Sector) RETURN DISTINCT x.name AS sector LIMIT 10',
    params: off,
  },
  {
    query: 'UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id, n.name AS name, COUNT { (n)--() } AS degree',
    params: (p, i) => ({ ids: [0, 1, 2, 3, 4].map((k) => p.id(i + k * 13)) }),
  },
  // Officials.
  { query: 'MATCH (o:Official {id: $official}) RETURN o {.name, .title, .country} AS official', params: off },
  {
    query: 'MATCH (o:Official {id: $official})-[:MET_WITH]-(p:Official) RETURN p.name AS met, p.title AS title LIMIT $limit',
    params: withLimit(off),
  },
  { query: 'MATCH (o:Official {id: $official})-[:REPRESENTS]->(x) RETURN x.name AS represents, labels(x)[0] AS label', params: off },
  {
    query:
      'MATCH (o:Official {id: $official})-[r:REQUESTED_COOPERATION_IN]->(s:Sector) RETURN s.name AS sector, r.date AS date ORDER BY r.date DESC LIMIT 10',
    params: off,
  },
  {
    query:
      'MATCH (o:Official {id: $official})-[:PARTICIPATED_IN]->(e:Event) RETURN e.name AS event, e.year AS year ORDER BY e.year DESC LIMIT $limit',
    params: withLimit(off),
  },
  {
    query:
      'MATCH (o:Official {id: $official})-[:MET_WITH]-(p)-[:REPRESENTS]->(x:Organization) RETURN DISTINCT x.name AS organization LIMIT 20',
    params: off,
  },
  {
    query:
      'MATCH (o:Official {id: $official})\nOPTIONAL MATCH (o)-[:REPRESENTS]->(x)\nRETURN o.name AS name, o.title AS title, collect(x.name) AS represents',
    params: off,
  },
  {
    query:
      'MATCH (a:Official {id: $official})-[:MET_WITH]-(b:Official)-[:MET_WITH]-(c:Official)\nWHERE c <> a\nRETURN DISTINCT c.name AS friendOfFriend LIMIT 25',
    params: off,
  },
  {
    query:
      'MATCH (o:Official {id: $official})-[r:MET_WITH]-(p)\nWITH p, count(r) AS meetings ORDER BY meetings DESC LIMIT 5\nRETURN p.name AS partner, meetings',
    params: off,
  },
  {
    query:
      'MATCH (o:Official {id: $official})\nOPTIONAL MATCH (o)-[:PARTICIPATED_IN]->(e:Event)\nOPTIONAL MATCH (e)-[:HELD_IN]->(place)\nRETURN e.name AS event, place.name AS place LIMIT 10',
    params: off,
  },
  {
    query:
      'MATCH (o:Official {id: $official})-[r:REQUESTED_COOPERATION_IN]->(s:Sector)\nUNWIND r.askedOf AS asked\nMATCH (x:Entity {id: asked})\nRETURN s.name AS sector, x.name AS askedOf LIMIT 20',
    params: off,
  },
  {
    query:
      'MATCH (o:Official {id: $official})-[r]->(x)\nWHERE r.date >= $since\nRETURN type(r) AS type, x.name AS other, r.date AS date ORDER BY r.date DESC LIMIT 10',
    params: (p, i) => ({ ...off(p, i), since: `${p.year(i)}-01-01` }),
  },
  {
    // A country and title word that occur together: a pair no official has would scan every one (0.2 s on 1M).
    query: 'MATCH (o:Official) WHERE o.country = $country AND o.title STARTS WITH $word RETURN o.name AS name, o.title AS title LIMIT 10',
    params: (p, i) => p.titleWord(i),
  },
  // Organisations.
  {
    query:
      'MATCH (x:Organization {id: $org})-[:LOCATED_IN]->(place) RETURN x.name AS organization, place.name AS place, labels(place) AS labels',
    params: org,
  },
  {
    query: 'MATCH (x:Organization {id: $org})<-[:REPRESENTS]-(o:Official) RETURN o.name AS official, o.title AS title LIMIT $limit',
    params: withLimit(org),
  },
  {
    query:
      'MATCH (x:Organization {id: $org})-[r:INVESTS_IN]->(s:Sector) RETURN s.name AS sector, sum(r.amountUsdMillions) AS usdMillions ORDER BY usdMillions DESC',
    params: org,
  },
  { query: 'MATCH (x:Organization {id: $org})-[r:SUPPORTS]->(y) RETURN y.name AS supports, r.kind AS kind LIMIT 25', params: org },
  {
    query:
      'MATCH (x:Organization {id: $org})\nRETURN x.name AS name, x.kind AS kind, x.country AS country,\n  COUNT { (x)<-[:REPRESENTS]-() } AS representatives, COUNT { (x)-[:INVESTS_IN]->() } AS investments',
    params: org,
  },
  {
    query: 'MATCH (x:Organization {id: $org})-[:PART_OF*1..2]->(parent:Organization) RETURN DISTINCT parent.name AS parent LIMIT 10',
    params: org,
  },
  {
    query:
      'MATCH (x:Organization {id: $org})-[:LOCATED_IN]->(p:Prefecture)-[:PART_OF]->(r:Region) RETURN x.name AS organization, p.name AS prefecture, r.name AS region',
    params: org,
  },
  {
    query:
      'MATCH (x:Organization {id: $org})\nCALL (x) {\n  MATCH (x)<-[:REPRESENTS]-(o:Official)\n  RETURN o.name AS official LIMIT 3\n}\nRETURN x.name AS organization, collect(official) AS officials',
    params: org,
  },
  // Events.
  { query: 'MATCH (e:Event {id: $event})-[:HELD_IN]->(place) RETURN e.name AS event, e.year AS year, place.name AS place', params: event },
  {
    query: 'MATCH (e:Event {id: $event})<-[r:PARTICIPATED_IN]-(x) RETURN x.name AS participant, r.role AS role LIMIT $limit',
    params: withLimit(event),
  },
  {
    query:
      'MATCH (e:Event {id: $event})<-[r:PARTICIPATED_IN]-() RETURN r.role AS role, count(*) AS participants ORDER BY participants DESC',
    params: event,
  },
  {
    query:
      'MATCH (e:Event {id: $event})<-[:PARTICIPATED_IN]-(o:Official)-[:REPRESENTS]->(x:Organization)\nRETURN x.name AS organization, count(DISTINCT o) AS officials ORDER BY officials DESC LIMIT 10',
    params: event,
  },
  {
    query: 'MATCH (e:Event) WHERE e.year = $year RETURN e.name AS event LIMIT $limit',
    params: (p, i) => ({ year: p.year(i), limit: p.limit(i) }),
  },
  { query: 'MATCH (e:Event) WHERE e.year = $year RETURN count(e) AS events', params: (p, i) => ({ year: p.year(i) }) },
  {
    query: 'MATCH (e:Event {place: $place}) RETURN e.name AS event, e.year AS year ORDER BY e.year DESC LIMIT 10',
    params: (p, i) => ({ place: p.eventPlace(i) }),
  },
  // Sectors.
  {
    query: 'MATCH (s:Sector {id: $sector})<-[:REQUESTED_COOPERATION_IN]-(o:Official) RETURN o.name AS official LIMIT $limit',
    params: withLimit(sector),
  },
  {
    query:
      'MATCH (s:Sector {id: $sector})\nRETURN s.name AS sector, COUNT { (s)<-[:REQUESTED_COOPERATION_IN]-() } AS requests,\n  COUNT { (s)<-[:INVESTS_IN]-() } AS investments, COUNT { (s)<-[:SUPPORTS]-() } AS supporters',
    params: sector,
  },
  {
    query:
      'MATCH (s:Sector {id: $sector})<-[r:INVESTS_IN]-(x:Organization) RETURN x.name AS investor, r.amountUsdMillions AS usdMillions ORDER BY usdMillions DESC LIMIT 10',
    params: sector,
  },
  {
    query:
      'MATCH (s:Sector) RETURN s.name AS sector, COUNT { (s)<-[:REQUESTED_COOPERATION_IN]-() } AS requests ORDER BY requests DESC LIMIT 5',
    params: none,
  },
  { query: 'MATCH (s:Sector {name: $name}) RETURN s.id AS id, s.aliases AS aliases', params: (p, i) => ({ name: p.sectorName(i) }) },
  // Places.
  { query: 'MATCH (p:Prefecture {id: $prefecture})-[:PART_OF]->(r:Region) RETURN p.name AS prefecture, r.name AS region', params: pref },
  {
    query:
      'MATCH (p:Prefecture {id: $prefecture})<-[:LOCATED_IN]-(x:Organization) RETURN x.name AS organization, x.kind AS kind LIMIT $limit',
    params: withLimit(pref),
  },
  {
    query:
      'MATCH (p:Prefecture {id: $prefecture})<-[:REPRESENTS]-(o:Official)-[:REQUESTED_COOPERATION_IN]->(s:Sector)\nRETURN s.name AS sector, count(*) AS requests ORDER BY requests DESC LIMIT 5',
    params: pref,
  },
  {
    query: 'MATCH (r:Region)<-[:PART_OF]-(p:Prefecture) RETURN r.name AS region, collect(p.name) AS prefectures ORDER BY region',
    params: none,
  },
  {
    query:
      'MATCH (r:Region {id: $region})<-[:PART_OF]-(p:Prefecture)<-[:LOCATED_IN]-(x:Organization)\nRETURN p.name AS prefecture, count(x) AS organizations ORDER BY organizations DESC',
    params: (p, i) => ({ region: p.of('Region', i) }),
  },
  {
    query: 'MATCH (l:Locality {id: $locality})-[:LOCATED_IN]->(c:Country) RETURN l.name AS locality, l.kind AS kind, c.name AS country',
    params: (p, i) => ({ locality: p.of('Locality', i) }),
  },
  {
    query: 'MATCH (l:Locality {id: $locality})<-[:HELD_IN]-(e:Event) RETURN e.name AS event, e.year AS year ORDER BY year DESC LIMIT 10',
    params: (p, i) => ({ locality: p.of('Locality', i) }),
  },
  {
    query: 'MATCH (c:Country {id: $country}) RETURN c.name AS country, COUNT { (c)<-[:LOCATED_IN]-(:Locality) } AS localities',
    params: (p, i) => ({ country: p.of('Country', i) }),
  },
  {
    query:
      'MATCH (c:Country {id: $country})\nOPTIONAL MATCH (c)<-[:PART_OF]-(r:Region)\nRETURN c.name AS country, collect(r.name) AS regions',
    params: (p, i) => ({ country: p.of('Country', i) }),
  },
  // Two entities: adjacency, the facts between them, a bounded shortest path.
  { query: 'MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) RETURN EXISTS { (a)--(b) } AS adjacent', params: pair },
  {
    query: 'MATCH (a:Entity {id: $from})-[r]-(b:Entity {id: $to}) RETURN type(r) AS type, r.date AS date, r.evidence AS evidence LIMIT 5',
    params: pair,
  },
  {
    query:
      'MATCH p = shortestPath((a:Entity {id: $from})-[*..3]-(b:Entity {id: $to}))\nRETURN length(p) AS hops, [n IN nodes(p) | n.name] AS names',
    params: pair,
  },
  // Search and whole-graph counts (the count store answers these).
  {
    query:
      "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score\nRETURN node.name AS name, labels(node) AS labels, score LIMIT 10",
    params: (p, i) => ({ q: p.lucene(i) }),
  },
  {
    query:
      "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node\nWHERE node:Official\nRETURN node.name AS name, node.title AS title LIMIT 10",
    params: (p, i) => ({ q: p.lucene(i + 1) }),
  },
  { query: 'MATCH ()-[r:INVESTS_IN]->() RETURN count(r) AS investments', params: none },
  { query: 'MATCH (n:Official) RETURN count(n) AS officials', params: none },
];

/** The i-th ad-hoc request: text i mod n, parameters for i; `cold` makes the text unique to i (a trailing comment). */
export function mixStatement(picker: MixPicker, i: number, cold = false): { query: string; params: JsonParams } {
  const entry = CYPHER_MIX[i % CYPHER_MIX.length]!;
  return { query: cold ? `${entry.query}\n/* request ${i} */` : entry.query, params: entry.params(picker, i) };
}
