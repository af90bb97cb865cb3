// Entity resolution for a draft, as pure functions (the server fetches the known entities).
// Within the draft, mentions of one entity become one node; against the graph, a draft node
// gets a `review.match` only when exactly one known entity is certainly it, and otherwise the
// possible ones as `review.candidates`. Every merge, match and candidate states its reason.
import type { DraftNode, EntityCandidate, EntityMatch } from '../../contract/ingest.ts';
import type { NodeLabel } from '../../contract/model.ts';
import { loadGazetteers, type Gazetteers } from '../gazetteers/index.ts';
import { contextConflict, contextOf, rolesFit, type Context } from './context.ts';
import { foldedDifference, foldRomanisation, nameKeys, type NameKey } from './names.ts';

/** An entity already in the graph, as the server fetches it (a full-text hit for a draft name). */
export interface KnownEntity {
  id: string;
  label: NodeLabel;
  name: string;
  aliases: string[];
  properties: Record<string, unknown>;
}

/** A draft node folded into another one of the draft. */
export interface DraftMerge {
  removedId: string;
  keptId: string;
  reason: string;
  score: number;
}

export interface Resolution {
  nodes: DraftNode[];
  /** Removed draft id → kept draft id, to re-point the draft's relationships. */
  remap: Map<string, string>;
  merges: DraftMerge[];
}

interface Profile {
  id: string;
  label: NodeLabel;
  name: string;
  keys: NameKey[];
  person: boolean;
  /** An official named by one word only ("le gouverneur Fukuda"): that word. */
  single: string | null;
  /** The gazetteer place or lexicon sector id. */
  lexiconId: string | null;
  /** A delegation of an organisation: that organisation's draft id (the delegation is the body, as the annotation rules have it). */
  delegationOf: string | null;
  context: Context;
}

interface Evidence {
  score: number;
  reason: string;
  /** Certain enough to merge or match, if it is the only such evidence. */
  certain: boolean;
  /** A one-word name that fits: certain only when it is the only one that fits. */
  single: boolean;
}

const PLACE_LABELS = new Set<NodeLabel>(['Prefecture', 'Region', 'Locality', 'Country']);
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

interface Named {
  id: string;
  label: NodeLabel;
  name: string;
  aliases: string[];
  properties: Record<string, unknown>;
}

function lexiconId(e: Named, g: Gazetteers): string | null {
  const names = [e.name, ...e.aliases];
  if (PLACE_LABELS.has(e.label)) {
    if (g.placeById(e.id)?.label === e.label) return e.id;
    for (const n of names) {
      const place = g.placeByName(n);
      if (place?.label === e.label) return place.id;
    }
  } else if (e.label === 'Sector') {
    if (g.sectorById(e.id)) return e.id;
    for (const n of names) {
      const sector = g.sectorByName(n);
      if (sector) return sector.id;
    }
  }
  return null;
}

function profileOf(e: Named, g: Gazetteers): Profile {
  const person = e.label === 'Official';
  const keys = nameKeys([e.name, ...e.aliases], person);
  const latin = keys.filter((k) => !CJK.test(k.folded));
  const single = person && latin.length > 0 && latin.every((k) => k.tokens.length === 1) ? latin[0]!.folded : null;
  const context = contextOf(e.properties, g);
  const delegationOf = typeof e.properties.delegationOf === 'string' ? e.properties.delegationOf : null;
  return { id: e.id, label: e.label, name: e.name, keys, person, single, lexiconId: lexiconId(e, g), delegationOf, context };
}

const LABEL_WORD: Partial<Record<NodeLabel, string>> = {
  Prefecture: 'prefecture',
  Region: 'region',
  Locality: 'locality',
  Country: 'country',
  Sector: 'sector',
};

