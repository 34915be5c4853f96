// SARIF 2.1.0 (OASIS), the format GitHub code scanning and other viewers read: one run for all
// files, every rule in force in tool.driver.rules, one result per finding, suppressed findings as
// results with an in-source suppression.
//
// Decisions (the issue leaves them open):
// - No helpUri and no informationUri: SARIF wants absolute URIs there and the project has no
//   published home yet; a rule's page (docs/rules/<id>.md, in contact-audit's repository, not the
//   user's) is named in help.markdown and in properties.help_path instead.
// - A file that cannot be audited gives both a toolExecutionNotification (the spec's place;
//   executionSuccessful false) and a result of the rule `contact-audit/invalid-file` at its line:
//   GitHub shows notifications only on its tool-status page, results in the pull request.
// - Columns are the YAML parser's string offsets, so columnKind is utf16CodeUnits.
import type { FileReport, Finding, Report, RuleDescription, SuppressedFinding } from '../model/report.js';
import type { Severity } from '../model/rule.js';
import { renderFiles, toReportHeader, type FormatStream, type ReportHeader } from './format-stream.js';
import { cutJson, fillHoles, stringifyItem } from './json-text.js';
import { UI_TEXT, type UiText } from './ui-text.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const INVALID_FILE_RULE = 'contact-audit/invalid-file';
const FINGERPRINT_KEY = 'contactAudit/v1';

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

type Json = Record<string, unknown>;

/** An artifactLocation for a path as the user gave it: relative ones against SRCROOT, absolute ones as file: URIs. */
export function toArtifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const slashed = file.replace(/\\/g, '/');
  const encode = (path: string) => path.split('/').map((segment) => encodeURIComponent(segment)).join('/');
  if (/^[A-Za-z]:\//.test(slashed)) return { uri: `file:///${slashed.slice(0, 2)}${encode(slashed.slice(2))}` };
  if (slashed.startsWith('/')) return { uri: `file://${encode(slashed)}` };
  return { uri: encode(slashed.replace(/^(\.\/)+/, '')), uriBaseId: 'SRCROOT' };
}

function physicalLocation(file: string, line: number, column: number): Json {
  return {
    physicalLocation: {
      artifactLocation: toArtifactLocation(file),
      region: { startLine: Math.max(1, line), startColumn: Math.max(1, column) },
    },
  };
}

/** PascalCase of a rule id: SARIF's `name` is an identifier a person can read (`ChatVisibilityFlicker`). */
function toRuleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
}

function describeSourcesText(rule: RuleDescription): string[] {
  return rule.sources.map((s) => [s.quote ? `"${s.quote}"` : '', s.file ? `(${s.file})` : '', s.note ?? ''].filter(Boolean).join(' '));
}

function toRuleDescriptor(rule: RuleDescription, ui: UiText): Json {
  const words = ui.formats;
  const sources = describeSourcesText(rule);
  const text = [rule.rationale, `${words.recommendation}: ${rule.recommendation}`, ...sources.map((s) => `${words.source}: ${s}`), `${words.documentation}: ${rule.help_path}`].join('\n\n');
  const markdownSources = rule.sources.map((s) =>
    [s.quote ? `> ${s.quote}` : '', s.file ? `${words.source}: \`${s.file}\`` : '', s.note ?? ''].filter(Boolean).join('\n\n'),
  );
  const markdown = [
    rule.rationale,
    `**${words.recommendation}:** ${rule.recommendation}`,
    ...(markdownSources.length > 0 ? [`**${words.source}**`, ...markdownSources] : []),
    `${words.documentation}: \`${rule.help_path}\` (contact-audit)`,
  ].join('\n\n');
  return {
    id: rule.id,
    name: toRuleName(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.rationale },
    messageStrings: { failure: { text: rule.failure_title } },
    help: { text, markdown },
    defaultConfiguration: { level: LEVEL[rule.severity], enabled: true },
    properties: {
      category: rule.category,
      tags: ['contact-audit', rule.category],
      severity: rule.severity,
      weight: rule.weight,
      options: rule.options,
      help_path: rule.help_path,
    },
  };
}

function invalidFileDescriptor(ui: UiText): Json {
  return {
    id: INVALID_FILE_RULE,
    name: 'InvalidFile',
    shortDescription: { text: ui.formats.invalidFile },
    fullDescription: { text: ui.formats.invalidFile },
    help: { text: ui.formats.invalidFile, markdown: ui.formats.invalidFile },
    defaultConfiguration: { level: 'error', enabled: true },
    properties: { tags: ['contact-audit'] },
  };
}

function toResult(file: string, f: Finding, ruleIndex: Map<string, number>): Json {
  const result: Json = {
    ruleId: f.rule,
    ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule) } : {}),
    level: LEVEL[f.severity],
    message: { text: `${f.message}\n\n${f.recommendation}` },
    locations: [physicalLocation(file, f.line, f.column)],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties: {
      subject: f.subject,
      category: f.category,
      title: f.title,
      recommendation: f.recommendation,
      path: f.path,
      score_gain: f.score_gain,
      data: f.data,
    },
  };
  if (f.baseline) result.baselineState = f.baseline === 'new' ? 'new' : 'unchanged';
  return result;
}

function toSuppressedResult(file: string, f: SuppressedFinding, ruleIndex: Map<string, number>): Json {
  const { suppression } = f;
  return {
    ...toResult(file, f, ruleIndex),
    suppressions: [
      {
        kind: 'inSource',
        status: 'accepted',
        justification: suppression.reason,
        location: physicalLocation(file, suppression.line, suppression.column),
        ...(suppression.until ? { properties: { until: suppression.until } } : {}),
      },
    ],
  };
}

