// A report to paste into a pull request or a document (GitHub-flavoured markdown): per file a
// heading, the score and band, the category table, the findings by category, what was suppressed
// and why, the suppressions that need attention, and the rules not assessed.
import type { Band, FileReport, Report } from '../model/report.js';
import { CATEGORIES, type Lang, type Severity } from '../model/rule.js';
import { formatNumber } from '../engine/render-message.js';
import { renderFiles, toReportHeader, type FormatStream, type ReportHeader } from './format-stream.js';
import { UI_TEXT, type UiText } from './ui-text.js';

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];
const SEVERITY_MARK: Record<Severity, string> = { error: '🔴', warning: '🟠', info: '🔵' };

/** Escape text outside code spans: what would start emphasis, a link, HTML, an entity or a code span. */
function escapeProse(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, (c) => `\\${c}`).replace(/&/g, '&amp;');
}

/**
 * Inline markdown from a rule's text: its code spans (`visibility: scheduled`) stay code, the rest
 * is escaped. With an odd number of backticks nothing is a code span and every backtick is escaped.
 * In a table cell a `|` is escaped inside code spans too (GFM splits the row into cells first).
 */
export function escapeMarkdown(text: string, inCell = false): string {
  // Control characters have no business in a document; show that one was there.
  const parts = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '\uFFFD').split('`');
  if (parts.length % 2 === 0) return escapeProse(parts.join('`'));
  return parts.map((part, i) => (i % 2 === 0 ? escapeProse(part) : `\`${inCell ? part.replace(/\|/g, '\\|') : part}\``)).join('');
}

/** A table cell: one line, escaped. */
export function escapeCell(text: string): string {
  return escapeMarkdown(text.replace(/\r?\n|\r/g, ' ').trim(), true);
}