function nameEvidence(a: Profile, b: Profile): Evidence | null {
  const vietnamese = a.context.countries.has('vietnam') || b.context.countries.has('vietnam');
  let best: Evidence | null = null;
  const offer = (score: number, reason: string) => {
    if (!best || score > best.score) best = { score, reason, certain: true, single: false };
  };
  for (const ka of a.keys) {
    for (const kb of b.keys) {
      if (a.person && (ka.tokens.length < 2 || kb.tokens.length < 2) && !CJK.test(ka.folded)) continue;
      if (ka.folded === kb.folded) {
        const how = foldedDifference(ka.text, kb.text);
        offer(ka.text === kb.text ? 1 : 0.95, ka.text === kb.text ? `${how} (${ka.text})` : `${how} (${ka.text} = ${kb.text})`);
      } else if (a.person && ka.sorted === kb.sorted) {
        offer(0.9, `same person: name order reversed (${ka.text} = ${kb.text})`);
      } else if (a.person && !vietnamese && ka.romanised === kb.romanised) {
        offer(0.85, `romanisation variant: ${ka.text} = ${kb.text}`);
      }
    }
  }
  return best;
}

/** A one-word official name against another official: does the word start or end one of its names? */
function singleEvidence(a: Profile, b: Profile): Evidence | null {
  const word = (a.single ?? b.single)!;
  const other = a.single ? b : a;
  const key = other.keys.find((k) => k.tokens.length > 1 && (k.tokens[0] === word || k.tokens.at(-1) === word));
  if (!key && other.single !== word) return null;
  if (contextConflict(a.context, b.context) || !rolesFit(a.context, b.context)) return null;
  const full = key?.text ?? other.name;
  return { score: 0.75, reason: `one name only: ${a.single ? a.name : b.name} = ${full}`, certain: false, single: true };
}

function compare(a: Profile, b: Profile): Evidence | null {
  if (a.label !== b.label) return null;
  if (a.lexiconId && b.lexiconId) {
    return a.lexiconId === b.lexiconId
      ? { score: 1, reason: `same ${LABEL_WORD[a.label]} id (${a.lexiconId})`, certain: true, single: false }
      : null;
  }
  if (a.person && (a.single || b.single)) return singleEvidence(a, b);
  // Bodies with a canonical id ("thai-binh-peoples-committee", "jica") are one body whatever their wording.
  if (!a.person && a.id === b.id) return { score: 1, reason: `same id (${a.id})`, certain: true, single: false };
  const ev = nameEvidence(a, b);
  if (!ev || !a.person) return ev;
  const conflict = contextConflict(a.context, b.context);
  return conflict ? { score: Math.round(ev.score * 40) / 100, reason: `${ev.reason}, but ${conflict}`, certain: false, single: false } : ev;
}

/** Whether nothing says two entities are different ones (for merging groups, not pairs). */
function compatible(a: Profile, b: Profile): boolean {
  if (a.label !== b.label) return false;
  if (a.lexiconId && b.lexiconId && a.lexiconId !== b.lexiconId) return false;
  return !a.person || (!contextConflict(a.context, b.context) && rolesFit(a.context, b.context));
}

function union<T>(a: T[], b: T[], key: (x: T) => string): T[] {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((x) => !seen.has(key(x)) && seen.add(key(x)))];
}

function mergeNodes(keeper: DraftNode, others: DraftNode[], reasons: string[]): DraftNode {
  let node = keeper;
  for (const other of others) {
    node = {
      ...node,
      aliases: union(node.aliases, [other.name, ...other.aliases], (s) => s).filter((s) => s !== node.name),
      properties: { ...other.properties, ...node.properties },
      mentions: union(node.mentions, other.mentions, (m) => `${m.source}\u0000${m.evidence}`),
      review: {
        ...node.review,
        confidence: Math.max(node.review.confidence, other.review.confidence),
        spans: union(node.review.spans, other.review.spans, (s) => `${s.start}:${s.end}`).sort((x, y) => x.start - y.start),
      },
    };
  }
  const rule = [keeper.review.rule, ...reasons.map((r) => `merged: ${r}`)].filter(Boolean).join('; ');
  return { ...node, review: { ...node.review, rule } };
}

