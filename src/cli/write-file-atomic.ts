// Write a report file so that nothing is half-written: into a temporary file beside the target,
// flushed, then renamed over it. An existing file is replaced only when the new one is complete.
// A report can be written as it is made (openAtomicFile: a 1,000-file report never has to be one
// string in memory), or whole (writeFileAtomic). Synchronous calls behind a promise interface:
// a CLI has nothing else to do meanwhile, and awaiting the thread pool for every 64 kB piece left
// the process idle for a tenth of a second in a 1,000-file text report.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface AtomicFile {
  /** append text (buffered; written in large pieces) */
  write(text: string): Promise<void>;
  /** flush, sync and rename over the target: the target changes only here */
  commit(): Promise<void>;
  /** remove the temporary file; the target stays as it was */
  abort(): Promise<void>;
}

const PIECE = 1 << 16;

export async function openAtomicFile(file: string): Promise<AtomicFile> {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'w');
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = () => {
    if (pendingLength === 0) return;
    const bytes = Buffer.from(pending.join(''), 'utf8');
    pending = [];
    pendingLength = 0;
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd!, bytes, offset, bytes.length - offset);
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
      } catch (error) {
        await abort();
        throw error;
      }
    },
    abort,
  };
}

export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const target = await openAtomicFile(file);
  await target.write(content);
  await target.commit();
}
