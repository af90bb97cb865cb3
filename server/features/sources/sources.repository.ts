// Data access for what each article contributes (its facts, its mentions); driver types do not
// leave this file.
import type { Integer, Node, Relationship } from 'neo4j-driver';
import type { ArticleFactCount, ArticleFacts } from '../../../contract/api/sources.ts';
import { REL_TYPES } from '../../../contract/model.ts';
import { readQuery, type ReadTarget } from '../../../db/read.ts';
import { GraphCollector, toNodeSummary } from '../../db/records.ts';

type FactsRecord = { rels: Relationship[]; nodes: Node[] };
type MentionsRecord = { articleId: string; mentioned: Integer; orphans: Node[] };
type CountRecord = { id: string; facts: Integer; relationships: Integer };

export class SourcesRepository {
  constructor(private readonly db: ReadTarget) {}

  /** null when there is no such article. */
  async facts(id: string): Promise<ArticleFacts | null> {
    const [mentions, ...perType] = await Promise.all([
      readQuery<MentionsRecord>(this.db, 'article-mentions', { id }),
      // One indexed read per type (the rel_source_* indexes are per type), as retracting does.
      ...REL_TYPES.map((type) => readQuery<FactsRecord>(this.db, 'article-facts', { id }, { type })),
    ]);
    const record = mentions.records[0];
    if (!record) return null;
    const graph = new GraphCollector();
    for (const { records } of perType) for (const r of records) graph.add(r.get('nodes')).add(r.get('rels'));
    const { nodes, edges } = graph.payload();
    return {
      articleId: id,
      nodes,
      edges,
      mentioned: record.get('mentioned').toNumber(),
      orphans: record.get('orphans').map(toNodeSummary),
    };
  }

  async factCounts(): Promise<ArticleFactCount[]> {
    const { records } = await readQuery<CountRecord>(this.db, 'article-fact-counts');
    return records.map((r) => ({ id: r.get('id'), facts: r.get('facts').toNumber(), relationships: r.get('relationships').toNumber() }));
  }
}
