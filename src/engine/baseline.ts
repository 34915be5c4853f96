// Baselines: the findings a team has accepted, so that `check --baseline FILE` fails only on new
// ones (the way Checkov's and PHPStan's baselines let a team adopt rules gradually). A finding is
// matched by its fingerprint (rule, subject, kind of failure; never the line), per organisation
// file, and by count: a fingerprint recorded once covers one finding.
// Pure: src/cli/baseline-file.ts reads and writes the file.
import schemaJson from '../../schemas/baseline.schema.json' with { type: 'json' };
import { validateBaseline } from '../generated/validators.js';
import { describeSchemaErrors, type SchemaNode } from '../load/describe-schema-errors.js';
import { parseYaml } from '../load/parse-yaml.js';
import { toFileErrors } from '../load/validate.js';
import type { FileError, FileReport, Finding } from '../model/report.js';
import type { Lang } from '../model/rule.js';

export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  subject: string | null;
}

/** The file's shape (schemas/baseline.schema.json). */
export interface Baseline {
  version: 1;
  tool: { name: string; version: string };
  /** ISO 8601 timestamp */
  created: string;
  /** by the organisation file's path relative to the baseline's folder, with `/` */
  files: Record<string, BaselineEntry[]>;
}

export type ParsedBaseline = { ok: true; baseline: Baseline } | { ok: false; problems: FileError[] };

/** Read a baseline's text: JSON, checked against its schema; problems carry line and column, in `lang`. */
export function parseBaseline(text: string, lang: Lang = 'en'): ParsedBaseline {
  // JSON is YAML (1.2), and the YAML reader keeps positions, which JSON.parse does not.
  const parsed = parseYaml(text, { lang, kind: 'other' });
  if (parsed.errors.length > 0 || parsed.data === undefined) return { ok: false, problems: parsed.errors };
  const data = parsed.data;
  if (validateBaseline(data)) return { ok: true, baseline: data as Baseline };
  return { ok: false, problems: toFileErrors(describeSchemaErrors(schemaJson as SchemaNode, validateBaseline.errors ?? [], data, lang), parsed.locate) };
}

/** The entries of one file's findings, sorted so that the baseline does not change with the file's order. */
export function baselineEntries(findings: Finding[]): BaselineEntry[] {
  return findings
    .map((f) => ({ fingerprint: f.fingerprint, rule: f.rule, subject: f.subject }))
    .sort((a, b) => a.rule.localeCompare(b.rule) || (a.subject ?? '').localeCompare(b.subject ?? '') || a.fingerprint.localeCompare(b.fingerprint));
}

/**
 * Mark every finding of a file `known` (the baseline has it) or `new`. A fingerprint covers as
 * many findings as the baseline lists it. Suppressed findings are left unmarked: they trip no
 * gate either way and are not written to a baseline.
 */
export function markBaseline(report: FileReport, entries: BaselineEntry[] | undefined): FileReport {
  if (report.errors.length > 0) return report;
  const remaining = new Map<string, number>();
  for (const entry of entries ?? []) remaining.set(entry.fingerprint, (remaining.get(entry.fingerprint) ?? 0) + 1);
  const findings = report.findings.map((f): Finding => {
    const left = remaining.get(f.fingerprint) ?? 0;
    if (left === 0) return { ...f, baseline: 'new' };
    remaining.set(f.fingerprint, left - 1);
    return { ...f, baseline: 'known' };
  });
  return { ...report, findings };
}

/**
 * The baseline after an update: every audited file's findings (by key) replace its entries; the
 * entries of files not audited this time are kept when `isKept` says so (they still exist).
 */
export function updateBaseline(
  previous: Baseline | undefined,
  audited: Array<{ key: string; findings: Finding[] }>,
  meta: { tool: Baseline['tool']; created: string },
  isKept: (key: string) => boolean,
): Baseline {
  const files: Record<string, BaselineEntry[]> = {};
  for (const [key, entries] of Object.entries(previous?.files ?? {})) if (isKept(key)) files[key] = entries;
  for (const { key, findings } of audited) files[key] = baselineEntries(findings);
  const sorted: Record<string, BaselineEntry[]> = {};
  for (const key of Object.keys(files).sort()) if (files[key].length > 0) sorted[key] = files[key];
  return { version: 1, tool: meta.tool, created: meta.created, files: sorted };
}

/** How a baseline is written: indented JSON, one entry per line, a newline at the end. */
export function serialiseBaseline(baseline: Baseline): string {
  const files = Object.entries(baseline.files)
    .map(([key, entries]) => `    ${JSON.stringify(key)}: [\n${entries.map((e) => `      ${JSON.stringify(e)}`).join(',\n')}\n    ]`)
    .join(',\n');
  return `{\n  "version": 1,\n  "tool": ${JSON.stringify(baseline.tool)},\n  "created": ${JSON.stringify(baseline.created)},\n  "files": {${files ? `\n${files}\n  ` : ''}}\n}\n`;
}
