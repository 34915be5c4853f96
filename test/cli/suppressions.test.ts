import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import reportSchema from '../../schemas/report.schema.json';
import { runCli } from '../helpers/cli.js';

const DATE = '2026-06-15';
const example = readFileSync('fixtures/energie-vlaanderen.yaml', 'utf8');
const insurer = readFileSync('fixtures/insurer-disconnected.yaml', 'utf8');

/** An organisation file with an `audit.ignore` list appended; returns its path and the entries' first line. */
function withIgnore(base: string, entries: string): { dir: string; file: string; firstEntryLine: number } {
  const dir = mkdtempSync(join(tmpdir(), 'contact-audit-suppress-'));
  const text = `${base.trimEnd()}\naudit:\n  ignore:\n${entries}`;
  writeFileSync(join(dir, 'org.yaml'), text);
  return { dir, file: 'org.yaml', firstEntryLine: base.trimEnd().split('\n').length + 3 };
}

interface JsonFinding {
  rule: string;
  subject: string | null;
  suppression?: { reason: string; until?: string; line: number; column: number };
}

async function auditJson(dir: string, extra: string[] = []) {
  const run = await runCli(['check', 'org.yaml', '--date', DATE, '--format', 'json', ...extra], { cwd: dir });
  const report = JSON.parse(run.stdout);
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(reportSchema);
  expect(validate(report) ? [] : validate.errors).toEqual([]);
  return { code: run.code, stderr: run.stderr, report, file: report.files[0] };
}

describe('suppressions (audit.ignore)', () => {
  test('an entry with a subject suppresses that subject only, with its reason and the position of the entry', async () => {
    const { dir, firstEntryLine } = withIgnore(example, '    - rule: hours-unstaffed\n      subject: chat\n      reason: the chat closes on 1 July\n      until: 2026-07-01\n');
    const { file } = await auditJson(dir);
    const suppressed = file.suppressed as JsonFinding[];
    expect(suppressed.map((f) => [f.rule, f.subject])).toEqual([['hours-unstaffed', 'chat']]);
    expect(suppressed[0].suppression).toEqual({ reason: 'the chat closes on 1 July', until: '2026-07-01', line: firstEntryLine, column: 7 });
    const remaining = (file.findings as JsonFinding[]).filter((f) => f.rule === 'hours-unstaffed').map((f) => f.subject);
    expect(remaining.sort()).toEqual(['phone', 'whatsapp']);
    expect(file.suppression_notices).toEqual([]);
  });

  test('an entry without a subject suppresses the rule for every subject; the score stays as audited', async () => {
    const plain = await auditJson(withIgnore(example, '    - rule: social-absent\n      reason: placeholder that matches nothing\n').dir);
    const { file } = await auditJson(withIgnore(example, '    - rule: language-gap\n      reason: French is served by the partner desk\n').dir);
    expect((file.suppressed as JsonFinding[]).map((f) => f.subject).sort()).toEqual(['callback', 'chat', 'phone', 'whatsapp']);
    expect((file.findings as JsonFinding[]).some((f) => f.rule === 'language-gap')).toBe(false);
    expect(file.score).toBe(plain.file.score);
  });

  test('suppressed findings trip no gate; an expired suppression is reported and its finding counts again', async () => {
    const active = await auditJson(withIgnore(insurer, '    - rule: social-absent\n      reason: social media starts in 2027\n      until: 2026-12-31\n').dir, ['--fail-on', 'info']);
    expect(active.code).toBe(0);
    expect(active.file.findings).toEqual([]);
    expect(active.file.suppressed).toHaveLength(1);

    const { dir, firstEntryLine } = withIgnore(insurer, '    - rule: social-absent\n      reason: social media starts in 2026\n      until: 2026-05-31\n');
    const expired = await auditJson(dir, ['--fail-on', 'info']);
    expect(expired.code).toBe(1);
    expect((expired.file.findings as JsonFinding[]).map((f) => f.rule)).toEqual(['social-absent']);
    expect(expired.file.suppressed).toEqual([]);
    expect(expired.file.suppression_notices).toEqual([
      {
        status: 'expired',
        rule: 'social-absent',
        subject: null,
        reason: 'social media starts in 2026',
        until: '2026-05-31',
        line: firstEntryLine,
        column: 7,
        message: expect.stringContaining('ended on 2026-05-31'),
      },
    ]);
    // `until` is the last day it holds.
    expect((await auditJson(dir, ['--fail-on', 'info', '--date', '2026-05-31'])).code).toBe(0);
  });

  test('an entry that matches nothing is reported as unused, with a did-you-mean for a misspelt rule or subject', async () => {
    const { dir } = withIgnore(
      example,
      [
        '    - rule: hours-unstafed',
        '      reason: typo in the rule id',
        '    - rule: hours-unstaffed',
        '      subject: chatt',
        '      reason: typo in the subject',
        '    - rule: email-slow-answer',
        '      reason: nothing to suppress',
        '',
      ].join('\n'),
    );
    const { file } = await auditJson(dir);
    const notices = file.suppression_notices as Array<{ status: string; rule: string; message: string }>;
    expect(notices.map((n) => [n.status, n.rule])).toEqual([
      ['unused', 'hours-unstafed'],
      ['unused', 'hours-unstaffed'],
      ['unused', 'email-slow-answer'],
    ]);
    expect(notices[0].message).toMatch(/not a rule in force.*did you mean `hours-unstaffed`/);
    expect(notices[1].message).toMatch(/did you mean `chat`/);
    expect(notices[2].message).toMatch(/matches no finding/);
    expect(file.suppressed).toEqual([]);
  });

  test('the text report lists suppressed findings with reason and until, and the notices, in English and Dutch', async () => {
    const { dir } = withIgnore(
      example,
      [
        '    - rule: hours-unstaffed',
        '      subject: chat',
        '      reason: the chat closes on 1 July',
        '      until: 2026-07-01',
        '    - rule: social-unanswered',
        '      reason: old promise',
        '      until: 2026-01-31',
        '',
      ].join('\n'),
    );
    const en = await runCli(['check', 'org.yaml', '--date', DATE], { cwd: dir });
    expect(en.stdout).toContain('Suppressed (1)');
    expect(en.stdout).toMatch(/reason: the chat closes on 1 July, until 2026-07-01/);
    expect(en.stdout).toContain('Suppressions to review (1)');
    expect(en.stdout).toMatch(/expired {2}social-unanswered/);
    const nl = await runCli(['check', 'org.yaml', '--date', DATE, '--lang', 'nl'], { cwd: dir });
    expect(nl.stdout).toContain('Onderdrukt (1)');
    expect(nl.stdout).toMatch(/reden: the chat closes on 1 July, tot 2026-07-01/);
    expect(nl.stdout).toContain('Na te kijken onderdrukkingen (1)');
    expect(nl.stdout).toMatch(/liep af op 2026-01-31/);
  });

  test('reason is required', async () => {
    const { dir } = withIgnore(example, '    - rule: hours-unstaffed\n      subject: chat\n');
    const run = await runCli(['check', 'org.yaml', '--date', DATE], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/reason/);
  });
});
