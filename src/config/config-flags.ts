// The command-line flags that shape the configuration, read from commander's strings with clear
// errors (exit 2, in the command's language), for `check` and `config --print` alike.
import { cliTexts } from '../cli/cli-messages.js';
import { CliError } from '../cli/io.js';
import { closestMatch } from '../load/closest-match.js';
import { CATEGORIES, type Category, type Lang } from '../model/rule.js';
import type { ConfigFlags } from './resolve-config.js';

export interface ConfigFlagOptions {
  config?: string;
  rules?: string[];
  failOn?: ConfigFlags['failOn'];
  minScore?: string;
  minCategoryScore?: string[];
  maxWarnings?: string;
  requireComplete?: boolean;
  /** the language of the errors (default en) */
  lang?: Lang;
}

function parseScore(value: string, flag: string, lang: Lang): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || n < 0 || n > 100) throw new CliError(cliTexts(lang).scoreTakes(flag, value));
  return n;
}

/** `social=70` (repeatable) → { social: 70 }; an unknown category gets a did-you-mean. */
export function parseMinCategoryScores(values: string[] | undefined, lang: Lang = 'en'): Partial<Record<Category, number>> | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const t = cliTexts(lang);
  const scores: Partial<Record<Category, number>> = {};
  for (const value of values) {
    const match = /^\s*([^=\s]+)\s*=\s*(.*)$/.exec(value);
    if (!match) throw new CliError(t.categoryScoreTakes(value));
    const [, name, score] = match;
    if (!(CATEGORIES as readonly string[]).includes(name)) {
      const close = closestMatch(name, CATEGORIES);
      throw new CliError(t.noCategory(name, `${close ? `${t.didYouMean(close)} ` : ''}${t.categoryList(CATEGORIES.join(', '))}`));
    }
    scores[name as Category] = parseScore(score, `--min-category-score ${name}`, lang);
  }
  return scores;
}

export function parseMaxWarnings(value: string | undefined, lang: Lang = 'en'): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new CliError(cliTexts(lang).maxWarningsTakes(value));
  return Number(value);
}

export function readConfigFlags(options: ConfigFlagOptions): ConfigFlags {
  const lang = options.lang ?? 'en';
  return {
    config: options.config,
    rules: options.rules,
    failOn: options.failOn,
    minScore: options.minScore === undefined ? undefined : parseScore(options.minScore, '--min-score', lang),
    minCategoryScore: parseMinCategoryScores(options.minCategoryScore, lang),
    maxWarnings: parseMaxWarnings(options.maxWarnings, lang),
    requireComplete: options.requireComplete,
  };
}
