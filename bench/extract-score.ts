// Scores extraction drafts against hand-annotated gold datasets: precision, recall and F1 per
// core fact type and per mention kind, and entity-resolution accuracy. Pure (no I/O), so the
// rules that decide what counts as right are unit-tested on their own.
//
// What is compared is the graph a draft would commit for its article: draft nodes that share
// a resolved id (`review.match.existingId`, else their own id) are one entity, facts are sets
// per article (two sentences stating the same fact are one fact), and rejected items, and
// facts touching a rejected node, are left out.
import type { SeedNode, SeedRelationship } from '../contract/dataset.ts';
import type { Draft, DraftNode } from '../contract/ingest.ts';
import type { NodeLabel, RelType } from '../contract/model.ts';
import { foldDiacritics } from '../contract/text.ts';

export const FACT_TYPES = ['MET_WITH', 'REPRESENTS', 'REQUESTED_COOPERATION_IN', 'PARTNERS_WITH'] as const satisfies readonly RelType[];
export type FactType = (typeof FACT_TYPES)[number];

export const MENTION_KINDS = ['official', 'organization', 'place', 'sector'] as const;
export type MentionKind = (typeof MENTION_KINDS)[number];

/** PARTNERS_WITH states an agreement between two places: neither end comes first. */
const SYMMETRIC: ReadonlySet<FactType> = new Set(['PARTNERS_WITH']);

const KIND_OF_LABEL: Partial<Record<NodeLabel, MentionKind>> = {
  Official: 'official',
  Organization: 'organization',
  Prefecture: 'place',
  Region: 'place',
  Locality: 'place',
  Country: 'place',
  Sector: 'sector',
};

export function mentionKind(label: NodeLabel): MentionKind | undefined {
  return KIND_OF_LABEL[label];
}

/** What a gold dataset must provide (a `readSeed()` result is one). */
export interface GoldDataset {
  articles: readonly { id: string }[];
  nodes: readonly SeedNode[];
  relationships: readonly SeedRelationship[];
}

/** One extracted article: the gold article it was extracted from and its (resolved) draft. */
export interface ExtractCase {
  articleId: string;
  draft: Draft;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** Gold items (tp + fn). */
  support: number;
  /** null when nothing was extracted (tp + fp = 0). */
  precision: number | null;
  /** null when there is nothing to find (support = 0). */
  recall: number | null;
  /** 2·tp / (2·tp + fp + fn); null only when there was nothing to find and nothing was extracted. */
  f1: number | null;
}

/** One gold item the extractor missed, or one extracted item not in the gold set. */
export interface Miss {
  articleId: string;
  what: 'missed' | 'spurious';
  item: string;
}

export interface ResolutionScore {
  /** Gold entities (per article) the extractor found. */
  total: number;
  correct: number;
  accuracy: number | null;
  /** The same, apart for gold entities that exist among the known ones and for new ones (new is the easy half). */
  known: { total: number; correct: number };
  new: { total: number; correct: number };
  wrong: { articleId: string; goldId: string; resolvedTo: string | null }[];
}

export interface ExtractScore {
  facts: Record<FactType, Counts>;
  mentions: Record<MentionKind, Counts>;
  /** Micro-averages over the four fact types and the four mention kinds. */
  allFacts: Counts;
  allMentions: Counts;
  resolution: ResolutionScore;
  misses: Miss[];
}

export function counts(tp: number, fp: number, fn: number): Counts {
  return {
    tp,
    fp,
    fn,
    support: tp + fn,
    precision: tp + fp ? tp / (tp + fp) : null,
    recall: tp + fn ? tp / (tp + fn) : null,
    f1: tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : null,
  };
}

function sum(parts: Counts[]): Counts {
  return counts(...(parts.reduce(([tp, fp, fn], c) => [tp + c.tp, fp + c.fp, fn + c.fn], [0, 0, 0]) as [number, number, number]));
}

