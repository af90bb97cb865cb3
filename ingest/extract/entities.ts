// The entities and facts found in one article, before they become draft nodes and
// relationships: one entity per id (the gazetteer's for places and sectors, the slug of the
// name otherwise), each mention remembered with its span and sentence.
import type { DraftNode, DraftRelationship, Span } from '../../contract/ingest.ts';
import type { NodeLabel, RelType } from '../../contract/model.ts';
import type { PlaceLevel } from '../gazetteers/schema.ts';
import type { Sentence } from './sentences.ts';

export type PropertyValue = string | number | boolean | string[];

export interface Entity {
  id: string;
  label: NodeLabel;
  name: string;
  aliases: Set<string>;
  properties: Record<string, PropertyValue>;
  spans: Span[];
  sentences: Set<number>;
  confidence: number;
  rule: string;
  /** Officials: the words of the name, to recognise "le gouverneur Fukuda" later. */
  tokens: string[];
  /** Officials: roles held ("gouverneur") and the ids of what they represent. */
  roles: Set<string>;
  represents: Set<string>;
  /** Organisations: the head noun's key, for "la Fédération" later. */
  headKey?: string;
  /** Officials: a woman (a feminine title, "Mme"), a man ("M."), or not said. */
  feminine?: boolean;
  /** Delegations: the id of the place they come from ("la délégation de Tottori … son gouverneur"). */
  of?: string;
  /** Vietnamese places: a province or a centrally governed city (for "le Comité populaire de la ville"). */
  level?: PlaceLevel;
  /** Offset of the last mention, for recency in coreference. */
  lastSeen: number;
}

export interface Mention {
  entity: Entity;
  kind: 'official' | 'organization' | 'place' | 'sector';
  /** The name as written (global offsets). */
  start: number;
  end: number;
  /** The name with its title or complement ("Kuratomi Sumio, président de …"). */
  extentStart: number;
  extentEnd: number;
  confidence: number;
  rule: string;
  /** Inside an official's title or an organisation's name: not an actor of its own. */
  nested: boolean;
}

export interface Fact {
  type: RelType;
  from: string;
  to: string;
  properties: Record<string, PropertyValue>;
  sentence: Sentence;
  confidence: number;
  rule: string;
}

export class Registry {
  readonly entities = new Map<string, Entity>();
  readonly facts: Fact[] = [];
  private readonly factKeys = new Set<string>();

  entity(id: string, label: NodeLabel, name: string, rule: string): Entity {
    let entity = this.entities.get(id);
    if (!entity) {
      entity = {
        id,
        label,
        name: name.normalize('NFC'),
        aliases: new Set(),
        properties: {},
        spans: [],
        sentences: new Set(),
        confidence: 0,
        rule,
        tokens: [],
        roles: new Set(),
        represents: new Set(),
        lastSeen: -1,
      };
      this.entities.set(id, entity);
    }
    return entity;
  }

  /** Records that `entity` is mentioned at [start, end) of `sentence`, written `surface`. */
  mention(entity: Entity, sentence: Sentence, start: number, end: number, confidence: number, surface?: string): void {
    if (!entity.spans.some((s) => s.start === start && s.end === end)) entity.spans.push({ start, end });
    entity.sentences.add(sentence.index);
    entity.confidence = Math.max(entity.confidence, confidence);
    entity.lastSeen = Math.max(entity.lastSeen, start);
    const alias = surface?.normalize('NFC');
    if (alias && alias !== entity.name) entity.aliases.add(alias);
  }

  /** The place of `country` (any, when absent) mentioned last in the article, not a country. */
  latestPlace(country?: string, except: ReadonlySet<string> = new Set(), level?: PlaceLevel): Entity | undefined {
    let best: Entity | undefined;
    for (const e of this.entities.values()) {
      if ((e.label !== 'Locality' && e.label !== 'Prefecture') || e.lastSeen < 0 || (country && e.properties.country !== country)) continue;
      if (except.has(e.id) || (level && e.level !== level)) continue;
      if (!best || e.lastSeen > best.lastSeen) best = e;
    }
    return best;
  }

  /** Adds a fact once per (type, from, to, key); `key` separates facts that may repeat. */
  fact(fact: Fact, key = ''): void {
    if (fact.from === fact.to) return;
    const id = `${fact.type} ${fact.from} ${fact.to} ${key}`;
    if (this.factKeys.has(id)) return;
    this.factKeys.add(id);
    this.facts.push(fact);
  }

  /** The draft's nodes: every entity with a mention, each mention citing its sentence. */
  nodes(articleId: string, sentences: readonly Sentence[]): DraftNode[] {
    return [...this.entities.values()]
      .filter((e) => e.sentences.size > 0)
      .map((e) => ({
        id: e.id,
        label: e.label,
        name: e.name,
        aliases: [...e.aliases],
        properties: e.properties,
        mentions: [...e.sentences].sort((a, b) => a - b).map((i) => ({ source: articleId, evidence: sentences[i]!.text })),
        review: {
          status: 'proposed' as const,
          confidence: round(e.confidence),
          spans: [...e.spans].sort((a, b) => a.start - b.start),
          rule: e.rule,
          match: null,
          candidates: [],
        },
      }));
  }

  relationships(articleId: string): DraftRelationship[] {
    return this.facts.map((f) => ({
      type: f.type,
      from: f.from,
      to: f.to,
      properties: f.properties,
      source: articleId,
      evidence: f.sentence.text,
      review: {
        status: 'proposed' as const,
        confidence: round(f.confidence),
        spans: [{ start: f.sentence.start, end: f.sentence.end }],
        rule: f.rule,
      },
    }));
  }
}

function round(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;
}
