// `contact-audit check <file...>`: read, load, audit and report every file; one exit code for all.
import { Chalk } from 'chalk';
import { auditOrganisation, emptyFileReport } from '../engine/audit-organisation.js';
import { loadRuleSet } from '../engine/rule-set.js';
import { loadOrganisation } from '../load/load-organisation.js';
import { readInput } from '../load/read-input.js';
import type { FileReport, Report } from '../model/report.js';
import type { Lang, Severity } from '../model/rule.js';
import { FORMATS, type FormatName } from '../report/formats.js';
import { todayInZone } from '../time/zoned-time.js';
import { CliError, type CliIo } from './io.js';
import { VERSION } from './main.js';

export interface CheckOptions {
  format: FormatName;
  lang: Lang;
  date?: string;
  failOn: Severity | 'never';
  minScore?: string;
  requireComplete?: boolean;
  color: boolean;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Colour only for a terminal, never with NO_COLOR or --no-color (FORCE_COLOR can insist). */
export function colourLevel(io: CliIo, wanted: boolean): 0 | 1 | 2 | 3 {
  if (!wanted || (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '')) return 0;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') {
    if (force === '0' || force === 'false') return 0;
    return force === '2' ? 2 : force === '3' ? 3 : 1;
  }
  if (!io.stdout.isTTY) return 0;
  const term = io.env.COLORTERM ?? '';
  if (term === 'truecolor' || term === '24bit') return 3;
  return /256/.test(io.env.TERM ?? '') ? 2 : 1;
}

export function parseMinScore(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || n < 0 || n > 100) {
    throw new CliError(`--min-score takes a number from 0 to 100, not "${value}"`);
  }
  return n;
}

/** The gates (exit 1): a finding at or above --fail-on, a score below --min-score, an unknown with --require-complete. */
export function gateFailures(files: FileReport[], options: { failOn: Severity | 'never'; minScore?: number; requireComplete?: boolean }): string[] {
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

export async function runCheck(files: string[], options: CheckOptions, io: CliIo): Promise<number> {
  if (options.date !== undefined && !isIsoDate(options.date)) {
    throw new CliError(`--date takes a date as YYYY-MM-DD, not "${options.date}"`);
  }
  const minScore = parseMinScore(options.minScore);
  const rules = loadRuleSet();
  const reports: FileReport[] = [];
  for (const file of files) {
    const input = await readInput(file, { cwd: io.cwd, lang: options.lang });
    if (!input.ok) {
      reports.push({ ...emptyFileReport(file), errors: [input.error] });
      continue;
    }
    const loaded = await loadOrganisation(input.bytes, file, { lang: options.lang });
    reports.push(await auditOrganisation(loaded, { rules, lang: options.lang, date: options.date }));
  }
  const report: Report = {
    schema_version: 1,
    tool: { name: 'contact-audit', version: VERSION },
    lang: options.lang,
    reference_date: options.date ?? reports.find((r) => r.reference_date)?.reference_date ?? todayInZone('UTC', Date.now()),
    files: reports,
  };
  const chalk = new Chalk({ level: options.format === 'text' ? colourLevel(io, options.color) : 0 });
  io.stdout.write(FORMATS[options.format](report, { chalk, width: Math.min(io.stdout.columns ?? 100, 120) }));

  const invalid = reports.filter((r) => r.errors.length > 0);
  if (invalid.length > 0) {
    if (options.format !== 'text') {
      for (const r of invalid) for (const e of r.errors) io.stderr.write(`${r.file}:${e.line}:${e.column}  ${e.path}  ${e.message}${e.hint ? ` (${e.hint})` : ''}\n`);
    }
    return 2;
  }
  const failures = gateFailures(reports, { failOn: options.failOn, minScore, requireComplete: options.requireComplete });
  for (const failure of failures) io.stderr.write(`contact-audit: gate failed: ${failure}\n`);
  return failures.length > 0 ? 1 : 0;
}
