// A configuration or rule pack that cannot be used: exit 2, every problem with its file, line and
// column (style.md: expected errors carry their exit code and all their problems).
import { CliError } from '../cli/io.js';

export interface ConfigProblem {
  /** as shown: relative to the working directory when inside it */
  file?: string;
  line?: number;
  column?: number;
  /** dotted path of the field, `` for the document */
  path?: string;
  message: string;
  hint?: string;
}

export function formatProblem(p: ConfigProblem): string {
  const where = p.file === undefined ? '' : p.line === undefined ? `${p.file}  ` : `${p.file}:${p.line}:${p.column ?? 1}  `;
  return `${where}${p.path ? `${p.path}  ` : ''}${p.message}${p.hint ? ` (${p.hint})` : ''}`;
}

export class ConfigError extends CliError {
  constructor(
    readonly problems: ConfigProblem[],
    what = 'the configuration',
  ) {
    super(`${what} cannot be used (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map(formatProblem).join('\n')}`, 2);
  }
}
