// V8 compiles hot functions and marks the heap on threads of its own, four of them, started with
// the process. On a machine with two cores (a usual CI runner) they take turns with the thread
// that audits, and a 1,000-file check ran a tenth slower for it (BENCHMARKS.md: the same work,
// less waiting). So those threads, the ones present when the command starts, yield to the main
// thread: a lower priority (nice + 10) for each. With cores to spare nothing changes; and the
// command is only ever nicer to the rest of the machine. Linux names a process's threads in
// /proc/self/task; elsewhere, and on any error, nothing is done. Worker threads started later
// (`--concurrency`) keep their priority: they do the audits.
import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

export const BACKGROUND_NICENESS = 10;

/** Lower the priority of this process's threads but the main one; returns how many it lowered. */
export function lowerBackgroundPriority(): number {
  let lowered = 0;
  let threads: string[];
  try {
    threads = readdirSync('/proc/self/task');
  } catch {
    return 0;
  }
  for (const name of threads) {
    const tid = Number(name);
    if (!Number.isInteger(tid) || tid === process.pid) continue;
    try {
      // Never higher than it was (that needs privileges): a thread already below stays where it is.
      setPriority(tid, Math.min(19, Math.max(getPriority(tid), BACKGROUND_NICENESS)));
      lowered += 1;
    } catch {
      // the thread ended, or the system refuses: leave it
    }
  }
  return lowered;
}