/** Case, diacritics and punctuation do not distinguish names ("Hanoï" = "hanoi", "Kyūshū" = "Kyushu"). */
export function foldName(name: string): string {
  return foldDiacritics(name)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Japanese names appear in either order ("Omura Hideaki" / "Hideaki Omura"). */
function orderFree(folded: string): string {
  return folded.split(' ').sort().join(' ');
}

/** The draft nodes that would become one node on commit. */
interface Entity {
  resolvedId: string;
  kind: MentionKind | undefined;
  label: NodeLabel;
  names: string[];
  /** The existing node it is merged into, when any of its draft nodes has a match. */
  matchedId: string | null;
}

const resolvedIdOf = (node: DraftNode) => node.review.match?.existingId ?? node.id;

function entitiesOf(draft: Draft): { entities: Entity[]; byAnyId: Map<string, Entity> } {
  const byResolved = new Map<string, Entity>();
  const byAnyId = new Map<string, Entity>();
  for (const node of draft.nodes) {
    if (node.review.status === 'rejected') continue;
    const resolvedId = resolvedIdOf(node);
    let entity = byResolved.get(resolvedId);
    if (!entity) {
      entity = { resolvedId, kind: mentionKind(node.label), label: node.label, names: [], matchedId: null };
      byResolved.set(resolvedId, entity);
    }
    entity.names.push(node.name);
    entity.matchedId ??= node.review.match?.existingId ?? null;
    // Relationships may name either the draft id or, once re-pointed, the resolved one.
    byAnyId.set(node.id, entity);
    byAnyId.set(resolvedId, entity);
  }
  return { entities: [...byResolved.values()], byAnyId };
}

/**
 * The gold node an extracted entity stands for: the same id, else the same folded name or
 * alias (in any order for officials), preferring a gold node of the same label, then of the
 * same kind, when several names match.
 */
function aligner(goldNodes: readonly SeedNode[]): (entity: Entity) => SeedNode | undefined {
  const byId = new Map(goldNodes.map((n) => [n.id, n]));
  const byName = new Map<string, SeedNode[]>();
  for (const node of goldNodes) {
    const official = mentionKind(node.label) === 'official';
    const keys = new Set([node.name, ...node.aliases].map((n) => (official ? orderFree(foldName(n)) : foldName(n))));
    for (const key of keys) byName.set(key, [...(byName.get(key) ?? []), node]);
  }
  return (entity) => {
    const sameId = byId.get(entity.resolvedId);
    if (sameId) return sameId;
    const candidates = entity.names.flatMap((name) => {
      const folded = foldName(name);
      const plain = byName.get(folded) ?? [];
      const anyOrder = (byName.get(orderFree(folded)) ?? []).filter((n) => mentionKind(n.label) === 'official');
      return [...plain, ...anyOrder];
    });
    return (
      candidates.find((n) => n.label === entity.label) ?? candidates.find((n) => mentionKind(n.label) === entity.kind) ?? candidates[0]
    );
  };
}

const factKey = (type: string, from: string, to: string) =>
  SYMMETRIC.has(type as FactType) && to < from ? `${type} ${to} ${from}` : `${type} ${from} ${to}`;

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const emptyTallies = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<K, Tally>;

export function scoreExtraction(gold: readonly GoldDataset[], cases: readonly ExtractCase[], knownIds: ReadonlySet<string>): ExtractScore {
  const goldByArticle = new Map<string, { nodes: SeedNode[]; relationships: SeedRelationship[] }>();
  for (const dataset of gold) {
    for (const article of dataset.articles) {
      if (goldByArticle.has(article.id)) throw new Error(`gold article id "${article.id}" appears in two gold datasets`);
      const relationships = dataset.relationships.filter((r) => r.source === article.id);
      const ends = new Set(relationships.flatMap((r) => [r.from, r.to]));
      const nodes = dataset.nodes.filter((n) => ends.has(n.id) || n.mentions.some((m) => m.source === article.id));
      goldByArticle.set(article.id, { nodes, relationships });
    }
  }

  const facts = emptyTallies(FACT_TYPES);
  const mentions = emptyTallies(MENTION_KINDS);
  const misses: Miss[] = [];
  const resolution: ResolutionScore = {
    total: 0,
    correct: 0,
    accuracy: null,
    known: { total: 0, correct: 0 },
    new: { total: 0, correct: 0 },
    wrong: [],
  };

  for (const { articleId, draft } of cases) {
    const goldArticle = goldByArticle.get(articleId);
    if (!goldArticle) throw new Error(`no gold annotation for article "${articleId}"`);
    const { entities, byAnyId } = entitiesOf(draft);
    const align = aligner(goldArticle.nodes);
    const aligned = new Map(entities.map((e) => [e, align(e)]));

    // Mentions: a gold node is found when an extracted entity of its kind aligns with it; every
    // other extracted entity of that kind (unaligned, or a second node for the same gold node) is spurious.
    const mentioned = goldArticle.nodes.filter((n) => n.mentions.some((m) => m.source === articleId));
    for (const kind of MENTION_KINDS) {
      const found = new Set<string>();
      // Entities aligned by id claim their gold node first: a name-aligned one for the same node is the duplicate.
      const ofKind = entities.filter((e) => e.kind === kind);
      const byIdFirst = [
        ...ofKind.filter((e) => aligned.get(e)?.id === e.resolvedId),
        ...ofKind.filter((e) => aligned.get(e)?.id !== e.resolvedId),
      ];
      for (const entity of byIdFirst) {
        const goldNode = aligned.get(entity);
        const counted = goldNode && mentionKind(goldNode.label) === kind && mentioned.includes(goldNode) && !found.has(goldNode.id);
        if (counted) found.add(goldNode.id);
        else {
          mentions[kind].fp++;
          misses.push({ articleId, what: 'spurious', item: `${kind} ${entity.names[0]} (${entity.resolvedId})` });
        }
      }
      for (const node of mentioned.filter((n) => mentionKind(n.label) === kind)) {
        if (found.has(node.id)) mentions[kind].tp++;
        else {
          mentions[kind].fn++;
          misses.push({ articleId, what: 'missed', item: `${kind} ${node.name} (${node.id})` });
        }
      }
    }

    // Resolution: every extracted entity standing for a gold entity must be merged into the
    // existing node when the gold entity is a known one, and into no existing node otherwise.
    const standIns = new Map<SeedNode, Entity[]>();
    for (const [entity, goldNode] of aligned) {
      if (goldNode && mentionKind(goldNode.label)) standIns.set(goldNode, [...(standIns.get(goldNode) ?? []), entity]);
    }
    for (const [goldNode, found] of standIns) {
      const known = knownIds.has(goldNode.id);
      const wrong = found.find((e) => (known ? e.matchedId !== goldNode.id : e.matchedId !== null && knownIds.has(e.matchedId)));
      const part = known ? resolution.known : resolution.new;
      resolution.total++;
      part.total++;
      if (!wrong) {
        resolution.correct++;
        part.correct++;
      } else resolution.wrong.push({ articleId, goldId: goldNode.id, resolvedTo: wrong.matchedId });
    }

    // Facts: sets of (type, aligned start, aligned end) per article.
    const rejected = new Set(draft.nodes.filter((n) => n.review.status === 'rejected').map((n) => n.id));
    const endOf = (id: string) => {
      const entity = byAnyId.get(id);
      const goldNode = entity && aligned.get(entity);
      return goldNode ? goldNode.id : `?${entity?.resolvedId ?? id}`;
    };
    for (const type of FACT_TYPES) {
      const expected = new Set(goldArticle.relationships.filter((r) => r.type === type).map((r) => factKey(type, r.from, r.to)));
      const extracted = new Set(
        draft.relationships
          .filter((r) => r.type === type && r.review.status !== 'rejected' && !rejected.has(r.from) && !rejected.has(r.to))
          .map((r) => factKey(type, endOf(r.from), endOf(r.to))),
      );
      for (const key of extracted) {
        if (expected.has(key)) facts[type].tp++;
        else {
          facts[type].fp++;
          misses.push({ articleId, what: 'spurious', item: key });
        }
      }
      for (const key of expected) {
        if (!extracted.has(key)) {
          facts[type].fn++;
          misses.push({ articleId, what: 'missed', item: key });
        }
      }
    }
  }

  resolution.accuracy = resolution.total ? resolution.correct / resolution.total : null;
  const factCounts = Object.fromEntries(FACT_TYPES.map((t) => [t, counts(facts[t].tp, facts[t].fp, facts[t].fn)])) as Record<
    FactType,
    Counts
  >;
  const mentionCounts = Object.fromEntries(MENTION_KINDS.map((k) => [k, counts(mentions[k].tp, mentions[k].fp, mentions[k].fn)])) as Record<
    MentionKind,
    Counts
  >;
  return {
    facts: factCounts,
    mentions: mentionCounts,
    allFacts: sum(Object.values(factCounts)),
    allMentions: sum(Object.values(mentionCounts)),
    resolution,
    misses,
  };
}