function toFileNotifications(file: FileReport, ui: UiText): { execution: Json[]; configuration: Json[] } {
  const execution: Json[] = file.errors.map((e) => ({
    level: 'error',
    message: { text: `${e.path ? `${e.path}: ` : ''}${e.message}${e.hint ? ` (${e.hint})` : ''}` },
    locations: [physicalLocation(file.file, e.line, e.column)],
    descriptor: { id: INVALID_FILE_RULE },
  }));
  for (const n of file.not_assessed) {
    execution.push({
      level: 'note',
      message: { text: `${n.rule}${n.subject ? ` (${n.subject})` : ''}: ${ui.formats.notAssessedAdd(n.missing)}` },
      locations: [physicalLocation(file.file, n.line, n.column)],
      descriptor: { id: 'contact-audit/not-assessed' },
      associatedRule: { id: n.rule },
      properties: { subject: n.subject, missing: n.missing },
    });
  }
  const configuration: Json[] = file.suppression_notices.map((n) => ({
    level: 'warning',
    message: { text: n.message },
    locations: [physicalLocation(file.file, n.line, n.column)],
    descriptor: { id: `contact-audit/suppression-${n.status}` },
    associatedRule: { id: n.rule },
    properties: { status: n.status, subject: n.subject, reason: n.reason, ...(n.until ? { until: n.until } : {}) },
  }));
  return { execution, configuration };
}

/** The log around its growing arrays; `holes` stand where those go (see cutJson). */
function buildLog(header: ReportHeader, rules: Json[], isSuccessful: boolean, holes: { execution?: string; configuration?: string; results: string; files: string }): Json {
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: header.tool.name, version: header.tool.version, rules } },
        invocations: [
          {
            executionSuccessful: isSuccessful,
            ...(holes.execution !== undefined ? { toolExecutionNotifications: holes.execution } : {}),
            ...(holes.configuration !== undefined ? { toolConfigurationNotifications: holes.configuration } : {}),
          },
        ],
        language: header.lang,
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { SRCROOT: { description: { text: 'the working directory contact-audit ran in' } } },
        results: holes.results,
        properties: { reference_date: header.reference_date, files: holes.files },
      },
    ],
  };
}

type Part = 'execution' | 'configuration' | 'results' | 'files';

/**
 * SARIF has one run for all files, and before its results it says whether the run succeeded,
 * lists the invalid-file rule only when a file was invalid, and carries every file's notifications
 * (invocations). None of that is known before the last file, so this stream writes nothing until
 * end(): each file's results, notifications and summary are rendered as it comes and only that
 * text is kept, never the FileReport.
 */
export function streamSarif(header: ReportHeader): FormatStream {
  const ui = UI_TEXT[header.lang];
  const rules = header.rules.map((rule) => toRuleDescriptor(rule, ui));
  // Findings name real rules only (a rule id has no `/`), never the invalid-file rule.
  const ruleIndex = new Map(rules.map((r, i) => [r.id as string, i]));
  // The invalid-file rule goes last so that the indexes of the real rules do not move.
  const invalidFileIndex = rules.length;
  const { holes } = cutJson((hole) =>
    buildLog(header, rules, true, { execution: hole('execution'), configuration: hole('configuration'), results: hole('results'), files: hole('files') }),
  );
  const level = Object.fromEntries(holes.map((h) => [h.name, h.level])) as Record<Part, number>;
  const kept: Record<Part, string[]> = { execution: [], configuration: [], results: [], files: [] };
  const keep = (part: Part, value: unknown) => kept[part].push(stringifyItem(value, level[part]));
  let hasInvalid = false;
  return {
    start: () => '',
    file(file) {
      for (const f of file.findings) keep('results', toResult(file.file, f, ruleIndex));
      for (const f of file.suppressed) keep('results', toSuppressedResult(file.file, f, ruleIndex));
      for (const e of file.errors) {
        keep('results', {
          ruleId: INVALID_FILE_RULE,
          ruleIndex: invalidFileIndex,
          level: 'error',
          message: { text: `${e.message}${e.hint ? ` (${e.hint})` : ''}` },
          locations: [physicalLocation(file.file, e.line, e.column)],
          properties: { path: e.path },
        });
      }
      if (file.errors.length > 0) hasInvalid = true;
      const notifications = toFileNotifications(file, ui);
      for (const n of notifications.execution) keep('execution', n);
      for (const n of notifications.configuration) keep('configuration', n);
      keep('files', {
        file: file.file,
        organisation: file.organisation,
        score: file.score,
        band: file.band,
        categories: file.categories,
        not_assessed: file.not_assessed.length,
        suppressed: file.suppressed.length,
      });
      return '';
    },
    end() {
      const cut = cutJson((hole) =>
        buildLog(header, hasInvalid ? [...rules, invalidFileDescriptor(ui)] : rules, !hasInvalid, {
          execution: kept.execution.length > 0 ? hole('execution') : undefined,
          configuration: kept.configuration.length > 0 ? hole('configuration') : undefined,
          results: hole('results'),
          files: hole('files'),
        }),
      );
      const text = `${fillHoles(cut, (name) => kept[name as Part])}\n`;
      for (const items of Object.values(kept)) items.length = 0;
      return text;
    },
  };
}

export function formatSarif(report: Report): string {
  return renderFiles(streamSarif(toReportHeader(report)), report.files);
}
