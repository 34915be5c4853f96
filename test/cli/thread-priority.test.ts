// The command's background threads (V8's compiler and collector helpers) yield to its main thread
// on Linux; the main thread keeps its priority. Run in a child process: the test runner's own
// threads are left alone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const onLinux = existsSync('/proc/self/task');

describe.runIf(onLinux)('lowerBackgroundPriority', () => {
  const niceness = (script: string) => {
    const child = spawnSync(process.execPath, ['-e', `
      const { readdirSync, readFileSync } = require('node:fs');
      const cli = require(${JSON.stringify(resolve('dist/cli.cjs'))});
      ${script}
      const nice = (tid) => Number(readFileSync('/proc/self/task/' + tid + '/stat', 'utf8').split(') ')[1].split(' ')[16]);
      const threads = readdirSync('/proc/self/task').map(Number);
      process.stdout.write(JSON.stringify({ main: nice(process.pid), others: threads.filter((t) => t !== process.pid).map(nice), lowered }));
    `], { encoding: 'utf8' });
    expect(child.status, child.stderr).toBe(0);
    return JSON.parse(child.stdout) as { main: number; others: number[]; lowered: number };
  };

  test('lowers every thread but the main one to nice 10', () => {
    const { main, others, lowered } = niceness('const lowered = cli.lowerBackgroundPriority();');
    // The main thread keeps what it inherited (0, unless the tests themselves run under `nice`).
    expect(others.length).toBeGreaterThan(0);
    expect(lowered).toBe(others.length);
    expect(others.every((n) => n === Math.min(19, Math.max(main, 10)))).toBe(true);
  });

  test('without it every thread has the priority it started with', () => {
    const { main, others } = niceness('const lowered = 0;');
    expect(others.every((n) => n === main)).toBe(true);
  });

  test('never raises a thread already lower, and bin calls it', async () => {
    const { main, others } = niceness("require('node:os').setPriority(Number(require('node:fs').readdirSync('/proc/self/task').find((t) => Number(t) !== process.pid)), 15); const lowered = cli.lowerBackgroundPriority();");
    const lowered = Math.min(19, Math.max(main, 10));
    expect([...others].sort((a, b) => a - b)).toEqual([...others.map(() => lowered).slice(1), Math.max(15, lowered)].sort((a, b) => a - b));
    const { readFileSync } = await import('node:fs');
    expect(readFileSync('bin/contact-audit.cjs', 'utf8')).toMatch(/cli\.lowerBackgroundPriority\(\)/);
  });
});
