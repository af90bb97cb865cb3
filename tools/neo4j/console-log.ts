// The local Neo4j's stdout and stderr (logs/console.log): what the JVM prints outside Neo4j's
// rotated logs — JVM errors, start-up failures, Cypher `debug=` output. The server outlives the
// process that started it (`npm run neo4j:start` exits at once), so a plain file would grow
// without bound; instead a small detached Node process reads the JVM's output through a pipe
// and rolls the file over like log4j does the others. It exits when the JVM closes the pipe.
import { spawn, type ChildProcess } from 'node:child_process';

export interface LogRoll {
  maxBytes: number;
  /** Rolled files kept besides the current one: console.log.1 (newest) … console.log.<kept>. */
  kept: number;
}

export const CONSOLE_LOG_ROLL: LogRoll = { maxBytes: 10 * 1024 * 1024, kept: 3 };

// Plain JavaScript for `node -e`: it must run without tsx and without a file of its own.
const KEEPER = `
const fs = require('node:fs');
const [, file, maxBytes, kept] = process.argv;
let fd = fs.openSync(file, 'w');
let size = 0;
process.stdin.on('data', (chunk) => {
  if (size > 0 && size + chunk.length > Number(maxBytes)) {
    fs.closeSync(fd);
    for (let i = Number(kept) - 1; i >= 1; i--) {
      if (fs.existsSync(file + '.' + i)) fs.renameSync(file + '.' + i, file + '.' + (i + 1));
    }
    if (Number(kept) > 0) fs.renameSync(file, file + '.1');
    fd = fs.openSync(file, 'w');
    size = 0;
  }
  fs.writeSync(fd, chunk);
  size += chunk.length;
});
process.stdin.on('end', () => fs.closeSync(fd));
`;

/**
 * Starts the keeper writing to `file`; hand its `stdin` to the JVM as stdout/stderr, then
 * destroy the parent's copy so that the JVM's exit ends the keeper.
 */
export function spawnConsoleLog(
  file: string,
  roll: LogRoll = CONSOLE_LOG_ROLL,
): ChildProcess & { stdin: NonNullable<ChildProcess['stdin']> } {
  const keeper = spawn(process.execPath, ['-e', KEEPER, file, String(roll.maxBytes), String(roll.kept)], {
    detached: true,
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  keeper.unref();
  return keeper as ChildProcess & { stdin: NonNullable<ChildProcess['stdin']> };
}
