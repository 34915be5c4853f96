// The terminal report: per file, the score and its band, a table of category scores, findings
// grouped by category and ordered by severity, and the rules not assessed with the field to add.
import type { ChalkInstance } from 'chalk';
import type { Band, FileReport, Finding, Report } from '../model/report.js';
import { CATEGORIES, type Severity } from '../model/rule.js';
import { formatNumber } from '../engine/render-message.js';
import { innerMap } from '../load/inner-map.js';
import { drawTable } from './draw-table.js';
import { renderFiles, toReportHeader, type FormatStream, type ReportHeader } from './format-stream.js';
import { UI_TEXT, type UiText } from './ui-text.js';
import { wrapText as wrap } from './wrap-text.js';

export interface TextOptions {
  chalk: ChalkInstance;
  /** terminal width for wrapping; default 100 */
  width?: number;
}

const SEVERITY_MARK: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

function bandColour(chalk: ChalkInstance, band: Band | null): (s: string) => string {
  if (band === 'good') return chalk.green;
  if (band === 'needs-work') return chalk.yellow;
  if (band === 'poor') return chalk.red;
  return chalk.dim;
}

function severityColour(chalk: ChalkInstance, severity: Severity): (s: string) => string {
  return severity === 'error' ? chalk.red : severity === 'warning' ? chalk.yellow : chalk.blue;
}


function scoreText(score: number | null, band: Band | null, ui: UiText): string {
  return score === null ? ui.notScored : `${score}/100  ${ui.band[band!]}`;
}

// A batch repeats recommendations (20,000 findings, 3,000 distinct recommendations in the bench's;
// messages carry each file's figures and repeat far less): each is wrapped once per width, found
// by the text itself (a key built per finding would be hashed anew every time).
const wrappedRecommendations = new Map<number, Map<string, string>>();
const MAX_WRAPPED = 5_000;

function wrapRecommendation(text: string, width: number): string {
  const byText = innerMap(wrappedRecommendations, width);
  let lines = byText.get(text);
  if (lines === undefined) {
    lines = wrap(`→ ${text}`, width, '    ');
    if (byText.size >= MAX_WRAPPED) byText.clear();
    byText.set(text, lines);
  }
  return lines;
}

function formatFinding(f: Finding, file: string, ui: UiText, lang: 'en' | 'nl', options: TextOptions): string {
  const { chalk } = options;
  const width = options.width ?? 100;
  const colour = severityColour(chalk, f.severity);
  const subject = f.subject ?? ui.organisationWide;
  const gain = f.score_gain > 0 ? chalk.dim(`  ${ui.fixGain} +${formatNumber(f.score_gain, lang, 1)} ${ui.points}`) : '';
  const head = `  ${colour(`${SEVERITY_MARK[f.severity]} ${ui.severity[f.severity]}`)}  ${chalk.bold(f.title)}  ${chalk.cyan(subject)}`;
  const known = f.baseline === 'known' ? chalk.dim(`  (${ui.suppression.known})`) : '';
  const where = `    ${chalk.dim(`${f.rule}  ${file}:${f.line}:${f.column}`)}${gain}${known}`;
  return `${head}\n${where}\n${wrap(f.message, width, '    ')}\n${chalk.green(wrapRecommendation(f.recommendation, width))}`;
}

/** Suppressed findings (title, subject, reason, until) and the ignore entries to review. */
function formatSuppressions(file: FileReport, ui: UiText, options: TextOptions): string[] {
  const { chalk } = options;
  const width = options.width ?? 100;
  const lines: string[] = [];
  if (file.suppressed.length > 0) {
    lines.push('', chalk.bold(`${ui.suppression.heading} (${file.suppressed.length})`));
    for (const f of file.suppressed) {
      const until = f.suppression.until ? `, ${ui.suppression.until} ${f.suppression.until}` : '';
      lines.push(`  ${chalk.dim(`${SEVERITY_MARK[f.severity]} ${ui.severity[f.severity]}`)}  ${f.title}  ${chalk.cyan(f.subject ?? ui.organisationWide)}`);
      lines.push(`    ${chalk.dim(`${f.rule}  ${file.file}:${f.line}:${f.column}`)}`);
      lines.push(wrap(`${ui.suppression.reason}: ${f.suppression.reason}${until}`, width, '    '));
    }
  }
  if (file.suppression_notices.length > 0) {
    lines.push('', chalk.bold(`${ui.suppression.noticesHeading} (${file.suppression_notices.length})`));
    for (const n of file.suppression_notices) {
      lines.push(`  ${chalk.yellow(ui.suppression.status[n.status])}  ${n.rule}  ${chalk.cyan(n.subject ?? ui.suppression.everySubject)}  ${chalk.dim(`${file.file}:${n.line}:${n.column}`)}`);
      lines.push(wrap(n.message, width, '    '));
    }
  }
  return lines;
}

