// The one result object every format renders (JSON contract: schemas/report.schema.json).

import type { Category, Lang, Severity } from './rule.js';

export type Band = 'good' | 'needs-work' | 'poor';

export interface Finding {
  rule: string;
  category: Category;
  severity: Severity;
  subject: string | null;
  title: string;
  message: string;
  recommendation: string;
  /** 1-based; of the most relevant field (for a missing field, its parent) */
  line: number;
  column: number;
  /** the field the finding points at, as a dotted path (`channels[2].answered`) */
  path: string;
  data: Record<string, unknown>;
  /** overall score points gained if this subject passed (exact, not rounded) */
  score_gain: number;
  /** stable identity for baselines: rule, subject and the kind of failure, never the line */
  fingerprint: string;
  /** with --baseline: whether the baseline already had this finding (`known` ones trip no gate) */
  baseline?: 'new' | 'known';
}

/** A finding that an `audit.ignore` entry in the organisation file suppresses: shown, counted, not gated. */
export interface SuppressedFinding extends Finding {
  suppression: { reason: string; until?: string; line: number; column: number };
}

/** An `audit.ignore` entry that did not do its job: past its `until`, or matching nothing. */
export interface SuppressionNotice {
  status: 'expired' | 'unused';
  rule: string;
  subject: string | null;
  reason: string;
  until?: string;
  line: number;
  column: number;
  message: string;
}

export interface NotAssessed {
  rule: string;
  subject: string | null;
  /** the field to add */
  missing: string;
  line: number;
  column: number;
}

export interface FileError {
  line: number;
  column: number;
  /** dotted path, `` for the document */
  path: string;
  message: string;
  hint?: string;
}

export interface RuleResult {
  rule: string;
  category: Category;
  severity: Severity;
  weight: number;
  /** share of assessed subjects that pass (partial credit counted); null when not assessed */
  score: number | null;
  status: 'pass' | 'fail' | 'not-assessed' | 'not-applicable';
  passed: number;
  failed: number;
  unknown: number;
}

export interface CategoryScore {
  score: number | null;
  band: Band | null;
}

export interface FileReport {
  file: string;
  organisation: string | null;
  /** the reference date used for this file (ISO) */
  reference_date: string | null;
  /** the zone all hours were read in, and where it came from */
  timezone: string | null;
  timezone_source?: 'explicit' | 'country' | 'default';
  /** ISO dates of the week analysed */
  week: { start: string; end: string } | null;
  score: number | null;
  band: Band | null;
  categories: Record<Category, CategoryScore>;
  /** findings that count: not suppressed */
  findings: Finding[];
  /** findings suppressed by `audit.ignore`, with their reason */
  suppressed: SuppressedFinding[];
  suppression_notices: SuppressionNotice[];
  not_assessed: NotAssessed[];
  rules: RuleResult[];
  errors: FileError[];
}

/** A rule in force, described in the report's language (for formats that list rules: SARIF, docs). */
export interface RuleDescription {
  id: string;
  category: Category;
  severity: Severity;
  weight: number;
  title: string;
  failure_title: string;
  rationale: string;
  /** the default recommendation, with the rule's options filled in */
  recommendation: string;
  /** options in force, as written (`24h`, `90%`) */
  options: Record<string, unknown>;
  sources: Array<{ file?: string; quote?: string; note?: string }>;
  /** where the rule is documented (a repository-relative path of its generated page) */
  help_path: string;
}

export interface Report {
  schema_version: 1;
  tool: { name: string; version: string };
  lang: Lang;
  reference_date: string;
  files: FileReport[];
  /** every rule that was in force, in the report's language */
  rules: RuleDescription[];
}