/** A code span for a path or a location (a backtick in it would end the span). */
function toCode(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

function table(head: string[], rows: string[][], align?: Array<'left' | 'right'>): string[] {
  const rule = head.map((_, i) => (align?.[i] === 'right' ? '---:' : '---'));
  return [head, rule, ...rows].map((cells, i) => `| ${(i === 1 ? cells : cells.map(escapeCell)).join(' | ')} |`);
}

function describeBand(score: number | null, band: Band | null, ui: UiText): string {
  return score === null ? escapeMarkdown(ui.notScored) : `**${score}/100** (${escapeMarkdown(ui.band[band!])})`;
}

function renderFile(file: FileReport, lang: Lang, ui: UiText): string[] {
  const words = ui.formats;
  const where = (line: number, column: number) => toCode(`${file.file}:${line}:${column}`);
  const subject = (s: string | null) => s ?? ui.organisationWide;
  const lines: string[] = [];
  lines.push(`## ${file.organisation ? `${escapeMarkdown(file.organisation)} (${toCode(file.file)})` : toCode(file.file)}`, '');

  if (file.errors.length > 0) {
    lines.push(`**${escapeMarkdown(ui.errorsIn)}**: ${escapeMarkdown(ui.problems(file.errors.length))}`, '');
    lines.push(
      ...table(
        [words.where, words.field, words.finding],
        file.errors.map((e) => [where(e.line, e.column), e.path ? toCode(e.path) : '–', `${e.message}${e.hint ? ` (${e.hint})` : ''}`]),
      ),
    );
    return lines;
  }

  lines.push(`${ui.score}: ${describeBand(file.score, file.band, ui)}`, '');
  if (file.week && file.timezone) {
    lines.push(escapeMarkdown(`${ui.weekAnalysed}: ${file.week.start} – ${file.week.end}, ${file.timezone}; ${ui.referenceDate} ${file.reference_date}`), '');
  }
  const count = (s: Severity) => file.findings.filter((f) => f.severity === s).length;
  lines.push(escapeMarkdown(ui.counts(count('error'), count('warning'), count('info'), file.not_assessed.length)), '');
  lines.push(
    ...table(
      [ui.categoryHeader, ui.scoreHeader, ui.bandHeader],
      CATEGORIES.map((c) => {
        const { score, band } = file.categories[c];
        return [ui.category[c], score === null ? '–' : String(score), band ? ui.band[band] : '–'];
      }),
      ['left', 'right', 'left'],
    ),
    '',
  );

  lines.push(`### ${escapeMarkdown(ui.findings)} (${file.findings.length})`, '');
  if (file.findings.length === 0) lines.push(escapeMarkdown(ui.noFindings), '');
  for (const category of CATEGORIES) {
    const inCategory = file.findings
      .filter((f) => f.category === category)
      .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
    if (inCategory.length === 0) continue;
    lines.push(`#### ${escapeMarkdown(ui.category[category])}`, '');
    lines.push(
      ...table(
        [words.severity, words.rule, words.subject, words.finding, words.recommendation, words.where],
        inCategory.map((f) => {
          const gain = f.score_gain > 0 ? ` (${ui.fixGain} +${formatNumber(f.score_gain, lang, 1)} ${ui.points})` : '';
          const known = f.baseline === 'known' ? ` (${words.knownInBaseline})` : '';
          return [`${SEVERITY_MARK[f.severity]} ${ui.severity[f.severity]}`, toCode(f.rule), subject(f.subject), `${f.title}: ${f.message}${known}`, `${f.recommendation}${gain}`, where(f.line, f.column)];
        }),
      ),
      '',
    );
  }

  if (file.suppressed.length > 0) {
    lines.push(`### ${escapeMarkdown(words.suppressed)} (${file.suppressed.length})`, '');
    lines.push(
      ...table(
        [words.severity, words.rule, words.subject, words.finding, words.reason, words.until, words.where],
        file.suppressed.map((f) => [ui.severity[f.severity], toCode(f.rule), subject(f.subject), f.message, f.suppression.reason, f.suppression.until ?? '–', where(f.line, f.column)]),
      ),
      '',
    );
  }

  if (file.suppression_notices.length > 0) {
    lines.push(`### ${escapeMarkdown(words.suppressionNotices)} (${file.suppression_notices.length})`, '');
    for (const n of file.suppression_notices) {
      lines.push(`- **${escapeMarkdown(words.noticeStatus[n.status])}** ${toCode(n.rule)} (${escapeMarkdown(subject(n.subject))}), ${where(n.line, n.column)}: ${escapeMarkdown(n.message)}`);
    }
    lines.push('');
  }

  if (file.not_assessed.length > 0) {
    lines.push(`### ${escapeMarkdown(ui.notAssessed)} (${file.not_assessed.length})`, '');
    lines.push(...table([words.rule, words.subject, words.fieldToAdd, words.where], file.not_assessed.map((n) => [toCode(n.rule), subject(n.subject), toCode(n.missing), where(n.line, n.column)])), '');
  }
  return lines;
}

/**
 * The report is tidied as one text: runs of three or more line breaks become two, and the end is
 * trimmed. Written in pieces, a piece's trailing whitespace is held back until the next piece
 * shows whether it joins a run of line breaks or ends the report; a run never spans the
 * non-whitespace character where a written piece ends, so the pieces tidy alone.
 */
function createTidyWriter(): { write(text: string): string; end(text: string): string } {
  const collapse = (text: string) => text.replace(/\n{3,}/g, '\n\n');
  let held = '';
  return {
    write(text) {
      const joined = held + text;
      const body = joined.trimEnd();
      held = joined.slice(body.length);
      return collapse(body);
    },
    end: (text) => `${collapse(held + text).trimEnd()}\n`,
  };
}

/** A section per file as it comes; after several files a summary line (kept: its counts). */
export function streamMarkdown(header: ReportHeader): FormatStream {
  const ui = UI_TEXT[header.lang];
  const tidy = createTidyWriter();
  let files = 0;
  let unreadable = 0;
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  // Every line is followed by a line break, an empty line by two: the lines joined by `\n`, with
  // one more at the end, which the tidying trims.
  return {
    start: () => tidy.write(`# contact-audit ${header.tool.version}\n\n`),
    file(file) {
      files += 1;
      if (file.errors.length > 0) unreadable += 1;
      for (const f of file.findings) counts[f.severity] += 1;
      return tidy.write(`${renderFile(file, header.lang, ui).join('\n')}\n\n`);
    },
    end() {
      const summary = files > 1 ? `**${escapeMarkdown(ui.summary(files, unreadable, counts.error, counts.warning, counts.info))}**\n\n` : '';
      return tidy.end(summary);
    },
  };
}

export function formatMarkdown(report: Report): string {
  return renderFiles(streamMarkdown(toReportHeader(report)), report.files);
}
