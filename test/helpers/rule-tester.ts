// Run one rule on an inline organisation (style.md: a small tester for edge cases).
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { createCheckContext } from '../../src/engine/audit-organisation.js';
import { collectFindings, runRule as runActiveRule } from '../../src/engine/evaluate-rules.js';
import { activateRule, shippedRuleList } from '../../src/engine/rule-set.js';
import type { Finding, NotAssessed, RuleResult } from '../../src/model/report.js';
import type { Lang, Outcome } from '../../src/model/rule.js';

export interface RuleTestRun {
  outcomes: Outcome[];
  findings: Finding[];
  notAssessed: NotAssessed[];
  result: RuleResult;
}

export interface RuleTestOptions {
  /** reference date; default 2026-06-15 */
  date?: string;
  /** option overrides, as a rule file writes them */
  options?: Record<string, unknown>;
  lang?: Lang;
  file?: string;
}

export async function runRule(ruleId: string, yaml: string, options: RuleTestOptions = {}): Promise<RuleTestRun> {
  const rule = shippedRuleList().find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no shipped rule ${ruleId}`);
  const { active, problems } = activateRule(rule, options.options);
  if (!active) throw new Error(problems.join('\n'));
  const loaded = await loadOrganisation(yaml, options.file ?? 'inline.yaml');
  if (!loaded.org || loaded.errors.length > 0) {
    throw new Error(`the organisation does not load:\n${loaded.errors.map((e) => `${e.line}:${e.column} ${e.path} ${e.message}`).join('\n')}`);
  }
  const ctx = await createCheckContext(loaded.org, options.date ?? '2026-06-15');
  const run = runActiveRule(active, ctx);
  const { findings, notAssessed } = collectFindings([run], loaded.org, loaded.locate, options.lang ?? 'en');
  return { outcomes: run.outcomes, findings, notAssessed, result: run.result };
}
