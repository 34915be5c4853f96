import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import reportSchema from '../../schemas/report.schema.json';
import { runCli } from '../helpers/cli.js';

const fixtures = readdirSync('fixtures').filter((f) => f.endsWith('.yaml')).map((f) => join('fixtures', f));
const DATE = '2026-06-15';

describe('contact-audit check', () => {
  test('the JSON report of every bundled organisation validates against the shipped report schema', async () => {
    const { code, stdout } = await runCli(['check', ...fixtures, '--format', 'json', '--date', DATE]);
    expect([0, 1]).toContain(code);
    const report = JSON.parse(stdout);
    const validate = new Ajv({ allErrors: true, strict: false }).compile(reportSchema);
    expect(validate.errors ?? validate(report) ? [] : validate.errors).toEqual([]);
    expect(report.files).toHaveLength(fixtures.length);
    for (const file of report.files) {
      expect(file.errors).toEqual([]);
      expect(file.score).not.toBeNull();
    }
  });

  test('the good-practice organisation scores 90 or more with no error finding', async () => {
    const { code, stdout } = await runCli(['check', 'fixtures/good-practice.yaml', '--format', 'json', '--date', DATE]);
    const file = JSON.parse(stdout).files[0];
    expect(file.score).toBeGreaterThanOrEqual(90);
    expect(file.band).toBe('good');
    expect(file.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
  });

  test('the bundled example fails the default gate (error findings) with exit 1', async () => {
    const { code, stderr } = await runCli(['check', 'fixtures/energie-vlaanderen.yaml', '--date', DATE]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^contact-audit: gate failed: fixtures\/energie-vlaanderen\.yaml: \d+ findings at or above error$/m);
  });

  test('with --lang nl the gate says so in Dutch, exit 1 all the same', async () => {
    const { code, stderr } = await runCli(['check', 'fixtures/energie-vlaanderen.yaml', '--date', DATE, '--lang', 'nl', '--min-score', '99']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^contact-audit: drempel niet gehaald: fixtures\/energie-vlaanderen\.yaml: \d+ bevindingen op niveau error of hoger$/m);
    expect(stderr).toMatch(/^contact-audit: drempel niet gehaald: fixtures\/energie-vlaanderen\.yaml: score \d+ ligt onder --min-score 99$/m);
    expect(stderr).not.toMatch(/gate failed/);
  });

  test('--fail-on never and --min-score gate as asked', async () => {
    expect((await runCli(['check', 'fixtures/energie-vlaanderen.yaml', '--date', DATE, '--fail-on', 'never'])).code).toBe(0);
    expect((await runCli(['check', 'fixtures/energie-vlaanderen.yaml', '--date', DATE, '--fail-on', 'never', '--min-score', '99'])).code).toBe(1);
    expect((await runCli(['check', 'fixtures/good-practice.yaml', '--date', DATE, '--fail-on', 'info'])).code).toBe(0);
    expect((await runCli(['check', 'fixtures/good-practice.yaml', '--date', DATE, '--min-score', '90'])).code).toBe(0);
    // The insurer without social media has one info finding (social-absent) and nothing worse.
    const insurer = ['check', 'fixtures/insurer-disconnected.yaml', '--date', DATE];
    expect((await runCli(insurer)).code).toBe(0);
    expect((await runCli([...insurer, '--fail-on', 'warning'])).code).toBe(0);
    expect((await runCli([...insurer, '--fail-on', 'info'])).code).toBe(1);
  });

  test('--require-complete fails when a rule is not assessed', async () => {
    const json = JSON.parse((await runCli(['check', 'fixtures/bank-marketing-social.yaml', '--date', DATE, '--format', 'json'])).stdout);
    expect(json.files[0].not_assessed.length).toBeGreaterThan(0);
    const gated = await runCli(['check', 'fixtures/bank-marketing-social.yaml', '--date', DATE, '--fail-on', 'never', '--require-complete']);
    expect(gated.code).toBe(1);
    expect(gated.stderr).toMatch(/not assessed/);
  });

  test('the text report is plain without a terminal and coloured with one, unless NO_COLOR or --no-color', async () => {
    const plain = await runCli(['check', 'fixtures/energie-vlaanderen.yaml', '--date', DATE]);
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    expect(plain.stdout).toContain('Energie Vlaanderen');
    expect(plain.stdout).toMatch(/fixtures\/energie-vlaanderen\.yaml:\d+:\d+/);
    const tty = await runCli(['check', 'fixtures/energie-vlaanderen.yaml', '--date', DATE], { tty: true });
    expect(tty.stdout).toMatch(/\u001b\[/);
    const noColor = await runCli(['check', 'fixtures/energie-vlaanderen.yaml', '--date', DATE], { tty: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toMatch(/\u001b\[/);
    const flag = await runCli(['check', 'fixtures/energie-vlaanderen.yaml', '--date', DATE, '--no-color'], { tty: true });
    expect(flag.stdout).not.toMatch(/\u001b\[/);
  });

  test('--lang nl gives every text in Dutch', async () => {
    const en = JSON.parse((await runCli(['check', 'fixtures/energie-vlaanderen.yaml', '--date', DATE, '--format', 'json'])).stdout).files[0];
    const nl = JSON.parse((await runCli(['check', 'fixtures/energie-vlaanderen.yaml', '--date', DATE, '--format', 'json', '--lang', 'nl'])).stdout).files[0];
    expect(nl.findings.map((f: { rule: string }) => f.rule)).toEqual(en.findings.map((f: { rule: string }) => f.rule));
    for (let i = 0; i < en.findings.length; i++) {
      expect(nl.findings[i].message).not.toBe(en.findings[i].message);
      expect(nl.findings[i].recommendation).not.toBe(en.findings[i].recommendation);
    }
    const text = (await runCli(['check', 'fixtures/energie-vlaanderen.yaml', '--date', DATE, '--lang', 'nl'])).stdout;
    expect(text).toContain('Bevindingen');
    expect(text).toContain('Bereikbaarheid');
  });

  test('the report names the zone and the week it analysed', async () => {
    const file = JSON.parse((await runCli(['check', 'fixtures/energie-vlaanderen.yaml', '--date', '2026-03-29', '--format', 'json'])).stdout).files[0];
    expect(file.timezone).toBe('Europe/Brussels');
    expect(file.week).toEqual({ start: '2026-03-23', end: '2026-03-29' });
    expect(file.reference_date).toBe('2026-03-29');
  });

  test('a missing file, invalid YAML and schema errors give exit 2 and every file is still reported', async () => {
    const { code, stdout } = await runCli(['check', 'fixtures/good-practice.yaml', 'no/such/file.yaml', '--format', 'json', '--date', DATE]);
    expect(code).toBe(2);
    const report = JSON.parse(stdout);
    expect(report.files).toHaveLength(2);
    expect(report.files[0].score).toBeGreaterThanOrEqual(90);
    expect(report.files[1].errors[0].message).toMatch(/no such file|not found|does not exist/i);
  });

  test('bad usage exits 2 with a message and no stack', async () => {
    for (const argv of [['check'], ['check', 'x.yaml', '--format', 'xml'], ['check', 'fixtures/good-practice.yaml', '--date', '1/3/2025'], ['check', 'fixtures/good-practice.yaml', '--min-score', 'lots'], ['frobnicate']]) {
      const result = await runCli(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr, argv.join(' ')).not.toMatch(/\n\s+at /);
      expect(result.stderr.length, argv.join(' ')).toBeGreaterThan(0);
    }
  });

  test('--version and --help exit 0', async () => {
    expect((await runCli(['--version'])).code).toBe(0);
    const help = await runCli(['check', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--fail-on');
  });

  test('schema prints the organisation schema and the report schema', async () => {
    const org = await runCli(['schema']);
    expect(org.code).toBe(0);
    expect(JSON.parse(org.stdout).properties.channels).toBeDefined();
    const rep = await runCli(['schema', '--report']);
    expect(JSON.parse(rep.stdout).properties.files).toBeDefined();
  });
});
