// The rules in force: the shipped rules (precompiled at build time into src/generated/rules.json)
// with their options checked against the named check and converted for evaluation.
import shippedRules from '../generated/rules.json';
import { CHECKS } from '../checks/index.js';
import { loadTexts } from '../load/load-messages.js';
import { parseDuration, parseShare } from '../load/values.js';
import type { Check, Lang, MessageValue, OptionSpec, Rule, Severity } from '../model/rule.js';

export const SEVERITY_WEIGHT: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export interface ActiveRule {
  rule: Rule;
  check: Check;
  weight: number;
  /** options as written (rule file, then overrides), for messages */
  writtenOptions: Record<string, unknown>;
  /** the rule's fixed params and its options, converted for the check: durations in seconds, shares as fractions */
  options: Record<string, unknown>;
}

export class RuleSetError extends Error {
  readonly exitCode = 2;
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean';
}

/**
 * A threshold of a generic check, read by its form as the organisation file writes values:
 * `4h` → {seconds}, `80%` → {share}, a number stays a number. Tagged, so messages show the unit.
 */
function convertQuantity(value: unknown, lang: Lang): { ok: true; value: MessageValue } | { ok: false; message: string } {
  if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, value };
  if (typeof value === 'string' && value.trim().endsWith('%')) {
    const share = parseShare(value, lang);
    return share.ok ? { ok: true, value: { share: share.value } } : { ok: false, message: share.message };
  }
  const seconds = parseDuration(value, lang);
  return seconds.ok ? { ok: true, value: { seconds: seconds.value } } : { ok: false, message: loadTexts(lang).expectedQuantity() };
}

/** Convert one option value as written to what the check reads, or say why it cannot be (in `lang`). */
export function convertOption(spec: OptionSpec, value: unknown, lang: Lang = 'en'): { ok: true; value: unknown } | { ok: false; message: string } {
  const t = loadTexts(lang);
  switch (spec.type) {
    case 'duration': {
      const parsed = parseDuration(value, lang);
      return parsed.ok ? parsed : { ok: false, message: `${parsed.message}${parsed.hint ? ` (${parsed.hint})` : ''}` };
    }
    case 'share': {
      const parsed = parseShare(value, lang);
      return parsed.ok ? parsed : { ok: false, message: `${parsed.message}${parsed.hint ? ` (${parsed.hint})` : ''}` };
    }
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? { ok: true, value } : { ok: false, message: t.expectedNumber() };
    case 'integer':
      return Number.isInteger(value) ? { ok: true, value } : { ok: false, message: t.expectedWholeNumber() };
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, message: t.expectedBoolean() };
    case 'string':
      return typeof value === 'string' ? { ok: true, value } : { ok: false, message: t.expectedString() };
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? { ok: true, value } : { ok: false, message: t.expectedStrings() };
    case 'quantity':
      return convertQuantity(value, lang);
    case 'value':
      return isScalar(value) ? { ok: true, value } : { ok: false, message: t.expectedScalar() };
    case 'value[]':
      return Array.isArray(value) && value.length > 0 && value.every(isScalar) ? { ok: true, value } : { ok: false, message: t.expectedScalars() };
    case 'mapping':
      return typeof value === 'object' && value !== null && !Array.isArray(value) &&
        Object.values(value).every((v) => isScalar(v) || (Array.isArray(v) && v.every(isScalar)))
        ? { ok: true, value }
        : { ok: false, message: t.expectedFieldMapping() };
  }
}

/** Check a rule against its named check and convert its options; problems name the rule. */
export function activateRule(rule: Rule, overrides: Record<string, unknown> = {}): { active?: ActiveRule; problems: string[] } {
  const check = CHECKS.get(rule.check);
  if (!check) return { problems: [`rule ${rule.id}: unknown check "${rule.check}"`] };
  const problems: string[] = [];
  for (const name of Object.keys(overrides)) {
    if (!(name in rule.options)) {
      const tunable = Object.keys(rule.options);
      problems.push(`rule ${rule.id}: "${name}" is not an option of this rule${tunable.length ? ` (options: ${tunable.join(', ')})` : ' (it has none)'}`);
    }
  }
  const writtenOptions = { ...rule.options, ...overrides };
  const options: Record<string, unknown> = {};
  for (const [name, value] of Object.entries({ ...rule.params, ...writtenOptions })) {
    const spec = check.options[name];
    if (!spec) {
      const known = Object.keys(check.options);
      problems.push(`rule ${rule.id}: option "${name}" is not an option of check ${check.id}${known.length ? ` (options: ${known.join(', ')})` : ' (it takes none)'}`);
      continue;
    }
    const converted = convertOption(spec, value);
    if (converted.ok) options[name] = converted.value;
    else problems.push(`rule ${rule.id}: option ${name}: ${converted.message}`);
  }
  for (const [name, spec] of Object.entries(check.options)) {
    if (spec.required && !(name in writtenOptions) && !(name in (rule.params ?? {}))) problems.push(`rule ${rule.id}: option ${name} is required by check ${check.id}`);
  }
  if (problems.length > 0) return { problems };
  return { active: { rule, check, weight: rule.weight ?? SEVERITY_WEIGHT[rule.severity], writtenOptions, options }, problems };
}

export function shippedRuleList(): Rule[] {
  return shippedRules as unknown as Rule[];
}

/** The shipped rules, activated; a problem here is a bug in a rule file (the meta-test pins it). */
export function loadRuleSet(options: { only?: string[]; overrides?: Record<string, Record<string, unknown>> } = {}): ActiveRule[] {
  const problems: string[] = [];
  const active: ActiveRule[] = [];
  for (const rule of shippedRuleList()) {
    if (options.only && !options.only.includes(rule.id)) continue;
    const result = activateRule(rule, options.overrides?.[rule.id]);
    problems.push(...result.problems);
    if (result.active) active.push(result.active);
  }
  if (problems.length > 0) throw new RuleSetError(problems);
  return active;
}
