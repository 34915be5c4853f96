// One organisation file, loaded, to one FileReport: evaluate every active rule, score, sort.
import type { LoadedOrganisation } from '../load/load-organisation.js';
import type { Organisation } from '../model/organisation.js';
import type { FileReport, Finding } from '../model/report.js';
import { CATEGORIES, type CheckContext, type Lang } from '../model/rule.js';
import type { Coverage } from '../model/coverage.js';
import { computeCoverage } from '../time/compute-coverage.js';
import { loadHoursLibrary } from '../time/hours-library.js';
import { todayInZone } from '../time/zoned-time.js';
import { collectFindings, runRule, type RuleRun } from './evaluate-rules.js';
import type { ActiveRule } from './rule-set.js';
import { categoryScores, scoreOf } from './score.js';

export interface AuditOptions {
  rules: ActiveRule[];
  lang: Lang;
  /** the reference date (`--date`); default today in the organisation's zone */
  date?: string;
  /** for tests: the current instant */
  now?: number;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
// Rule ids by their characters' codes: the same order on every machine (a collator would follow
// the machine's locale: Danish sorts "aa" after "z"). For the ids rule.schema.json allows
// (a-z, 0-9, hyphens) it is the order of English and of Unicode's root collation, and it costs
// no Intl set-up (BENCHMARKS.md).
export function compareRuleIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    compareRuleIds(a.rule, b.rule) ||
    a.line - b.line ||
    a.column - b.column
  );
}

/**
 * compareFindings for the findings of one rule set, with the categories and the rule ids ranked
 * once (a batch sorts every file's findings).
 */
export function findingOrder(rules: ActiveRule[]): (a: Finding, b: Finding) => number {
  let order = orders.get(rules);
  if (order === undefined) {
    const ids = [...new Set(rules.map((active) => active.rule.id))].sort(compareRuleIds);
    const rank = new Map(ids.map((id, i) => [id, i]));
    const category = new Map(CATEGORIES.map((name, i) => [name, i]));
    order = (a, b) => {
      const ruleA = rank.get(a.rule);
      const ruleB = rank.get(b.rule);
      // A rule outside the set (none comes from runs of it) is compared as compareFindings does;
      // ranks follow compareRuleIds, so the two agree on every pair and the order stays consistent.
      if (ruleA === undefined || ruleB === undefined) return compareFindings(a, b);
      return (
        category.get(a.category)! - category.get(b.category)! ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        ruleA - ruleB ||
        a.line - b.line ||
        a.column - b.column
      );
    };
    orders.set(rules, order);
  }
  return order;
}

const orders = new WeakMap<ActiveRule[], (a: Finding, b: Finding) => number>();

function hasHoursField(org: Organisation): boolean {
  return (
    org.channels.some((c) => c.hours !== undefined || c.staffed !== undefined) ||
    org.teams.some((t) => t.hours !== undefined) ||
    (typeof org.monitoring.social_listening === 'object' && org.monitoring.social_listening.hours !== undefined)
  );
}

/** Build the check context; the hours library must be loaded when the file has hours. */
export async function createCheckContext(org: Organisation, date: string | undefined, now?: number): Promise<CheckContext> {
  if (hasHoursField(org)) await loadHoursLibrary();
  const referenceDate = date ?? todayInZone(org.organisation.timezone, now ?? Date.now());
  let coverage: Coverage | undefined;
  return { org, referenceDate, coverage: () => (coverage ??= computeCoverage(org, referenceDate)) };
}

export function emptyFileReport(file: string): FileReport {
  return {
    file,
    organisation: null,
    reference_date: null,
    timezone: null,
    week: null,
    score: null,
    band: null,
    categories: categoryScores([]),
    findings: [],
    suppressed: [],
    suppression_notices: [],
    not_assessed: [],
    rules: [],
    errors: [],
  };
}

export async function auditOrganisation(loaded: LoadedOrganisation, options: AuditOptions): Promise<FileReport> {
  const report = emptyFileReport(loaded.file);
  report.errors = loaded.errors;
  const org = loaded.org;
  if (!org || loaded.errors.length > 0) return report;
  const ctx = await createCheckContext(org, options.date, options.now);
  const runs: RuleRun[] = options.rules.map((active) => runRule(active, ctx));
  const results = runs.map((r) => r.result);
  const { findings, notAssessed } = collectFindings(runs, org, loaded.locate, options.lang);
  return {
    ...report,
    organisation: org.organisation.name,
    reference_date: ctx.referenceDate,
    timezone: org.organisation.timezone,
    timezone_source: org.organisation.timezone_source,
    week: weekOf(ctx.referenceDate),
    ...scoreOf(results),
    categories: categoryScores(results),
    findings: findings.sort(findingOrder(options.rules)),
    not_assessed: notAssessed,
    rules: results,
  };
}

/** Monday and Sunday of the ISO week containing a date (calendar arithmetic, no zone needed). */
export function weekOf(date: string): { start: string; end: string } {
  // Every file of a batch has the same reference date, as a rule: worked out once.
  let week = weeks.get(date);
  if (week === undefined) {
    week = weekOfUncached(date);
    if (weeks.size >= 1_000) weeks.clear();
    weeks.set(date, week);
  }
  return { ...week };
}

const weeks = new Map<string, { start: string; end: string }>();

function weekOfUncached(date: string): { start: string; end: string } {
  const day = new Date(`${date}T00:00:00Z`);
  const offset = (day.getUTCDay() + 6) % 7;
  const monday = new Date(day.getTime() - offset * 86400000);
  const sunday = new Date(monday.getTime() + 6 * 86400000);
  return { start: monday.toISOString().slice(0, 10), end: sunday.toISOString().slice(0, 10) };
}
