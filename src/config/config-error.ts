// A configuration or rule pack that cannot be used: exit 2, every problem with its file, line and
// column (style.md: expected errors carry their exit code and all their problems).
import { CliError } from '../cli/io.js';
import type { Lang } from '../model/rule.js';
import { configTexts } from './config-messages.js';

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
    lang: Lang = 'en',
    what: 'configuration' | 'rule-pack' = 'configuration',
  ) {
    const t = configTexts(lang);
    const heading = what === 'rule-pack' ? t.rulePackUnusable(problems.length) : t.configurationUnusable(problems.length);
    super(`${heading}\n${problems.map(formatProblem).join('\n')}`, 2);
  }
}
