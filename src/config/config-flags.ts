// The command-line flags that shape the configuration, read from commander's strings with clear
// errors (exit 2), for `check` and `config --print` alike.
import { CliError } from '../cli/io.js';
import { closestMatch } from '../load/closest-match.js';
import { CATEGORIES, type Category } from '../model/rule.js';
import type { ConfigFlags } from './resolve-config.js';

export interface ConfigFlagOptions {
  config?: string;
  rules?: string[];
  failOn?: ConfigFlags['failOn'];
  minScore?: string;
  minCategoryScore?: string[];
  maxWarnings?: string;
  requireComplete?: boolean;
}

function parseScore(value: string, flag: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || n < 0 || n > 100) throw new CliError(`${flag} takes a number from 0 to 100, not "${value}"`);
  return n;
}

/** `social=70` (repeatable) → { social: 70 }; an unknown category gets a did-you-mean. */
export function parseMinCategoryScores(values: string[] | undefined): Partial<Record<Category, number>> | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const scores: Partial<Record<Category, number>> = {};
  for (const value of values) {
    const match = /^\s*([^=\s]+)\s*=\s*(.*)$/.exec(value);
    if (!match) throw new CliError(`--min-category-score takes category=N (e.g. social=70), not "${value}"`);
    const [, name, score] = match;
    if (!(CATEGORIES as readonly string[]).includes(name)) {
      const close = closestMatch(name, CATEGORIES);
      throw new CliError(`--min-category-score: there is no category "${name}" (${close ? `did you mean ${close}? ` : ''}categories: ${CATEGORIES.join(', ')})`);
    }
    scores[name as Category] = parseScore(score, `--min-category-score ${name}`);
  }
  return scores;
}

export function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new CliError(`--max-warnings takes a whole number, 0 or more, not "${value}"`);
  return Number(value);
}

export function readConfigFlags(options: ConfigFlagOptions): ConfigFlags {
  return {
    config: options.config,
    rules: options.rules,
    failOn: options.failOn,
    minScore: options.minScore === undefined ? undefined : parseScore(options.minScore, '--min-score'),
    minCategoryScore: parseMinCategoryScores(options.minCategoryScore),
    maxWarnings: parseMaxWarnings(options.maxWarnings),
    requireComplete: options.requireComplete,
  };
}
