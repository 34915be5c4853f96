// JUnit XML (the Apache Ant schema that CI test-report views read; test/standards/junit.xsd):
// one <testsuite> per file, one <testcase> per rule and subject.
//
// The report lists failing subjects one by one but passing ones only as a count (RuleResult), so:
// one testcase per failing subject (a <failure>), per suppressed finding and per subject not
// assessed (a <skipped> with the reason or the field to add), and one testcase per rule for the
// subjects that pass (named by the rule alone, so its name stays stable in a CI's test history).
// A rule that applies to nothing is one skipped testcase. A file that cannot be audited is a
// testsuite with one errored testcase that lists every problem.
//
// The schema requires a timestamp, a hostname and times; a formatter is pure, so the timestamp is
// the report's reference date at midnight, the host `localhost` (the schema's own fallback) and
// every time 0.
import type { FileReport, Report, RuleResult } from '../model/report.js';
import { renderFiles, toReportHeader, type FormatStream, type ReportHeader } from './format-stream.js';
import { UI_TEXT, type UiText } from './ui-text.js';

/**
 * Text that XML 1.0 can carry: characters it forbids (most C0 controls, lone surrogates, U+FFFE,
 * U+FFFF) become a visible `\uXXXX`, since not even a character reference may stand for them.
 */
function toXmlChars(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

export function escapeXmlText(text: string): string {
  return toXmlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values also keep their line breaks and tabs (a parser would turn them into spaces). */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXmlAttribute(String(v))}"`)
    .join('');
}

interface TestCase {
  name: string;
  classname: string;
  outcome?: { kind: 'failure' | 'error' | 'skipped'; message: string; type?: string; body?: string };
}

function renderCase(c: TestCase): string {
  const open = `    <testcase${attributes({ name: c.name, classname: c.classname, time: 0 })}`;
  if (!c.outcome) return `${open}/>`;
  const { kind, message, type, body } = c.outcome;
  const inner = `<${kind}${attributes({ message, type })}${body ? `>${escapeXmlText(body)}</${kind}>` : '/>'}`;
  return `${open}>\n      ${inner}\n    </testcase>`;
}

function caseName(rule: string, subject: string | null): string {
  return subject === null ? rule : `${rule} [${subject}]`;
}

function collectCases(file: FileReport, ui: UiText): TestCase[] {
  const words = ui.formats;
  const cases: TestCase[] = [];
  const classname = (category: string) => `${file.file}.${category}`;
  const byRule = (rule: RuleResult) => {
    const cls = classname(rule.category);
    for (const f of file.findings.filter((x) => x.rule === rule.rule)) {
      const where = `${file.file}:${f.line}:${f.column}`;
      const baseline = f.baseline === 'known' ? `\n(${words.knownInBaseline})` : '';
      cases.push({
        name: caseName(f.rule, f.subject),
        classname: cls,
        outcome: {
          kind: 'failure',
          message: f.message,
          type: f.severity,
          body: `${f.title}\n${f.message}\n${words.recommendation}: ${f.recommendation}\n${where} (${f.path})${baseline}`,
        },
      });
    }
    for (const f of file.suppressed.filter((x) => x.rule === rule.rule)) {
      const until = f.suppression.until ? ` (${words.until.toLowerCase()} ${f.suppression.until})` : '';
      cases.push({
        name: caseName(f.rule, f.subject),
        classname: cls,
        outcome: {
          kind: 'skipped',
          message: `${words.suppressed}: ${f.suppression.reason}${until}`,
          body: `${f.message}\n${file.file}:${f.line}:${f.column}`,
        },
      });
    }
    for (const n of file.not_assessed.filter((x) => x.rule === rule.rule)) {
      cases.push({
        name: caseName(n.rule, n.subject),
        classname: cls,
        outcome: { kind: 'skipped', message: words.notAssessedAdd(n.missing), body: `${file.file}:${n.line}:${n.column}` },
      });
    }
    if (rule.passed > 0) cases.push({ name: rule.rule, classname: cls });
    else if (rule.status === 'not-applicable') {
      cases.push({ name: rule.rule, classname: cls, outcome: { kind: 'skipped', message: words.notApplicable } });
    }
  };
  for (const rule of file.rules) byRule(rule);
  return cases;
}

function renderSuite(file: FileReport, id: number, header: ReportHeader): string {
  const ui = UI_TEXT[header.lang];
  const invalid = file.errors.length > 0;
  const cases: TestCase[] = invalid
    ? [
        {
          name: ui.formats.invalidFile,
          classname: file.file,
          outcome: {
            kind: 'error',
            message: `${ui.errorsIn}: ${ui.problems(file.errors.length)}`,
            type: 'invalid-file',
            body: file.errors.map((e) => `${file.file}:${e.line}:${e.column}${e.path ? `  ${e.path}` : ''}  ${e.message}${e.hint ? ` (${e.hint})` : ''}`).join('\n'),
          },
        },
      ]
    : collectCases(file, ui);
  const count = (kind: string) => cases.filter((c) => c.outcome?.kind === kind).length;
  const properties: Array<[string, string]> = [
    ['organisation', file.organisation ?? ''],
    ['score', file.score === null ? '' : String(file.score)],
    ['band', file.band ?? ''],
    ...Object.entries(file.categories).map(([category, s]): [string, string] => [`category.${category}`, s.score === null ? '' : String(s.score)]),
    ['suppressed', String(file.suppressed.length)],
    ['not_assessed', String(file.not_assessed.length)],
  ];
  const out = file.score === null ? (invalid ? ui.errorsIn : ui.notScored) : `${ui.score} ${file.score}/100 (${ui.band[file.band!]})`;
  const err = file.suppression_notices.map((n) => `${file.file}:${n.line}:${n.column}  ${ui.formats.noticeStatus[n.status]}: ${n.message}`).join('\n');
  return [
    `  <testsuite${attributes({
      name: file.file,
      package: header.tool.name,
      id,
      timestamp: `${header.reference_date}T00:00:00`,
      hostname: 'localhost',
      tests: cases.length,
      failures: count('failure'),
      errors: count('error'),
      skipped: count('skipped'),
      time: 0,
    })}>`,
    '    <properties>',
    ...properties.map(([name, value]) => `      <property${attributes({ name, value })}/>`),
    '    </properties>',
    ...cases.map(renderCase),
    `    <system-out>${escapeXmlText(out)}</system-out>`,
    `    <system-err>${escapeXmlText(err)}</system-err>`,
    '  </testsuite>',
  ].join('\n');
}

/** `<testsuites>` carries no totals, so each testsuite is written as its file comes and nothing is kept. */
export function streamJunit(header: ReportHeader): FormatStream {
  let id = 0;
  return {
    start: () => '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n',
    file: (file) => `${renderSuite(file, id++, header)}\n`,
    end: () => '</testsuites>\n',
  };
}

export function formatJunit(report: Report): string {
  return renderFiles(streamJunit(toReportHeader(report)), report.files);
}
