// An unexpected error is one line asking for a report; the stack only with --debug (style.md).
import { expect, test } from 'vitest';
import { run } from '../../src/cli/main.js';

async function runBroken(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: () => { throw new Error('stdout went away'); }, isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env: {},
    cwd: process.cwd(),
  });
  return { code, stderr };
}

test('an unexpected error exits 2 with one line and no stack, unless --debug', async () => {
  const plain = await runBroken(['check', 'fixtures/good-practice.yaml', '--date', '2026-06-15']);
  expect(plain.code).toBe(2);
  expect(plain.stderr).toContain('internal error: stdout went away');
  expect(plain.stderr).toContain('--debug');
  expect(plain.stderr).not.toMatch(/\n\s+at /);
  const debug = await runBroken(['check', 'fixtures/good-practice.yaml', '--date', '2026-06-15', '--debug']);
  expect(debug.code).toBe(2);
  expect(debug.stderr).toMatch(/\n\s+at /);
});
