// The console's parameters box: JSON text → the params object the request sends, or a message
// that says what is wrong before anything is sent. The bounds are the server's own (limits.ts).
import { CYPHER_LIMITS } from '../../../contract/api/limits.ts';
import { jsonDepth } from '../../../contract/json-depth.ts';

export type ParsedParams = { ok: true; params: Record<string, unknown> } | { ok: false; message: string };

/** Empty (or blank) text means no parameters. */
export function parseParams(text: string): ParsedParams {
  if (!text.trim()) return { ok: true, params: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, message: `The parameters are not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, message: 'The parameters must be a JSON object of names and values, e.g. {"id": "kyushu"}' };
  }
  if (jsonDepth(value) > CYPHER_LIMITS.paramsDepth) {
    return { ok: false, message: `The parameters must not nest deeper than ${CYPHER_LIMITS.paramsDepth} levels` };
  }
  if (new TextEncoder().encode(JSON.stringify(value)).length > CYPHER_LIMITS.paramsBytes) {
    return { ok: false, message: `The parameters must be at most ${CYPHER_LIMITS.paramsBytes / 1024} KB as JSON` };
  }
  return { ok: true, params: value as Record<string, unknown> };
}
