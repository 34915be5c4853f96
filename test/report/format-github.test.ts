// GitHub Actions workflow commands from the stored report objects.
import { describe, expect, test } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { escapeCommandData, escapeCommandProperty, formatGithub } from '../../src/report/format-github.js';
import stored from './fixtures/report.json';
import { reportWithSuppressions } from './fixtures/with-suppressions.js';

const report = stored as unknown as Report;

/** Undo the runner's escaping (actions/runner: ActionCommand unescaping), to read a line back. */
const unescape = (s: string) => s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');

function parse(line: string): { command: string; properties: Record<string, string>; message: string } {
  const m = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const properties = Object.fromEntries((m[2] ?? '').split(',').filter(Boolean).map((p) => {
    const [k, v] = p.split(/=(.*)/s, 2);
    return [k, unescape(v)];
  }));
  return { command: m[1], properties, message: unescape(m[3]) };
}

describe('GitHub workflow commands', () => {
  test('one line per finding, at its file, line and column, with the level of its severity', () => {
    const lines = formatGithub(report).trimEnd().split('\n');
    const file = report.files[0];
    const annotations = lines.map(parse).filter((l) => l.properties.file === file.file);
    expect(annotations).toHaveLength(file.findings.length);
    file.findings.forEach((f, i) => {
      const a = annotations[i];
      expect(a.command).toBe({ error: 'error', warning: 'warning', info: 'notice' }[f.severity]);
      expect(a.properties).toEqual({ file: file.file, line: String(f.line), col: String(f.column), title: `${f.rule} (${f.subject ?? ''})`.replace(' ()', '') + `: ${f.title}` });
      expect(a.message).toBe(`${f.message}\n${f.recommendation}`);
    });
    expect(lines.every((l) => l.startsWith('::'))).toBe(true);
  });

  test('an info finding is a notice', () => {
    const r = structuredClone(report);
    r.files[0].findings[0].severity = 'info';
    expect(formatGithub(r).split('\n')[0]).toMatch(/^::notice file=/);
  });

  test('invalid files are ::error lines at each problem; every file ends with a ::notice:: summary with its score', () => {
    const lines = formatGithub(report).trimEnd().split('\n');
    const bad = report.files[1];
    const errors = lines.map(parse).filter((l) => l.properties.file === bad.file);
    expect(errors.map((e) => [e.command, e.properties.line, e.properties.col])).toEqual(bad.errors.map((e) => ['error', String(e.line), String(e.column)]));
    const summaries = lines.filter((l) => l.startsWith('::notice::'));
    expect(summaries).toEqual([
      '::notice::fixtures/energie-vlaanderen.yaml: Score 20/100 (poor); 15 errors, 9 warnings, 0 info; 4 not assessed',
      '::notice::test/cli/bad-organisation.yaml: cannot be audited, 4 problems',
    ]);
  });

  test('suppressed findings are not annotated, and the summary says how many there are', () => {
    const r = reportWithSuppressions();
    const text = formatGithub(r);
    expect(text).not.toContain('social-marketing-owned');
    expect(text).toContain('; 1 suppressed (not annotated)');
    const notices = text.split('\n').filter((l) => l.includes('audit.ignore'));
    expect(notices.map((l) => parse(l).properties.line)).toEqual(['83', '86']);
    expect(notices.every((l) => l.startsWith('::warning '))).toBe(true);
  });

  test('a finding the baseline knows is a notice; new ones keep their level', () => {
    const lines = formatGithub(reportWithSuppressions()).split('\n');
    expect(lines.find((l) => l.includes('entry-points-fragmented'))).toMatch(/^::notice file=/);
    expect(lines.find((l) => l.includes('callback-promise'))).toMatch(/^::error file=/);
  });

  test('escapes the data (% CR LF) and, in properties, also : and ,', () => {
    expect(escapeCommandData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeCommandProperty('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext%3A a%2C b');
    const r = structuredClone(report);
    r.files = [r.files[0]];
    r.files[0].file = 'orgs/a,b:c%.yaml';
    r.files[0].findings = [{ ...r.files[0].findings[0], message: 'line one\nline two: 50%, ::x::', title: 'T, with: colon' }];
    const [line] = formatGithub(r).split('\n');
    expect(line).toBe(
      `::error file=orgs/a%2Cb%3Ac%25.yaml,line=27,col=5,title=chat-visibility-flicker (chat)%3A T%2C with%3A colon::line one%0Aline two: 50%25, ::x::%0A${escapeCommandData(r.files[0].findings[0].recommendation)}`,
    );
    expect(parse(line).properties.file).toBe('orgs/a,b:c%.yaml');
  });
});
