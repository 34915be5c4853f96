// A rule as loaded from rules/<id>.yaml (validated by schemas/rule.schema.json), and what a
// check returns. Rules are data; the logic lives in named checks (src/checks).

import type { ChannelType, FieldPath, Organisation } from './organisation.js';
import type { Coverage } from './coverage.js';

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'en' | 'nl';
export type Text = Record<Lang, string>;
export const CATEGORIES = ['availability', 'responsiveness', 'social', 'consistency', 'people', 'strategy'] as const;
export type Category = (typeof CATEGORIES)[number];

export type RuleSource =
  | { kind: 'article'; file: string; quote: string; note?: string }
  | { kind: 'practice'; note: string };

/** Which channels a channel rule looks at. Every listed condition must hold. */
export interface ChannelSelector {
  channel_types?: ChannelType[];
  families?: Array<'voice' | 'written' | 'messaging' | 'social'>;
  /** true: only inbound channels; false: only presence-only channels; absent: both */
  inbound?: boolean;
}

export interface Rule {
  id: string;
  category: Category;
  severity: Severity;
  /** default from severity: error 3, warning 2, info 1 */
  weight?: number;
  /** the named check in src/checks that evaluates this rule */
  check: string;
  applies_to?: ChannelSelector;
  /** the tunable thresholds, with the catalog's defaults (durations and shares as written: `24h`, `90%`) */
  options: Record<string, unknown>;
  /** fixed parameters that make a generic check this rule (the field it reads…); not user-tunable */
  params?: Record<string, unknown>;
  title: Text;
  failure_title: Text;
  rationale: Text;
  /** recommendation texts; key `default` is required, other keys match an outcome's messageId */
  recommendation: Record<string, Text>;
  /** failure messages with {placeholders}; key `default` is required */
  messages: Record<string, Text>;
  source: RuleSource[];
}

/** A value a message can show; rendered per language by the engine. */
export type MessageValue =
  | string
  | number
  | { share: number }
  | { seconds: number }
  | { minutes: number }
  | { list: string[] };

interface OutcomeBase {
  /** channel, team or contact-type id; null for the organisation */
  subject: string | null;
  /** the most relevant field; for a missing field, the field itself (the engine falls back to its parent for line and column) */
  path: FieldPath;
}

export interface PassOutcome extends OutcomeBase {
  status: 'pass';
  values?: Record<string, MessageValue>;
  data?: Record<string, unknown>;
}

export interface FailOutcome extends OutcomeBase {
  status: 'fail';
  /** key into rule.messages and rule.recommendation; default `default` */
  messageId?: string;
  /** placeholders for the message and recommendation */
  values?: Record<string, MessageValue>;
  /** machine-readable figures for the JSON report (a contract for some rules, see rules.md) */
  data?: Record<string, unknown>;
  /** partial credit in [0, 1); default 0 */
  score?: number;
}

export interface UnknownOutcome extends OutcomeBase {
  status: 'unknown';
  /** the field to add, as the file names it (`answered`, `teams[].languages`) */
  missing: string;
}

export type Outcome = PassOutcome | FailOutcome | UnknownOutcome;

/** Everything a check may look at. Pure data plus lazily computed views. */
export interface CheckContext {
  org: Organisation;
  /** ISO date, the reference date in the organisation's zone */
  referenceDate: string;
  /** hours coverage, computed once per organisation on first use */
  coverage(): Coverage;
}

/**
 * A named check. Returns one outcome per applicable subject; an empty list means not applicable.
 * Never throws on bad data. Options arrive parsed (durations in seconds, shares as fractions).
 */
// The generic field checks of rule packs add: `quantity` (a number, a duration or a share, as
// written; converted to a number, a {seconds} or a {share} value), `value` and `value[]` (scalars
// kept as written) and `mapping` (a selector: field → a scalar or a list of scalars).
export type OptionType = 'duration' | 'share' | 'number' | 'integer' | 'boolean' | 'string' | 'string[]' | 'quantity' | 'value' | 'value[]' | 'mapping';
export interface OptionSpec {
  type: OptionType;
  /** an option the rule file must set (the catalog's options all have defaults in the rule files) */
  required?: boolean;
  description?: string;
}

export interface Check {
  id: string;
  /** the options the check takes, as written in rule files; the engine validates and converts them */
  options: Record<string, OptionSpec>;
  evaluate(ctx: CheckContext, options: Record<string, unknown>, selector: ChannelSelector | undefined): Outcome[];
}
