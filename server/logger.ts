// Logs: JSON lines (pino) for machines, or human-readable lines (pino-pretty) when stdout is a
// terminal. The entry point creates the logger; tests pass a silent one.
import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

export function createLogger(level: string, opts: { pretty?: boolean } = {}): Logger {
  const options = { level, base: { service: 'vj-graph-explorer' }, redact: ['req.headers.authorization', 'req.headers.cookie'] };
  const human = opts.pretty ?? process.stdout.isTTY;
  // In-process stream, not a worker transport: a compiled or bundled server needs no extra file.
  return human
    ? pino(
        options,
        pretty({ colorize: true, singleLine: true, ignore: 'pid,hostname,service,req,res,responseTime,err', translateTime: 'HH:MM:ss.l' }),
      )
    : pino(options);
}
