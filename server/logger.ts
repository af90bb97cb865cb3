// Structured JSON logs (pino). The entry point creates the logger; tests pass a silent one.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'vj-graph-explorer' }, redact: ['req.headers.authorization', 'req.headers.cookie'] });
}
