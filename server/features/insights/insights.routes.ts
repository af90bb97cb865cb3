// GET /api/insights/region-sector: which places are linked to which sectors, and by what
// evidence. The linking rule is documented in cypher/queries/region-sector-links.cypher.
import type { Driver, Node } from 'neo4j-driver';
import { z } from 'zod';
import { readQuery } from '../../db/neo4j.ts';
import { toGraphNode } from '../../db/records.ts';
import { defineRoute } from '../../http/route.ts';
import { nodeSummarySchema } from '../graph/graph.schemas.ts';

const evidenceSchema = z.object({ source: z.string(), evidence: z.string() });
const rowSchema = z.object({
  place: nodeSummarySchema,
  sector: nodeSummarySchema.omit({ label: true }),
  count: z.number().int(),
  via: z.array(z.enum(['asked-of', 'meeting-place', 'investment'])).describe('Which rules link the place to the sector'),
  evidence: z.array(evidenceSchema),
});

export function insightsRoutes(driver: Driver, database: string) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/insights/region-sector',
      tag: 'insights',
      summary: 'Places (prefectures, regions, Vietnamese localities) × sectors, with the evidence linking them',
      response: z.object({ rows: z.array(rowSchema) }),
      handler: async () => {
        const { records } = await readQuery(driver, database, 'region-sector-links');
        const summary = (n: Node) => {
          const { id, label, name } = toGraphNode(n);
          return { id, label, name };
        };
        return {
          rows: records.map((r) => {
            const { id, name } = summary(r.get('sector'));
            return { place: summary(r.get('place')), sector: { id, name }, count: r.get('count').toNumber(), via: r.get('via'), evidence: r.get('evidence') };
          }),
        };
      },
    }),
  ];
}
