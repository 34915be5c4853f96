// Run `check --format json` in-process on given bytes (written to a temporary folder) and hold the
// result to what any input must give: exit 0, 1 or 2, no throw, no stack or "internal error" on
// stderr, a JSON report on stdout whose every error has a line, a column and a message.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { FileError, Report } from '../../src/model/report.js';
import { runCli, type CliRun } from '../helpers/cli.js';

export interface CheckedFile extends CliRun {
  report: Report;
  errors: FileError[];
  seconds: number;
}

// A V8 stack frame: `    at fn (file.js:1:2)` or `    at file.js:1:2`.
const STACK_FRAME = /^\s+at .*:\d+:\d+\)?$/m;

export function makeWorkDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'contact-audit-robust-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function checkBytes(dir: string, content: string | Uint8Array, extra: string[] = [], name = 'org.yaml'): Promise<CheckedFile> {
  writeFileSync(join(dir, name), content);
  const started = performance.now();
  let result: CliRun;
  try {
    result = await runCli(['check', name, '--format', 'json', '--date', '2026-06-15', ...extra], { cwd: dir });
  } catch (error) {
    throw new Error(`check threw instead of returning an exit code: ${String(error)}`);
  }
  const seconds = (performance.now() - started) / 1000;
  expect([0, 1, 2], result.stderr).toContain(result.code);
  expect(result.stderr).not.toMatch(/internal error/i);
  expect(result.stderr).not.toMatch(STACK_FRAME);
  const report = JSON.parse(result.stdout) as Report;
  expect(report.files).toHaveLength(1);
  const errors = report.files[0].errors;
  if (result.code === 2) expect(errors.length).toBeGreaterThan(0);
  else expect(errors).toEqual([]);
  for (const error of errors) {
    expect(Number.isInteger(error.line) && error.line >= 1, JSON.stringify(error)).toBe(true);
    expect(Number.isInteger(error.column) && error.column >= 1, JSON.stringify(error)).toBe(true);
    expect(typeof error.message === 'string' && error.message.trim().length > 0, JSON.stringify(error)).toBe(true);
  }
  return { ...result, report, errors, seconds };
}
