// The only part of the loader that touches the file system: a path → bytes, or a FileError that
// says what went wrong in words (never a stack, never a throw).
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { FileError } from '../model/report.js';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface ReadInputOptions {
  /** resolve relative paths against this directory (default: the process's) */
  cwd?: string;
  /** refuse larger files (default 10 MiB) */
  maxBytes?: number;
}

export type ReadInput = { ok: true; bytes: Uint8Array } | { ok: false; error: FileError };

function failure(message: string, hint?: string): ReadInput {
  const error: FileError = { line: 1, column: 1, path: '', message };
  if (hint !== undefined) error.hint = hint;
  return { ok: false, error };
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Number((bytes / 1024 / 1024).toFixed(1))} MiB` : `${Number((bytes / 1024).toFixed(1))} KiB`;
}

export async function readInput(file: string, options: ReadInputOptions = {}): Promise<ReadInput> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const path = options.cwd === undefined ? resolve(file) : resolve(options.cwd, file);
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    return describeFsError(error, file);
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) return failure(`${file} is a directory, not a file`, 'name the organisation file inside it');
    if (!stats.isFile()) return failure(`${file} is not a regular file`);
    if (stats.size > maxBytes) {
      return failure(`${file} is ${formatSize(stats.size)}, larger than the limit of ${formatSize(maxBytes)}`, 'an organisation file is a few KiB; raise the limit if this one is meant to be this large');
    }
    // Read at most one byte past the limit: the file may grow between stat and read.
    const buffer = new Uint8Array(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return failure(`${file} is larger than the limit of ${formatSize(maxBytes)}`);
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return describeFsError(error, file);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function describeFsError(error: unknown, file: string): ReadInput {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return failure(`${file} does not exist`, 'check the path');
    case 'EISDIR':
      return failure(`${file} is a directory, not a file`, 'name the organisation file inside it');
    case 'EACCES':
    case 'EPERM':
      return failure(`${file} cannot be read: permission denied`);
    case 'ENOTDIR':
      return failure(`${file} does not exist: part of the path is not a directory`);
    case 'ELOOP':
      return failure(`${file} cannot be read: too many symbolic links`);
    default:
      return failure(`${file} cannot be read${code ? ` (${code})` : ''}`);
  }
}