/** Merges draft nodes that are certainly one entity; returns the groups (indices) and why. */
function groupDraft(profiles: Profile[]): { groups: number[][]; reasonOf: Map<number, Evidence> } {
  const parent = profiles.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const reasonOf = new Map<number, Evidence>();
  const members = profiles.map((_, i) => [i]);
  // Merging is not transitive across a contradiction: A ~ B and B ~ C do not join A and C
  // when A and C are namesakes of different prefectures.
  const join = (i: number, j: number, ev: Evidence) => {
    const [ri, rj] = [find(i), find(j)];
    if (ri === rj) return;
    if (!members[ri]!.every((x) => members[rj]!.every((y) => compatible(profiles[x]!, profiles[y]!)))) return;
    parent[rj] = ri;
    members[ri]!.push(...members[rj]!);
    reasonOf.set(j, ev);
  };
  for (let i = 0; i < profiles.length; i++) {
    for (let j = i + 1; j < profiles.length; j++) {
      const ev = compare(profiles[i]!, profiles[j]!);
      // The same one-word name twice in one article is taken for one person.
      if (ev?.certain || (ev?.single && profiles[i]!.single && profiles[j]!.single)) join(i, j, ev);
    }
  }
  // A one-word name joins the one group of full names it fits; two or more: it stays apart.
  for (let i = 0; i < profiles.length; i++) {
    if (!profiles[i]!.single) continue;
    const fits = new Map<number, { j: number; ev: Evidence }>();
    for (let j = 0; j < profiles.length; j++) {
      if (j === i || profiles[j]!.single) continue;
      const ev = compare(profiles[i]!, profiles[j]!);
      if (ev?.single && !fits.has(find(j))) fits.set(find(j), { j, ev });
    }
    if (fits.size === 1) {
      const [{ j, ev }] = fits.values();
      join(j, i, { ...ev, certain: true });
    }
  }
  // "une délégation de la Fédération …" is the Fédération.
  for (let i = 0; i < profiles.length; i++) {
    const j = profiles.findIndex((p) => p.id === profiles[i]!.delegationOf);
    if (j >= 0) join(j, i, { score: 1, reason: `a delegation of ${profiles[j]!.name} is that body`, certain: true, single: false });
  }
  const groups = new Map<number, number[]>();
  profiles.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  return { groups: [...groups.values()], reasonOf };
}

/** Kept: the node whose id is the gazetteer id, else an official's fullest name, else the first that is not a body's delegation. */
function keeperOf(group: number[], profiles: Profile[]): number {
  const rank = (i: number) => {
    const p = profiles[i]!;
    if (p.lexiconId === p.id) return 100;
    if (p.delegationOf) return -1;
    return p.person ? Math.max(0, ...p.keys.map((k) => k.tokens.length)) : 0;
  };
  return group.reduce((best, i) => (rank(i) > rank(best) ? i : best), group[0]!);
}

function matchAgainstKnown(
  p: Profile,
  known: { entity: KnownEntity; profile: Profile }[],
  rivals: Profile[],
): { match: EntityMatch | null; candidates: EntityCandidate[] } {
  const found = known.flatMap(({ entity, profile }) => {
    const ev = compare(p, profile);
    return ev ? [{ entity, ev }] : [];
  });
  if (p.single) {
    const draftFits = rivals.filter((r) => compare(p, r)?.single).length;
    if (found.length === 1 && draftFits === 0) {
      const { entity, ev } = found[0]!;
      const reason = `${ev.reason}, the only official so named in this context`;
      return { match: { existingId: entity.id, existingName: entity.name, reason, score: ev.score }, candidates: [] };
    }
    const fits = found.length + draftFits;
    for (const f of found) f.ev = { ...f.ev, score: 0.4, reason: `${f.ev.reason}; ${fits} officials fit, which one is not certain` };
  }
  const certain = new Set(found.filter((f) => f.ev.certain).map((f) => f.entity.id));
  const chosen = certain.size === 1 ? found.filter((f) => f.ev.certain).sort((x, y) => y.ev.score - x.ev.score)[0]! : null;
  const byId = new Map<string, EntityCandidate>();
  for (const { entity, ev } of found.sort((x, y) => y.ev.score - x.ev.score)) {
    if (entity.id === chosen?.entity.id || byId.has(entity.id)) continue;
    const reason = certain.size > 1 && ev.certain ? `${ev.reason}; ${certain.size} known entities fit` : ev.reason;
    byId.set(entity.id, { existingId: entity.id, reason, score: ev.score, name: entity.name, label: entity.label });
  }
  const match = chosen
    ? { existingId: chosen.entity.id, existingName: chosen.entity.name, reason: chosen.ev.reason, score: chosen.ev.score }
    : null;
  return { match, candidates: [...byId.values()] };
}

