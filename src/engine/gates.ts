// The gates of `check` (exit 1): a finding at or above --fail-on, a score below --min-score, an
// unknown with --require-complete. Only findings that count (not suppressed, not in the baseline)
// trip a gate.
import type { FileReport } from '../model/report.js';
import type { Severity } from '../model/rule.js';

export interface GateOptions {
  failOn: Severity | 'never';
  minScore?: number;
  requireComplete?: boolean;
}

export const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

export function gateFailures(files: FileReport[], options: GateOptions): string[] {
  const failures: string[] = [];
  for (const file of files) {
    if (file.errors.length > 0) continue;
    if (options.failOn !== 'never') {
      const threshold = SEVERITY_RANK[options.failOn];
      const count = file.findings.filter((f) => SEVERITY_RANK[f.severity] >= threshold).length;
      if (count > 0) failures.push(`${file.file}: ${count} finding${count === 1 ? '' : 's'} at or above ${options.failOn}`);
    }
    if (options.minScore !== undefined && (file.score === null || file.score < options.minScore)) {
      failures.push(`${file.file}: score ${file.score ?? 'none'} is below --min-score ${options.minScore}`);
    }
    if (options.requireComplete && file.not_assessed.length > 0) {
      failures.push(`${file.file}: ${file.not_assessed.length} rule check${file.not_assessed.length === 1 ? '' : 's'} not assessed (--require-complete)`);
    }
  }
  return failures;
}