export function formatFileText(file: FileReport, lang: 'en' | 'nl', options: TextOptions): string {
  const { chalk } = options;
  const ui = UI_TEXT[lang];
  const lines: string[] = [];
  const title = file.organisation ? `${chalk.bold(file.organisation)}  ${chalk.dim(file.file)}` : chalk.bold(file.file);
  lines.push(title);
  if (file.errors.length > 0) {
    lines.push(chalk.red(`  ${ui.errorsIn}: ${ui.problems(file.errors.length)}`));
    for (const e of file.errors) {
      const path = e.path ? `  ${chalk.cyan(e.path)}` : '';
      lines.push(`  ${chalk.dim(`${file.file}:${e.line}:${e.column}`)}${path}  ${e.message}${e.hint ? chalk.green(`  (${e.hint})`) : ''}`);
    }
    return lines.join('\n');
  }
  if (file.week && file.timezone) {
    const source = file.timezone_source ? ` (${ui.timezoneSource[file.timezone_source]})` : '';
    lines.push(chalk.dim(`${ui.weekAnalysed}: ${file.week.start} – ${file.week.end}, ${file.timezone}${source}; ${ui.referenceDate} ${file.reference_date}`));
  }
  lines.push('');
  lines.push(`  ${ui.score} ${bandColour(chalk, file.band)(chalk.bold(scoreText(file.score, file.band, ui)))}`);
  const count = (s: Severity) => file.findings.filter((f) => f.severity === s).length;
  lines.push(chalk.dim(`  ${ui.counts(count('error'), count('warning'), count('info'), file.not_assessed.length)}`));
  lines.push('');
  const rows = CATEGORIES.map((category) => {
    const { score, band } = file.categories[category];
    return [ui.category[category], score === null ? '–' : String(score), band ? bandColour(chalk, band)(ui.band[band]) : chalk.dim('–')];
  });
  lines.push(drawTable([ui.categoryHeader, ui.scoreHeader, ui.bandHeader], rows, ['left', 'right', 'left']));
  lines.push('');
  if (file.findings.length === 0 && file.suppressed.length === 0) lines.push(chalk.green(ui.noFindings));
  else if (file.findings.length === 0) lines.push(chalk.bold(`${ui.findings} (0)`));
  else {
    lines.push(chalk.bold(`${ui.findings} (${file.findings.length})`));
    for (const category of CATEGORIES) {
      const inCategory = file.findings.filter((f) => f.category === category);
      if (inCategory.length === 0) continue;
      lines.push('');
      lines.push(chalk.bold.underline(ui.category[category]));
      for (const f of inCategory) lines.push(formatFinding(f, file.file, ui, lang, options), '');
    }
  }
  lines.push(...formatSuppressions(file, ui, options));
  if (file.not_assessed.length > 0) {
    lines.push('');
    lines.push(chalk.bold(`${ui.notAssessed} (${file.not_assessed.length})`));
    for (const n of file.not_assessed) {
      lines.push(`  ${n.rule}  ${chalk.cyan(n.subject ?? ui.organisationWide)}  ${ui.add} ${chalk.bold(n.missing)}  ${chalk.dim(`${file.file}:${n.line}:${n.column}`)}`);
    }
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}

/** Files apart, with a rule between them; after several, one line that sums them up (kept: its counts). */
export function streamText(header: ReportHeader, options: TextOptions): FormatStream {
  const ui = UI_TEXT[header.lang];
  const separator = `\n\n${options.chalk.dim('─'.repeat(Math.min(options.width ?? 100, 80)))}\n\n`;
  let files = 0;
  let unreadable = 0;
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  return {
    start: () => '',
    file(file) {
      files += 1;
      if (file.errors.length > 0) unreadable += 1;
      for (const f of file.findings) counts[f.severity] += 1;
      return `${files > 1 ? separator : ''}${formatFileText(file, header.lang, options)}`;
    },
    end() {
      const summary = files > 1 ? `${separator}${options.chalk.bold(ui.summary(files, unreadable, counts.error, counts.warning, counts.info))}` : '';
      return `${summary}\n`;
    },
  };
}

export function formatText(report: Report, options: TextOptions): string {
  return renderFiles(streamText(toReportHeader(report), options), report.files);
}
