// The graph model: the node labels and relationship types the graph may hold. These are the
// only label and type strings ever spliced into Cypher; the README's data model documents them.
import { z } from 'zod';

/** Labels an entity node may carry (every entity also carries the technical label `Entity`). */
export const NODE_LABELS = ['Official', 'Organization', 'Prefecture', 'Region', 'Locality', 'Sector', 'Country', 'Event'] as const;
export const nodeLabelSchema = z.enum(NODE_LABELS);
export type NodeLabel = z.infer<typeof nodeLabelSchema>;

/** Relationship types, with their direction documented in the README's data model. */
export const REL_TYPES = [
  'MET_WITH',
  'REPRESENTS',
  'REQUESTED_COOPERATION_IN',
  'PART_OF',
  'LOCATED_IN',
  'PARTICIPATED_IN',
  'HELD_IN',
  'SUPPORTS',
  'INVESTS_IN',
  'PARTNERS_WITH',
] as const;
export const relTypeSchema = z.enum(REL_TYPES);
export type RelType = z.infer<typeof relTypeSchema>;

/** Technical labels that are never a node's primary label. */
export const TECHNICAL_LABELS = ['Entity'] as const;

/** Properties every writer stores for the engine's sake (the overview ranks by `degree`), not facts about the entity: never sent as its properties. */
export const TECHNICAL_PROPERTIES = ['degree'] as const;
