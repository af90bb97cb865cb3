// GET /api/health: Neo4j connectivity (200 when connected, 503 with the same body otherwise).
import { z } from 'zod';

export const healthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  neo4j: z.object({
    connected: z.boolean(),
    version: z.string().optional(),
    edition: z.string().optional(),
    database: z.string(),
    error: z.string().optional().describe('Why the database is unreachable, in words for a person'),
  }),
});
export type Health = z.infer<typeof healthSchema>;
