// A large `check` spreads the files over worker threads (src/cli/audit-files.ts): the output must
// be the same byte for byte as one thread's, in every format, with invalid files, suppressions and
// a baseline among them. Runs the built CLI (bin/), as worker threads start from it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { countWorkers, WORKER_MIN_FILES } from '../../src/cli/audit-files.js';

const bin = resolve('bin/contact-audit.cjs');

function batch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'contact-audit-parallel-'));
  const fixtures = readdirSync('fixtures').filter((f) => f.endsWith('.yaml'));
  for (let i = 0; i < 42; i++) {
    const name = fixtures[i % fixtures.length];
    writeFileSync(join(dir, `org-${String(i).padStart(2, '0')}-${name}`), readFileSync(join('fixtures', name), 'utf8'));
  }
  // A configuration with a profile, a rule pack and settings: workers resolve the same one.
  writeFileSync(
    join(dir, '.contact-audit.yaml'),
    `extends: strict\nrules: [${JSON.stringify(resolve('fixtures/rule-packs/acme'))}]\nsettings:\n  social-absent: off\n  email-slow-answer: { severity: error, options: { max_within: 8h } }\n`,
  );
  writeFileSync(join(dir, 'org-50-broken.yaml'), 'version: 1\norganisation: [unclosed\n');
  writeFileSync(join(dir, 'org-51-twice.yaml'), 'version: 1\nversion: 1\n');
  writeFileSync(
    join(dir, 'org-52-ignored.yaml'),
    `${readFileSync('fixtures/energie-vlaanderen.yaml', 'utf8')}\naudit:\n  ignore:\n    - rule: chat-visibility\n      reason: the chat is being rebuilt\n`,
  );
  return dir;
}

function check(dir: string, args: string[]) {
  const result = spawnSync(process.execPath, [bin, 'check', '.', '--date', '2026-06-15', ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('check over worker threads', () => {
  const dir = batch();

  test.each(['text', 'json', 'sarif', 'junit', 'github', 'markdown'])('%s: the same output and exit code as one thread', (format) => {
    const one = check(dir, ['--format', format, '--concurrency', 'off', '--debug']);
    const many = check(dir, ['--format', format, '--concurrency', '3', '--debug']);
    expect(one.stderr).toContain('45 files, audited in this thread');
    expect(many.stderr).toContain('45 files, 3 worker threads');
    expect(one.code).toBe(2);
    expect(many.code).toBe(one.code);
    if (format === 'json') {
      const rules = JSON.parse(one.stdout).rules.map((r: { id: string }) => r.id);
      expect(rules.some((id: string) => id.startsWith('acme-'))).toBe(true);
      expect(rules).not.toContain('social-absent');
    }
    expect(many.stdout).toBe(one.stdout);
    expect(many.stderr.replace(/.*worker threads\n/, '')).toBe(one.stderr.replace(/.*audited in this thread\n/, ''));
  }, 60_000);

  test('a baseline written by one thread is read the same by workers', () => {
    const valid = mkdtempSync(join(tmpdir(), 'contact-audit-parallel-valid-'));
    for (const f of readdirSync(dir).filter((f) => !/broken|twice|^\./.test(f))) writeFileSync(join(valid, f), readFileSync(join(dir, f)));
    expect(check(valid, ['--baseline', 'base.json', '--update-baseline', '--concurrency', 'off']).code).toBe(0);
    const one = check(valid, ['--baseline', 'base.json', '--format', 'json', '--concurrency', 'off']);
    const many = check(valid, ['--baseline', 'base.json', '--format', 'json', '--concurrency', '2', '--debug']);
    expect(many.stderr).toContain('43 files, 2 worker threads');
    expect(one.code).toBe(0);
    expect(many.code).toBe(0);
    expect(many.stdout).toBe(one.stdout);
    expect(JSON.parse(many.stdout).files.every((f: { findings: Array<{ baseline: string }> }) => f.findings.every((x) => x.baseline === 'known'))).toBe(true);
  }, 60_000);
});

describe('--concurrency', () => {
  test('auto: no workers for a few files or under 4 cores; else one per core but one, at most 8', () => {
    expect(countWorkers('auto', WORKER_MIN_FILES - 1, { cores: 16 })).toBe(0);
    expect(countWorkers(undefined, 5, { cores: 16 })).toBe(0);
    expect(countWorkers('auto', 10_000, { cores: 2 })).toBe(0);
    expect(countWorkers('auto', 10_000, { cores: 3 })).toBe(0);
    expect(countWorkers('auto', 10_000, { cores: 4 })).toBe(3);
    expect(countWorkers('auto', 10_000, { cores: 32 })).toBe(8);
    expect(countWorkers('auto', WORKER_MIN_FILES, { cores: 32 })).toBe(2);
  });

  test('off and 1 mean this thread; a number is capped by the files', () => {
    expect(countWorkers('off', 1000)).toBe(0);
    expect(countWorkers('1', 1000)).toBe(0);
    expect(countWorkers('4', 1000)).toBe(4);
    expect(countWorkers('4', 3)).toBe(3);
  });

  test('anything else is a usage error naming the flag', () => {
    for (const bad of ['0', 'many', '-2', '65', '1.5']) expect(() => countWorkers(bad, 100)).toThrow(/--concurrency takes auto, off or a number/);
  });

  test('from the command line: exit 2 and the message, no stack', () => {
    const result = spawnSync(process.execPath, [bin, 'check', 'fixtures/good-practice.yaml', '--concurrency', 'lots'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('contact-audit: --concurrency takes auto, off or a number of threads from 1 to 64, not "lots"\n');
  });
});

test('--concurrency is checked in-process too, where no worker can start', async () => {
  const { runCli } = await import('../helpers/cli.js');
  const result = await runCli(['check', 'fixtures/good-practice.yaml', '--concurrency', 'lots']);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/--concurrency takes auto, off or a number/);
});
