// GitHub Actions workflow commands: one annotation line per finding, at its line and column, then
// a summary per file. The escaping is the runner's own (actions/toolkit, command.ts): in the data
// % \r \n; in a property also : and , (they separate properties).
//
// Suppressed findings are not annotated (they were accepted on purpose); the summary counts them.
// A finding the baseline already knows is annotated as a notice: it trips no gate, and the new
// ones should stand out. Suppressions past their date or matching nothing are warnings at their
// audit.ignore entry; not-assessed rules only counted in the summary.
import type { Finding, Report } from '../model/report.js';
import type { Severity } from '../model/rule.js';
import { renderFiles, toReportHeader, type FormatStream, type ReportHeader } from './format-stream.js';
import { UI_TEXT } from './ui-text.js';

type Command = 'error' | 'warning' | 'notice';
const COMMAND: Record<Severity, Command> = { error: 'error', warning: 'warning', info: 'notice' };

export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: Command, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeCommandProperty(String(v))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeCommandData(message)}`;
}

function annotateFinding(file: string, f: Finding, knownNote: string): string {
  const level = f.baseline === 'known' ? 'notice' : COMMAND[f.severity];
  const subject = f.subject ? ` (${f.subject})` : '';
  const known = f.baseline === 'known' ? `\n(${knownNote})` : '';
  return command(level, { file, line: f.line, col: f.column, title: `${f.rule}${subject}: ${f.title}` }, `${f.message}\n${f.recommendation}${known}`);
}

/** Every line is about one file, so each file's lines are written as it comes and nothing is kept. */
export function streamGithub(header: ReportHeader): FormatStream {
  const ui = UI_TEXT[header.lang];
  return {
    start: () => '',
    file(file) {
      const lines: string[] = [];
      if (file.errors.length > 0) {
        for (const e of file.errors) {
          const path = e.path ? `${e.path}: ` : '';
          lines.push(command('error', { file: file.file, line: e.line, col: e.column, title: `contact-audit: ${ui.formats.invalidFile}` }, `${path}${e.message}${e.hint ? ` (${e.hint})` : ''}`));
        }
        lines.push(command('notice', {}, `${file.file}: ${ui.errorsIn}, ${ui.problems(file.errors.length)}`));
        return `${lines.join('\n')}\n`;
      }
      for (const f of file.findings) lines.push(annotateFinding(file.file, f, ui.formats.knownInBaseline));
      for (const n of file.suppression_notices) {
        lines.push(command('warning', { file: file.file, line: n.line, col: n.column, title: `contact-audit: audit.ignore ${ui.formats.noticeStatus[n.status]} (${n.rule})` }, n.message));
      }
      const count = (s: Severity) => file.findings.filter((f) => f.severity === s).length;
      const score = file.score === null ? ui.notScored : `${ui.score} ${file.score}/100 (${ui.band[file.band!]})`;
      const suppressed = file.suppressed.length > 0 ? `; ${ui.formats.suppressedNotAnnotated(file.suppressed.length)}` : '';
      lines.push(command('notice', {}, `${file.file}: ${score}; ${ui.counts(count('error'), count('warning'), count('info'), file.not_assessed.length)}${suppressed}`));
      return `${lines.join('\n')}\n`;
    },
    end: () => '',
  };
}

export function formatGithub(report: Report): string {
  return renderFiles(streamGithub(toReportHeader(report)), report.files);
}