/**
 * Merges the draft's duplicate nodes, then resolves each against the known entities: a
 * `review.match` when exactly one is certainly the same entity, otherwise candidates only.
 * A pre-2025 Vietnamese unit stays itself (its successor is recorded as a property).
 */
export function resolveEntities(nodes: DraftNode[], known: KnownEntity[], g: Gazetteers = loadGazetteers()): Resolution {
  const profiles = nodes.map((n) => profileOf(n, g));
  const { groups, reasonOf } = groupDraft(profiles);
  const remap = new Map<string, string>();
  const merges: DraftMerge[] = [];
  const merged: DraftNode[] = [];
  for (const group of groups) {
    const keep = keeperOf(group, profiles);
    const others = group.filter((i) => i !== keep);
    const reasons: string[] = [];
    for (const i of others) {
      const ev = reasonOf.get(i) ?? reasonOf.get(keep)!;
      remap.set(nodes[i]!.id, nodes[keep]!.id);
      merges.push({ removedId: nodes[i]!.id, keptId: nodes[keep]!.id, reason: ev.reason, score: ev.score });
      reasons.push(`${nodes[i]!.name} (${ev.reason})`);
    }
    merged.push(
      mergeNodes(
        nodes[keep]!,
        others.map((i) => nodes[i]!),
        reasons,
      ),
    );
  }
  const knownProfiles = known.map((entity) => ({ entity, profile: profileOf(entity, g) }));
  const mergedProfiles = merged.map((n) => profileOf(n, g));
  const resolved = merged.map((node, i) => {
    const p = mergedProfiles[i]!;
    const { match, candidates } = matchAgainstKnown(
      p,
      knownProfiles,
      mergedProfiles.filter((_, j) => j !== i),
    );
    const successor = p.lexiconId && PLACE_LABELS.has(p.label) ? g.placeById(p.lexiconId)?.successor : undefined;
    const properties = successor && node.properties.successor === undefined ? { ...node.properties, successor } : node.properties;
    return { ...node, properties, review: { ...node.review, match, candidates } };
  });
  return { nodes: resolved, remap, merges };
}

/**
 * The names the server should look up in its full-text index for a draft node: its names
 * folded (a person's without titles), romanisation variants of Japanese names, and for a
 * gazetteer place or sector its canonical name. (Also fetch the node's own id: gazetteer ids
 * are the graph's ids.)
 */
export function candidateTerms(node: DraftNode, g: Gazetteers = loadGazetteers()): string[] {
  const p = profileOf(node, g);
  const terms = p.keys.map((k) => k.folded);
  if (p.person && !p.context.countries.has('vietnam')) {
    for (const k of p.keys) terms.push(k.tokens.map(foldRomanisation).join(' '));
  }
  if (p.lexiconId) {
    const entry = p.label === 'Sector' ? g.sectorById(p.lexiconId) : g.placeById(p.lexiconId);
    if (entry) terms.push(...nameKeys([entry.name], false).map((k) => k.folded));
  }
  return [...new Set(terms)];
}
