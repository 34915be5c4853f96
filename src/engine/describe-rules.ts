// The rules in force as the report lists them: texts in the report's language, options as the
// user wrote them, sources. Formats that describe rules (SARIF, Markdown, rule pages) read this.
import type { RuleDescription } from '../model/report.js';
import type { Lang, MessageValue } from '../model/rule.js';
import { optionValue, renderTemplate } from './render-message.js';
import type { ActiveRule } from './rule-set.js';

export function ruleHelpPath(id: string): string {
  return `docs/rules/${id}.md`;
}

export function describeRule(active: ActiveRule, lang: Lang): RuleDescription {
  const { rule } = active;
  // The recommendation names no subject here: placeholders other than options stay generic.
  const values: Record<string, MessageValue> = {};
  for (const [name, value] of Object.entries(active.options)) values[name] = optionValue(active.check.options[name], value);
  return {
    id: rule.id,
    category: rule.category,
    severity: rule.severity,
    weight: active.weight,
    title: rule.title[lang],
    failure_title: rule.failure_title[lang],
    rationale: rule.rationale[lang],
    // Subject figures are unknown here: what only a finding can fill in is shown as `…`.
    recommendation: renderTemplate(rule.recommendation.default[lang], values, lang).replace(/\{[a-z_][a-z0-9_]*\}/gi, '…'),
    options: active.writtenOptions,
    sources: rule.source.map((s) => (s.kind === 'article' ? { file: s.file, quote: s.quote, ...(s.note ? { note: s.note } : {}) } : { note: s.note })),
    help_path: ruleHelpPath(rule.id),
  };
}
