// Query- and path-parameter validators shared by the endpoint schemas: every list parameter is
// checked against the model's names, every limit has a documented maximum and default.
import { z } from 'zod';
import type { LimitBounds } from './limits.ts';

/** `labels=Official,Sector` → ['Official', 'Sector'], each checked against the allowed names. */
export const csvOf = <T extends string>(allowed: readonly [T, ...T[]]) =>
  z
    .string()
    .max(500)
    // The pattern puts the accepted names into the OpenAPI document, for outside clients.
    .regex(
      new RegExp(`^\\s*(${allowed.join('|')})?\\s*(,\\s*(${allowed.join('|')})?\\s*)*$`),
      `must be a comma-separated list of: ${allowed.join(', ')}`,
    )
    .optional()
    .transform((s) =>
      s
        ? s
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean)
        : [],
    )
    .pipe(z.array(z.enum(allowed)))
    .describe(`Comma-separated, any of: ${allowed.join(', ')}`);

export const limitOf = ({ max, default: fallback }: LimitBounds) => z.coerce.number().int().min(1).max(max).default(fallback);

/**
 * A whole number from 0 to `max` in a query string. A blank value is refused: coercion alone
 * reads "" as 0, so `edges=` was accepted as "no edges" (Schemathesis found it).
 */
export const countOf = (max: number) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? Number.NaN : v), z.coerce.number().int().min(0).max(max));

/** An entity's id (its slug) in a path or query parameter. */
export const entityId = z.string().min(1).max(200);
