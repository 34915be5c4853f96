// Write a report file so that nothing is half-written: into a temporary file beside the target,
// flushed, then renamed over it. An existing file is replaced only when the new one is complete.
// A report can be written as it is made (openAtomicFile: a 1,000-file report never has to be one
// string in memory), or whole (writeFileAtomic).
import { randomBytes } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
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
  let handle: FileHandle | undefined;
  try {
    handle = await open(tmp, 'w');
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = async () => {
    if (pendingLength === 0) return;
    const text = pending.join('');
    pending = [];
    pendingLength = 0;
    await handle!.writeFile(text, 'utf8');
  };
  const abort = async () => {
    await handle?.close().catch(() => undefined);
    handle = undefined;
    await rm(tmp, { force: true });
  };
  return {
    async write(text) {
      pending.push(text);
      pendingLength += text.length;
      if (pendingLength < PIECE) return;
      try {
        await flush();
      } catch (error) {
        await abort();
        throw error;
      }
    },
    async commit() {
      try {
        await flush();
        await handle!.sync();
        await handle!.close();
        handle = undefined;
        await rename(tmp, file);
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
