// Write a report file so that nothing is half-written: into a temporary file beside the target,
// flushed, then renamed over it. An existing file is replaced only when the new one is complete.
// Through a symbolic link the file it points to is replaced; a device or a pipe (`-o /dev/null`) is
// written into, never replaced. A report can be written as it is made (openAtomicFile: a
// 1,000-file report never has to be one string in memory), or whole (writeFileAtomic).
// Synchronous calls behind a promise interface: a CLI has nothing else to do meanwhile, and
// awaiting the thread pool for every 64 kB piece left the process idle for a tenth of a second in
// a 1,000-file text report.
import { closeSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { statIfAny } from '../load/stat-if-any.js';

export interface AtomicFile {
  /** append text (buffered; written in large pieces) */
  write(text: string): Promise<void>;
  /** flush, sync and rename over the target: the target changes only here */
  commit(): Promise<void>;
  /** remove the temporary file; the target stays as it was */
  abort(): Promise<void>;
}

const PIECE = 1 << 16;
let temporaries = 0;

// Temporary files not yet renamed or removed. A report is written while the files are audited, so
// an interrupted check (Ctrl-C, a CI timeout's SIGTERM) would leave one behind: while any is
// open, those signals remove them first and then end the process as the signal would have.
const liveTemporaries = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function removeTemporariesAndDie(signal: NodeJS.Signals): void {
  for (const tmp of liveTemporaries) rmSync(tmp, { force: true });
  liveTemporaries.clear();
  for (const s of SIGNALS) process.removeListener(s, removeTemporariesAndDie);
  process.kill(process.pid, signal);
}

function track(tmp: string): void {
  if (liveTemporaries.size === 0) for (const s of SIGNALS) process.on(s, removeTemporariesAndDie);
  liveTemporaries.add(tmp);
}

function untrack(tmp: string): void {
  liveTemporaries.delete(tmp);
  if (liveTemporaries.size === 0) for (const s of SIGNALS) process.removeListener(s, removeTemporariesAndDie);
}

export async function openAtomicFile(path: string): Promise<AtomicFile> {
  const existing = statIfAny(path);
  // A device, a pipe or a socket (`-o /dev/null`, `-o /dev/stdout`, a named pipe) is not a file
  // to replace: it is written into, as any program would. Replacing it would put a regular file
  // where /dev/null was.
  if (existing && !existing.isFile() && !existing.isDirectory()) return openDirect(path);
  // Through a symbolic link, the file it points to is replaced, not the link.
  const file = existing ? realpathSync(path) : path;
  // Unique enough beside the process id (not a secret: node:crypto would cost every start its set-up).
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${(temporaries++).toString(36)}${Math.random().toString(16).slice(2, 10)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'w');
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
  track(tmp);
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = () => {
    if (pendingLength === 0) return;
    const text = pending.join('');
    pending = [];
    pendingLength = 0;
    writeAll(fd!, text);
  };
  const abort = async () => {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already unusable: the temporary file goes anyway
      }
      fd = undefined;
    }
    rmSync(tmp, { force: true });
    untrack(tmp);
  };
  return {
    async write(text) {
      pending.push(text);
      pendingLength += text.length;
      if (pendingLength < PIECE) return;
      try {
        flush();
      } catch (error) {
        await abort();
        throw error;
      }
    },
    async commit() {
      try {
        flush();
        fsyncSync(fd!);
        closeSync(fd!);
        fd = undefined;
        renameSync(tmp, file);
        untrack(tmp);
      } catch (error) {
        await abort();
        throw error;
      }
    },
    abort,
  };
}

/** All of the text, however many writes the system takes for it. */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/** Written straight into a device or pipe: nothing to rename, nothing to remove. */
function openDirect(path: string): AtomicFile {
  let fd: number | undefined = openSync(path, 'w');
  const close = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  return {
    async write(text) {
      try {
        writeAll(fd!, text);
      } catch (error) {
        close();
        throw error;
      }
    },
    async commit() {
      close();
    },
    async abort() {
      try {
        close();
      } catch {
        // nothing was promised to a device
      }
    },
  };
}

export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const target = await openAtomicFile(file);
  await target.write(content);
  await target.commit();
}
