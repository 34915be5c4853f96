// The only part of the loader that touches the file system: a path → bytes, or a FileError that
// says what went wrong in words (never a stack, never a throw). Synchronous calls: a small file is
// read in a few microseconds, and four awaited thread-pool round trips per file were a tenth of a
// 1,000-file batch (BENCHMARKS.md); the batch's parallelism comes from worker threads.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FileError } from '../model/report.js';
import type { Lang } from '../model/rule.js';
import { loadTexts, type LoadTexts } from './load-messages.js';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface ReadInputOptions {
  /** resolve relative paths against this directory (default: the process's) */
  cwd?: string;
  /** refuse larger files (default 10 MiB) */
  maxBytes?: number;
  /** the language of the error texts (default en) */
  lang?: Lang;
}

export type ReadInput = { ok: true; bytes: Uint8Array } | { ok: false; error: FileError };

function failure(message: string, hint?: string): ReadInput {
  const error: FileError = { line: 1, column: 1, path: '', message };
  if (hint !== undefined) error.hint = hint;
  return { ok: false, error };
}

function formatSize(bytes: number, lang: Lang): string {
  const [amount, unit] = bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'MiB'] : [bytes / 1024, 'KiB'];
  const text = String(Number(amount.toFixed(1)));
  return `${lang === 'nl' ? text.replace('.', ',') : text} ${unit}`;
}

export async function readInput(file: string, options: ReadInputOptions = {}): Promise<ReadInput> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const lang = options.lang ?? 'en';
  const t = loadTexts(lang);
  const path = options.cwd === undefined ? resolve(file) : resolve(options.cwd, file);
  let fd: number;
  try {
    // Non-blocking: opening a named pipe would otherwise wait for a writer for ever; it is then
    // refused below as not a regular file. For a regular file the flag changes nothing.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return describeFsError(error, file, t);
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return failure(t.fileIsDirectory(file), t.nameFileInside());
    if (!stats.isFile()) return failure(t.fileNotRegular(file));
    if (stats.size > maxBytes) {
      let [size, limit] = [formatSize(stats.size, lang), formatSize(maxBytes, lang)];
      // "10 MiB, larger than the limit of 10 MiB" says nothing: then give the bytes.
      if (size === limit) [size, limit] = [`${stats.size} bytes`, `${maxBytes} bytes`];
      return failure(t.fileTooLarge(file, size, limit), t.raiseLimit());
    }
    // Read at most one byte past the limit: the file may grow between stat and read.
    const buffer = new Uint8Array(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return failure(t.fileGrewTooLarge(file, formatSize(maxBytes, lang)));
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return describeFsError(error, file, t);
  } finally {
    try {
      closeSync(fd);
    } catch {
      // nothing to do: the bytes are read
    }
  }
}

function describeFsError(error: unknown, file: string, t: LoadTexts): ReadInput {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return failure(t.fileMissing(file), t.checkPath());
    case 'EISDIR':
      return failure(t.fileIsDirectory(file), t.nameFileInside());
    case 'EACCES':
    case 'EPERM':
      return failure(t.filePermissionDenied(file));
    case 'ENOTDIR':
      return failure(t.filePathNotDirectory(file));
    case 'ELOOP':
      return failure(t.fileSymlinkLoop(file));
    default:
      return failure(t.fileUnreadable(file, code));
  }
}
