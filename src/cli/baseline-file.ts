// The baseline file of `check --baseline FILE [--update-baseline]`: where it is, reading it (a
// missing or malformed one is exit 2, with line and column), the key of an organisation file in
// it, and writing it atomically.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { parseBaseline, serialiseBaseline, updateBaseline, type Baseline } from '../engine/baseline.js';
import type { FileReport } from '../model/report.js';
import { CliError } from './io.js';
import { writeFileAtomic } from './write-file-atomic.js';

export interface BaselineFile {
  /** as the user wrote it, for messages */
  shown: string;
  absolute: string;
  /** absent when the file does not exist yet (allowed only when updating) */
  baseline?: Baseline;
}

/** Read the baseline; with `isUpdating` a missing or unreadable one is simply replaced. */
export async function readBaselineFile(path: string, cwd: string, isUpdating: boolean): Promise<BaselineFile> {
  const absolute = resolve(cwd, path);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (isUpdating && code === 'ENOENT') return { shown: path, absolute };
    if (code === 'ENOENT') throw new CliError(`the baseline ${path} does not exist; write it first with --baseline ${path} --update-baseline`);
    if (code === 'EISDIR') throw new CliError(`the baseline ${path} is a directory; name a file such as ${path.replace(/\/$/, '')}/.contact-audit-baseline.json`);
    throw new CliError(`cannot read the baseline ${path}: ${code === 'EACCES' ? 'permission denied' : (code ?? String(error))}`);
  }
  const parsed = parseBaseline(text);
  if (!parsed.ok) {
    if (isUpdating) return { shown: path, absolute };
    const lines = parsed.problems.map((p) => `${path}:${p.line}:${p.column}  ${p.message}`);
    throw new CliError(`the baseline ${path} is not a valid contact-audit baseline (schemas/baseline.schema.json):\n${lines.join('\n')}\nfix it, or write it again with --update-baseline`);
  }
  return { shown: path, absolute, baseline: parsed.baseline };
}

/** An organisation file's key: its path relative to the baseline's folder, with `/`, so any cwd works. */
export function baselineKey(file: string, cwd: string, baselineAbsolute: string): string {
  const absolute = isAbsolute(file) ? file : resolve(cwd, file);
  return relative(dirname(baselineAbsolute), absolute).split(sep).join('/');
}

/** Write the findings that count (not suppressed) of every audited file into the baseline. */
export async function writeBaselineFile(
  target: BaselineFile,
  reports: FileReport[],
  cwd: string,
  tool: Baseline['tool'],
): Promise<number> {
  const audited = reports.map((r) => ({ key: baselineKey(r.file, cwd, target.absolute), findings: r.findings }));
  const folder = dirname(target.absolute);
  const next = updateBaseline(target.baseline, audited, { tool, created: new Date().toISOString() }, (key) => existsSync(resolve(folder, key)));
  try {
    await writeFileAtomic(target.absolute, serialiseBaseline(next));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot write the baseline ${target.shown}: ${code === 'EACCES' ? 'permission denied' : code === 'ENOENT' ? 'its folder does not exist' : (code ?? String(error))}`);
  }
  return audited.reduce((n, a) => n + a.findings.length, 0);
}
