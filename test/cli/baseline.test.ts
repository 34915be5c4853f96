import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import baselineSchema from '../../schemas/baseline.schema.json';
import { runCli } from '../helpers/cli.js';

const DATE = '2026-06-15';
const example = readFileSync('fixtures/energie-vlaanderen.yaml', 'utf8');

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'contact-audit-baseline-'));
  mkdirSync(join(dir, 'orgs'));
  writeFileSync(join(dir, 'orgs', 'example.yaml'), example);
  return dir;
}

/** The same organisation with every list reversed and the keys of every mapping in reverse order. */
function reorder(text: string): string {
  const shuffle = (node: unknown): unknown => {
    if (Array.isArray(node)) return [...node].reverse().map(shuffle);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).reverse().map(([k, v]) => [k, shuffle(v)]));
    return node;
  };
  const data = parse(text) as Record<string, unknown>;
  // Reverse everything but keep `version` first, as a person would.
  const { version, ...rest } = data;
  return stringify({ version, ...(shuffle(rest) as object) });
}

const check = (dir: string, ...args: string[]) => runCli(['check', 'orgs', '--date', DATE, ...args], { cwd: dir });

describe('baselines', () => {
  test('--update-baseline writes the findings (schema-valid, sorted), and a check against it then passes', async () => {
    const dir = project();
    expect((await check(dir)).code).toBe(1);
    const update = await check(dir, '--baseline', '.contact-audit-baseline.json', '--update-baseline');
    expect(update.code).toBe(0);
    expect(update.stderr).toBe('contact-audit: wrote 24 findings to the baseline .contact-audit-baseline.json\n');
    const dutch = await check(dir, '--baseline', '.contact-audit-baseline.json', '--update-baseline', '--lang', 'nl');
    expect(dutch.stderr).toBe('contact-audit: 24 bevindingen geschreven naar de baseline .contact-audit-baseline.json\n');
    const baseline = JSON.parse(readFileSync(join(dir, '.contact-audit-baseline.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(baselineSchema);
    expect(validate(baseline) ? [] : validate.errors).toEqual([]);
    expect(Object.keys(baseline.files)).toEqual(['orgs/example.yaml']);
    expect(baseline.files['orgs/example.yaml']).toHaveLength(24);
    const entries = baseline.files['orgs/example.yaml'] as Array<{ rule: string; subject: string | null; fingerprint: string }>;
    expect(entries[0]).toEqual({ fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/), rule: 'callback-promise', subject: 'callback' });
    // Sorted by rule, then subject: the file's order does not show in the baseline.
    const keys = entries.map((e) => `${e.rule} ${e.subject ?? ''}`);
    expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b)));

    const again = await check(dir, '--baseline', '.contact-audit-baseline.json', '--format', 'json', '--fail-on', 'info');
    expect(again.code).toBe(0);
    const findings = JSON.parse(again.stdout).files[0].findings as Array<{ baseline: string }>;
    expect(findings.length).toBe(24);
    expect(findings.every((f) => f.baseline === 'known')).toBe(true);
  });

  test('a new finding fails the gate and is marked new; the known ones stay known', async () => {
    const dir = project();
    await check(dir, '--baseline', '.contact-audit-baseline.json', '--update-baseline');
    // A new e-mail channel without a target or team: email-slow-answer (a warning) and channel-undefined (an error).
    const org = parse(example) as { channels: Array<Record<string, unknown>> };
    org.channels.push({ id: 'email', type: 'email' });
    writeFileSync(join(dir, 'orgs', 'example.yaml'), stringify(org));
    const run = await check(dir, '--baseline', '.contact-audit-baseline.json', '--format', 'json');
    expect(run.code).toBe(1);
    const findings = JSON.parse(run.stdout).files[0].findings as Array<{ rule: string; subject: string; baseline: string }>;
    const fresh = findings.filter((f) => f.baseline === 'new').map((f) => `${f.rule} ${f.subject}`);
    expect(fresh.sort()).toEqual(['channel-undefined email', 'email-slow-answer email']);
    expect(findings.filter((f) => f.baseline === 'known')).toHaveLength(24);
    // Of the two new findings one is an error: the gate counts it alone, not the 15 known errors.
    const gated = await check(dir, '--baseline', '.contact-audit-baseline.json');
    expect(gated.code).toBe(1);
    expect(gated.stderr).toMatch(/: 1 finding at or above error/);
  });

  test('reordering the organisation file (lists reversed, keys moved) does not make old findings look new', async () => {
    const dir = project();
    await check(dir, '--baseline', '.contact-audit-baseline.json', '--update-baseline');
    const reordered = reorder(example);
    expect(reordered).not.toBe(example);
    writeFileSync(join(dir, 'orgs', 'example.yaml'), reordered);
    const run = await check(dir, '--baseline', '.contact-audit-baseline.json', '--format', 'json', '--fail-on', 'info');
    const findings = JSON.parse(run.stdout).files[0].findings as Array<{ baseline: string; line: number }>;
    expect(findings).toHaveLength(24);
    expect(findings.filter((f) => f.baseline === 'new')).toEqual([]);
    expect(run.code).toBe(0);
  });

  test('the baseline works from any working directory: files are keyed relative to the baseline', async () => {
    const dir = project();
    await check(dir, '--baseline', '.contact-audit-baseline.json', '--update-baseline');
    const fromOrgs = await runCli(['check', 'example.yaml', '--date', DATE, '--baseline', '../.contact-audit-baseline.json', '--fail-on', 'info'], { cwd: join(dir, 'orgs') });
    expect(fromOrgs.code).toBe(0);
    const absolute = await runCli(['check', join(dir, 'orgs', 'example.yaml'), '--date', DATE, '--baseline', join(dir, '.contact-audit-baseline.json'), '--fail-on', 'info'], { cwd: tmpdir() });
    expect(absolute.code).toBe(0);
  });

  test('an update keeps the entries of files not audited this time, as long as they exist', async () => {
    const dir = project();
    writeFileSync(join(dir, 'orgs', 'copy.yaml'), example);
    await check(dir, '--baseline', 'b.json', '--update-baseline');
    await runCli(['check', 'orgs/example.yaml', '--date', DATE, '--baseline', 'b.json', '--update-baseline'], { cwd: dir });
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')).files)).toEqual(['orgs/copy.yaml', 'orgs/example.yaml']);
  });

  test('a missing baseline, a malformed one and --update-baseline without --baseline are usage errors (exit 2)', async () => {
    const dir = project();
    const missing = await check(dir, '--baseline', 'nope.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/the baseline nope\.json does not exist; write it first with --baseline nope\.json --update-baseline/);

    writeFileSync(join(dir, 'broken.json'), '{\n  "version": 1,\n  "tool": {"name": "contact-audit", "version": "0.1.0"},\n  "created": "2026-06-15T00:00:00Z",\n  "files": {\n    "orgs/example.yaml": [\n      {"fingerprint": "XYZ", "rule": "hours-unstaffed", "subject": "chat"}\n    ]\n  }\n}\n');
    const malformed = await check(dir, '--baseline', 'broken.json');
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('broken.json:7:8  files.orgs/example.yaml[0].fingerprint  fingerprint `XYZ` is not in the expected form (e.g. 5f0c2a9b7e1d3c4a)');

    writeFileSync(join(dir, 'garbage.json'), '{\n  "version": 1,\n  "files": [\n');
    const garbage = await check(dir, '--baseline', 'garbage.json');
    expect(garbage.code).toBe(2);
    expect(garbage.stderr).toMatch(/garbage\.json:\d+:\d+/);

    const noFile = await check(dir, '--update-baseline');
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toMatch(/--update-baseline needs --baseline FILE/);
  });

  test('a missing or malformed baseline in Dutch with --lang nl, every problem with file:line:column', async () => {
    const dir = project();
    const missing = await check(dir, '--baseline', 'nope.json', '--lang', 'nl');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('contact-audit: de baseline nope.json bestaat niet; schrijf eerst een baseline met --baseline nope.json --update-baseline\n');

    writeFileSync(join(dir, 'broken.json'), '{\n  "version": 2,\n  "tool": {"name": "contact-audit"},\n  "created": "gisteren",\n  "files": {\n    "orgs/example.yaml": [\n      {"fingerprint": "XYZ", "rule": "hours-unstaffed", "subject": 7}\n    ]\n  }\n}\n');
    const malformed = await check(dir, '--baseline', 'broken.json', '--lang', 'nl');
    expect(malformed.code).toBe(2);
    expect(malformed.stdout).toBe('');
    expect(malformed.stderr.split('\n')).toEqual([
      'contact-audit: de baseline broken.json is geen geldige baseline van contact-audit (schemas/baseline.schema.json):',
      'broken.json:2:3  version  versie 2 wordt niet ondersteund; deze contact-audit leest versie 1 (schrijf version: 1)',
      'broken.json:3:3  tool.version  tool mist het verplichte veld `version`',
      'broken.json:4:3  created  `gisteren` is geen datum met tijd (ISO 8601) (bv. 2026-06-15T09:30:00Z)',
      'broken.json:7:8  files.orgs/example.yaml[0].fingerprint  fingerprint `XYZ` heeft niet de verwachte vorm (bv. 5f0c2a9b7e1d3c4a)',
      'broken.json:7:57  files.orgs/example.yaml[0].subject  subject moet tekst zijn, niet `7` (zet het tussen aanhalingstekens: "7")',
      'verbeter het bestand, of schrijf het opnieuw met --update-baseline',
      '',
    ]);

    writeFileSync(join(dir, 'garbage.json'), '{\n  "version": 1,\n  "files": [\n');
    const garbage = await check(dir, '--baseline', 'garbage.json', '--lang', 'nl');
    expect(garbage.code).toBe(2);
    expect(garbage.stderr).toMatch(/^contact-audit: de baseline garbage\.json is geen geldige baseline[^\n]*\ngarbage\.json:\d+:\d+ {2}/);
  });

  test('--update-baseline refuses to write when a file cannot be audited (exit 2)', async () => {
    const dir = project();
    writeFileSync(join(dir, 'orgs', 'bad.yaml'), 'version: 1\norganisation: {}\n');
    const run = await check(dir, '--baseline', 'b.json', '--update-baseline');
    expect(run.code).toBe(2);
    expect(() => readFileSync(join(dir, 'b.json'))).toThrow();
  });

  test('suppressed findings are not written to the baseline', async () => {
    const dir = project();
    writeFileSync(join(dir, 'orgs', 'example.yaml'), `${example.trimEnd()}\naudit:\n  ignore:\n    - rule: language-gap\n      reason: partner desk\n`);
    await check(dir, '--baseline', 'b.json', '--update-baseline');
    const entries = JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')).files['orgs/example.yaml'] as Array<{ rule: string }>;
    expect(entries).toHaveLength(20);
    expect(entries.some((e) => e.rule === 'language-gap')).toBe(false);
  });
});
