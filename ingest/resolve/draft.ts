// A whole draft resolved: its nodes merged and matched (resolveEntities), its facts re-pointed
// at the kept nodes, and facts that became the same fact (same type, ends, source and
// sentence) stated once. Pure; the server and the command line fetch the known entities.
import type { Draft, DraftRelationship } from '../../contract/ingest.ts';
import { loadGazetteers, type Gazetteers } from '../gazetteers/index.ts';
import { resolveEntities, type KnownEntity } from './index.ts';

export function resolveDraft(draft: Draft, known: KnownEntity[], g: Gazetteers = loadGazetteers()): Draft {
  const { nodes, remap } = resolveEntities(draft.nodes, known, g);
  const point = (id: string) => remap.get(id) ?? id;
  const seen = new Set<string>();
  const relationships: DraftRelationship[] = [];
  for (const rel of draft.relationships) {
    const askedOf = rel.properties.askedOf;
    const properties = Array.isArray(askedOf)
      ? { ...rel.properties, askedOf: [...new Set(askedOf.map((id) => point(String(id))))] }
      : rel.properties;
    const next = { ...rel, from: point(rel.from), to: point(rel.to), properties };
    if (next.from === next.to) continue;
    const key = [next.type, next.from, next.to, next.source, next.evidence].join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    relationships.push(next);
  }
  return { articles: draft.articles, nodes, relationships };
}
