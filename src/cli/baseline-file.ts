// The baseline file of `check --baseline FILE [--update-baseline]`: where it is, reading it (a
// missing or malformed one is exit 2, with line and column), the key of an organisation file in
// it, and writing it atomically.
import { existsSync } from 'node:fs';
// node:fs's `promises`, read when called: importing node:fs/promises would load it at every start (BENCHMARKS.md).
import { promises as fsp } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { formatProblem } from '../config/config-error.js';
import { parseBaseline, serialiseBaseline, updateBaseline, type Baseline } from '../engine/baseline.js';
import type { FileReport } from '../model/report.js';
import type { Lang } from '../model/rule.js';
import { cliTexts } from './cli-messages.js';
import { CliError } from './io.js';
import { writeFileAtomic } from './write-file-atomic.js';

export interface BaselineFile {
  /** as the user wrote it, for messages */
  shown: string;
  absolute: string;
  /** absent when the file does not exist yet (allowed only when updating) */
  baseline?: Baseline;
}

/** Read the baseline; with `isUpdating` a missing or unreadable one is simply replaced. Errors in `lang`. */
export async function readBaselineFile(path: string, cwd: string, isUpdating: boolean, lang: Lang = 'en'): Promise<BaselineFile> {
  const t = cliTexts(lang);
  const absolute = resolve(cwd, path);
  let text: string;
  try {
    text = await fsp.readFile(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (isUpdating && code === 'ENOENT') return { shown: path, absolute };
    if (code === 'ENOENT') throw new CliError(t.baselineMissing(path));
    if (code === 'EISDIR') throw new CliError(t.baselineIsDirectory(path, `${path.replace(/\/$/, '')}/.contact-audit-baseline.json`));
    throw new CliError(t.cannotReadBaseline(path, code === 'EACCES' ? t.permissionDenied() : (code ?? String(error))));
  }
  const parsed = parseBaseline(text, lang);
  if (!parsed.ok) {
    if (isUpdating) return { shown: path, absolute };
    const lines = parsed.problems.map((p) => formatProblem({ file: path, ...p }));
    throw new CliError(`${t.invalidBaseline(path)}\n${lines.join('\n')}\n${t.fixOrRewriteBaseline()}`);
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
  lang: Lang = 'en',
): Promise<number> {
  const audited = reports.map((r) => ({ key: baselineKey(r.file, cwd, target.absolute), findings: r.findings }));
  const folder = dirname(target.absolute);
  const next = updateBaseline(target.baseline, audited, { tool, created: new Date().toISOString() }, (key) => existsSync(resolve(folder, key)));
  try {
    await writeFileAtomic(target.absolute, serialiseBaseline(next));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const t = cliTexts(lang);
    throw new CliError(t.cannotWriteBaseline(target.shown, code === 'EACCES' ? t.permissionDenied() : code === 'ENOENT' ? t.folderMissing() : (code ?? String(error))));
  }
  return audited.reduce((n, a) => n + a.findings.length, 0);
}
