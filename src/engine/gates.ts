// The gates of `check` (exit 1): a finding at or above --fail-on, a score below --min-score, a
// category below --min-category-score, more warnings than --max-warnings, an unknown with
// --require-complete. Only findings that count trip a gate: not suppressed (those are in
// `suppressed`, not `findings`) and not already known to the baseline (`baseline: 'known'`).
import { bindTexts, entry } from '../load/bind-texts.js';
import type { Finding, FileReport } from '../model/report.js';
import type { Category, Lang, Severity } from '../model/rule.js';

export interface GateOptions {
  failOn: Severity | 'never';
  minScore?: number;
  /** per category; a category with nothing assessed (score null) passes: --require-complete is the gate for gaps */
  minCategoryScore?: Partial<Record<Category, number>>;
  /** warnings that count, over all files together (as ESLint's --max-warnings) */
  maxWarnings?: number;
  requireComplete?: boolean;
}

export const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** The findings a gate looks at: a finding the baseline already knows is tolerated. */
export function countingFindings(file: FileReport): Finding[] {
  return file.findings.filter((f) => f.baseline !== 'known');
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

// Flags and their values (a severity, a category key) stay as written on the command line.
export const GATE_MESSAGES = {
  failed: entry((failure: string) => `gate failed: ${failure}`, (failure) => `drempel niet gehaald: ${failure}`),
  findingsAtOrAbove: entry(
    (file: string, count: number, severity: Severity) => `${file}: ${plural(count, 'finding', 'findings')} at or above ${severity}`,
    (file, count, severity) => `${file}: ${plural(count, 'bevinding', 'bevindingen')} op niveau ${severity} of hoger`,
  ),
  scoreBelow: entry(
    (file: string, score: number | null, minimum: number) => `${file}: score ${score ?? 'none'} is below --min-score ${minimum}`,
    (file, score, minimum) => `${file}: score ${score ?? 'geen'} ligt onder --min-score ${minimum}`,
  ),
  categoryBelow: entry(
    (file: string, category: Category, score: number, minimum: number) => `${file}: ${category} scores ${score}, below --min-category-score ${category}=${minimum}`,
    (file, category, score, minimum) => `${file}: ${category} scoort ${score}, onder --min-category-score ${category}=${minimum}`,
  ),
  notAssessed: entry(
    (file: string, count: number) => `${file}: ${plural(count, 'rule check', 'rule checks')} not assessed (--require-complete)`,
    (file, count) => `${file}: ${plural(count, 'regelcontrole', 'regelcontroles')} niet beoordeeld (--require-complete)`,
  ),
  tooManyWarnings: entry(
    (count: number, maximum: number) => `${plural(count, 'warning', 'warnings')}, more than --max-warnings ${maximum}`,
    (count, maximum) => `${plural(count, 'waarschuwing', 'waarschuwingen')}, meer dan --max-warnings ${maximum}`,
  ),
};

export const gateTexts = bindTexts(GATE_MESSAGES);

/**
 * The gates, file by file as the reports come (a large check keeps no report to the end): add()
 * each file in order, then failures() once. gateFailures is the same over a list.
 */
export function createGateCounter(options: GateOptions, lang: Lang = 'en'): { add(file: FileReport): void; failures(): string[] } {
  const t = gateTexts(lang);
  const failures: string[] = [];
  let warnings = 0;
  return {
    add(file) {
      if (file.errors.length > 0) return;
      const findings = countingFindings(file);
      warnings += findings.filter((f) => f.severity === 'warning').length;
      if (options.failOn !== 'never') {
        const threshold = SEVERITY_RANK[options.failOn];
        const count = findings.filter((f) => SEVERITY_RANK[f.severity] >= threshold).length;
        if (count > 0) failures.push(t.findingsAtOrAbove(file.file, count, options.failOn));
      }
      if (options.minScore !== undefined && (file.score === null || file.score < options.minScore)) {
        failures.push(t.scoreBelow(file.file, file.score, options.minScore));
      }
      for (const [category, minimum] of Object.entries(options.minCategoryScore ?? {})) {
        const score = file.categories[category as Category]?.score ?? null;
        if (score !== null && score < minimum) failures.push(t.categoryBelow(file.file, category as Category, score, minimum));
      }
      if (options.requireComplete && file.not_assessed.length > 0) {
        failures.push(t.notAssessed(file.file, file.not_assessed.length));
      }
    },
    failures() {
      if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
        return [...failures, t.tooManyWarnings(warnings, options.maxWarnings)];
      }
      return [...failures];
    },
  };
}

export function gateFailures(files: FileReport[], options: GateOptions, lang: Lang = 'en'): string[] {
  const counter = createGateCounter(options, lang);
  for (const file of files) counter.add(file);
  return counter.failures();
}
