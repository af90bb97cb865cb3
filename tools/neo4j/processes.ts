// What the local Neo4j's lifecycle needs to know about other processes: whether a pid is alive,
// whether it is still the same process (pids are reused), and a lock on the instance folder
// shared by every process that starts, leases or stops the server in it.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const hasProc = existsSync('/proc/self/stat');

/** Alive, and not a zombie (an exited child that its parent, or a container's init, has not reaped). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    // EPERM: alive, but someone else's.
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (!hasProc) return true;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return false;
  }
}

function ps(pid: number, field: string): string | undefined {
  const res = spawnSync('ps', ['-o', `${field}=`, '-p', String(pid)], { encoding: 'utf8' });
  return res.status === 0 ? res.stdout.trim() : undefined;
}

/** The process's command line, or undefined once it is gone (/proc on Linux, ps elsewhere). */
export function commandLine(pid: number): string | undefined {
  if (!hasProc) return ps(pid, 'args');
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return undefined;
  }
}

/**
 * When the process started, as an opaque token: equal tokens mean the same process, so a pid
 * that was reused by a later process does not pass for the one recorded.
 */
export function processStamp(pid: number): string | undefined {
  if (!hasProc) return ps(pid, 'lstart');
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime); fields are counted after the parenthesised command name, which may hold spaces.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** Alive and, when a stamp was recorded, still the process that recorded it. */
export function sameProcess(pid: number, stamp: string | undefined): boolean {
  if (!processAlive(pid)) return false;
  return stamp === undefined || processStamp(pid) === stamp;
}

/**
 * Runs `fn` holding `file` (created exclusively, holding our pid). A lock left by a process that
 * has died is taken over. Waits at most `waitMs` for a live holder, then throws `onTimeout(pid)`.
 */
export async function withFileLock<T>(
  file: string,
  waitMs: number,
  onTimeout: (holder: number) => Error,
  fn: () => Promise<T>,
): Promise<T> {
  const deadline = Date.now() + waitMs;
  const me = `${process.pid} ${processStamp(process.pid) ?? ''}`;
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, me);
      closeSync(fd);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
      // Created but not written yet (or its writer died at once: then it is stale after a while).
      if (content === '' && Date.now() - statSync(file).mtimeMs < 5000) {
        await sleep(20);
        continue;
      }
    } catch {
      continue; // released between our open and our read
    }
    const [pid, stamp] = content.split(' ');
    const holder = { pid: Number(pid), stamp: stamp || undefined };
    if (!Number.isInteger(holder.pid) || !sameProcess(holder.pid, holder.stamp)) {
      rmSync(file, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw onTimeout(holder.pid);
    await sleep(100);
  }
  try {
    return await fn();
  } finally {
    rmSync(file, { force: true });
  }
}
