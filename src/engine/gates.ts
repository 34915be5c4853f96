// The gates of `check` (exit 1): a finding at or above --fail-on, a score below --min-score, a
// category below --min-category-score, more warnings than --max-warnings, an unknown with
// --require-complete. Only findings that count trip a gate: not suppressed (those are in
// `suppressed`, not `findings`) and not already known to the baseline (`baseline: 'known'`).
import type { Finding, FileReport } from '../model/report.js';
import type { Category, Severity } from '../model/rule.js';

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

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The gates, file by file as the reports come (a large check keeps no report to the end): add()
 * each file in order, then failures() once. gateFailures is the same over a list.
 */
export function createGateCounter(options: GateOptions): { add(file: FileReport): void; failures(): string[] } {
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
        if (count > 0) failures.push(`${file.file}: ${plural(count, 'finding')} at or above ${options.failOn}`);
      }
      if (options.minScore !== undefined && (file.score === null || file.score < options.minScore)) {
        failures.push(`${file.file}: score ${file.score ?? 'none'} is below --min-score ${options.minScore}`);
      }
      for (const [category, minimum] of Object.entries(options.minCategoryScore ?? {})) {
        const score = file.categories[category as Category]?.score ?? null;
        if (score !== null && score < minimum) failures.push(`${file.file}: ${category} scores ${score}, below --min-category-score ${category}=${minimum}`);
      }
      if (options.requireComplete && file.not_assessed.length > 0) {
        failures.push(`${file.file}: ${plural(file.not_assessed.length, 'rule check')} not assessed (--require-complete)`);
      }
    },
    failures() {
      if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
        return [...failures, `${plural(warnings, 'warning')}, more than --max-warnings ${options.maxWarnings}`];
      }
      return [...failures];
    },
  };
}

export function gateFailures(files: FileReport[], options: GateOptions): string[] {
  const counter = createGateCounter(options);
  for (const file of files) counter.add(file);
  return counter.failures();
}
