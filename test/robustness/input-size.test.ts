// The input size limit: 10 MiB unless --max-input-size says otherwise, for every command that
// reads an organisation file; a clear message naming the file, its size, the limit and the flag.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';

const fixture = readFileSync('fixtures/good-practice.yaml', 'utf8');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'contact-audit-size-'));
  writeFileSync(join(dir, 'org.yaml'), fixture);
  // Just over the default limit: the fixture, then a long comment.
  writeFileSync(join(dir, 'large.yaml'), `${fixture}# ${'x'.repeat(10 * 1024 * 1024)}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--max-input-size', () => {
  test('check refuses a file over the default 10 MiB, and reads it with the limit raised', async () => {
    const refused = await runCli(['check', 'large.yaml', '--date', '2026-06-15'], { cwd: dir });
    expect(refused.code).toBe(2);
    // Both round to 10 MiB: the message gives the bytes instead.
    expect(refused.stdout).toContain(`large.yaml is ${fixture.length + 10 * 1024 * 1024 + 3} bytes, larger than the limit of 10485760 bytes`);
    expect(refused.stdout).toMatch(/raise the limit with --max-input-size/);
    const raised = await runCli(['check', 'large.yaml', '--date', '2026-06-15', '--max-input-size', '11MiB'], { cwd: dir });
    expect(raised.stderr).toBe('');
    expect(raised.code).toBe(0);
  });

  test('check with a lower limit refuses a small file, in the JSON report with line 1, column 1', async () => {
    const result = await runCli(['check', 'org.yaml', '--date', '2026-06-15', '--format', 'json', '--max-input-size', '1KiB'], { cwd: dir });
    expect(result.code).toBe(2);
    const [error] = JSON.parse(result.stdout).files[0].errors;
    expect(error).toMatchObject({ line: 1, column: 1, message: expect.stringMatching(/^org\.yaml is \d+(\.\d)? KiB, larger than the limit of 1 KiB$/) });
    expect(result.stderr).toMatch(/^org\.yaml:1:1 .*larger than the limit of 1 KiB/);
  });

  test('a value that is not a size is a usage error (exit 2), before any file is read', async () => {
    const result = await runCli(['check', 'org.yaml', '--max-input-size', 'lots'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('contact-audit: --max-input-size takes a size such as 50MB, 50MiB or 5000000 (bytes), not "lots"\n');
  });

  test('staffing and coverage take the same limit', async () => {
    for (const command of ['staffing', 'coverage']) {
      const refused = await runCli([command, 'org.yaml', '--max-input-size', '1000'], { cwd: dir });
      expect(refused.code, command).toBe(2);
      expect(refused.stderr, command).toMatch(/^org\.yaml:1:1 +org\.yaml is \d\.\d KiB, larger than the limit of 1 KiB \(an organisation file is a few KiB; raise the limit with --max-input-size/);
      expect(refused.stderr, command).toMatch(/org\.yaml cannot be read\n$/);
      const refusedLarge = await runCli([command, 'large.yaml'], { cwd: dir });
      expect(refusedLarge.code, command).toBe(2);
      const raised = await runCli([command, 'large.yaml', '--max-input-size', '20MB'], { cwd: dir });
      expect(raised.stderr, command).toBe('');
      expect(raised.code, command).toBe(0);
    }
  });
});
