// Suppressions: the `audit.ignore` entries of an organisation file. A finding an entry matches
// moves from `findings` to `suppressed` (still listed, with the reason; it trips no gate). An
// entry past its `until` suppresses nothing and is reported as expired; one that matches nothing
// is reported as unused, so that the list cannot silently rot (ESLint's
// --report-unused-disable-directives does the same for inline comments).
// The score is left as audited: a suppression hides a finding from the gates, not from the score.
import type { FieldPath } from '../model/organisation.js';
import type { FileReport, Finding, SuppressedFinding, SuppressionNotice } from '../model/report.js';
import type { Lang } from '../model/rule.js';
import { closestMatch } from '../load/closest-match.js';

/** One `audit.ignore` entry as written (the organisation schema has checked its shape). */
export interface WrittenSuppression {
  rule: string;
  subject?: string;
  reason: string;
  until?: string;
}

export interface SuppressionOptions {
  /** the ids of the rules in force (an entry naming another id can match nothing) */
  ruleIds: string[];
  lang: Lang;
  /** where an entry was written: `['audit', 'ignore', i]` */
  locate(path: FieldPath): { line: number; column: number };
}

type Texts = {
  expired: (rule: string, until: string, referenceDate: string) => string;
  unused: (rule: string, subject: string | undefined) => string;
  notInForce: (rule: string) => string;
  otherSubjects: (subjects: string) => string;
  didYouMean: (close: string) => string;
};

const TEXTS: Record<Lang, Texts> = {
  en: {
    expired: (rule, until, date) => `the suppression of ${rule} ended on ${until} (reference date ${date}); its findings count again`,
    unused: (rule, subject) => `this suppression of ${rule}${subject ? ` for ${subject}` : ''} matches no finding; remove it`,
    notInForce: (rule) => `${rule} is not a rule in force, so this suppression matches nothing`,
    otherSubjects: (subjects) => `this rule has findings for ${subjects}`,
    didYouMean: (close) => `did you mean \`${close}\`?`,
  },
  nl: {
    expired: (rule, until, date) => `de onderdrukking van ${rule} liep af op ${until} (referentiedatum ${date}); de bevindingen tellen weer mee`,
    unused: (rule, subject) => `deze onderdrukking van ${rule}${subject ? ` voor ${subject}` : ''} past op geen enkele bevinding; verwijder ze`,
    notInForce: (rule) => `${rule} is geen regel die van kracht is, dus deze onderdrukking past op niets`,
    otherSubjects: (subjects) => `deze regel heeft bevindingen voor ${subjects}`,
    didYouMean: (close) => `bedoel je \`${close}\`?`,
  },
};

/** The ignore list of an organisation's `audit` setting, or none (the loader keeps it in `org.extra.audit`). */
export function readSuppressions(audit: unknown): WrittenSuppression[] {
  if (typeof audit !== 'object' || audit === null) return [];
  const ignore = (audit as { ignore?: unknown }).ignore;
  return Array.isArray(ignore) ? (ignore as WrittenSuppression[]) : [];
}

function isMatch(entry: WrittenSuppression, finding: Finding): boolean {
  return finding.rule === entry.rule && (entry.subject === undefined || finding.subject === entry.subject);
}

function notice(status: SuppressionNotice['status'], entry: WrittenSuppression, at: { line: number; column: number }, message: string): SuppressionNotice {
  return {
    status,
    rule: entry.rule,
    subject: entry.subject ?? null,
    reason: entry.reason,
    ...(entry.until !== undefined ? { until: entry.until } : {}),
    line: at.line,
    column: at.column,
    message,
  };
}

/**
 * Apply the entries to one audited file. The first entry that matches a finding is the one the
 * finding carries; a later entry matching the same finding still counts as used. A file that could
 * not be audited (errors) is returned as it is.
 */
export function applySuppressions(report: FileReport, entries: WrittenSuppression[], options: SuppressionOptions): FileReport {
  if (entries.length === 0 || report.errors.length > 0 || report.reference_date === null) return report;
  const t = TEXTS[options.lang];
  const referenceDate = report.reference_date;
  const notices: SuppressionNotice[] = [];
  const by = new Map<Finding, SuppressedFinding['suppression']>();
  const inForce = new Set(options.ruleIds);
  entries.forEach((entry, i) => {
    const at = options.locate(['audit', 'ignore', i]);
    if (!inForce.has(entry.rule)) {
      const close = closestMatch(entry.rule, options.ruleIds);
      notices.push(notice('unused', entry, at, `${t.notInForce(entry.rule)}${close ? `; ${t.didYouMean(close)}` : ''}`));
      return;
    }
    // `until` is the last day it holds (format.md): it has expired once the reference date is later.
    if (entry.until !== undefined && entry.until < referenceDate) {
      notices.push(notice('expired', entry, at, t.expired(entry.rule, entry.until, referenceDate)));
      return;
    }
    const matched = report.findings.filter((f) => isMatch(entry, f));
    if (matched.length === 0) {
      let message = t.unused(entry.rule, entry.subject);
      if (entry.subject !== undefined) {
        const subjects = [...new Set(report.findings.filter((f) => f.rule === entry.rule && f.subject !== null).map((f) => f.subject!))];
        const close = closestMatch(entry.subject, subjects);
        if (close) message += `; ${t.didYouMean(close)}`;
        else if (subjects.length > 0) message += `; ${t.otherSubjects(subjects.join(', '))}`;
      }
      notices.push(notice('unused', entry, at, message));
      return;
    }
    for (const finding of matched) {
      if (!by.has(finding)) by.set(finding, { reason: entry.reason, ...(entry.until !== undefined ? { until: entry.until } : {}), line: at.line, column: at.column });
    }
  });
  return {
    ...report,
    findings: report.findings.filter((f) => !by.has(f)),
    suppressed: [...report.suppressed, ...report.findings.filter((f) => by.has(f)).map((f) => ({ ...f, suppression: by.get(f)! }))],
    suppression_notices: [...report.suppression_notices, ...notices],
  };
}
