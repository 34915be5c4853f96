// The README's test command: build, type-check, run every test, and end with `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } }).status ?? 1;

let failedSteps = 0;
for (const [name, cmd, args] of [
  ['build', process.execPath, ['scripts/build.mjs']],
  ['typecheck', process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit']],
]) {
  if (run(cmd, args) !== 0) {
    console.error(`${name} failed`);
    failedSteps += 1;
  }
}

const results = join(tmpdir(), `contact-audit-vitest-${process.pid}.json`);
const status = run(process.execPath, [
  'node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}`,
  ...process.argv.slice(2),
]);
let passed = 0;
let failed = failedSteps;
let skipped = 0;
try {
  const json = JSON.parse(readFileSync(results, 'utf8'));
  passed += json.numPassedTests;
  skipped += json.numPendingTests + json.numTodoTests;
  failed += json.numFailedTests;
  // A test file that fails to load has no failed test of its own: count it once.
  failed += json.testResults.filter((file) => file.status === 'failed' && file.assertionResults.every((t) => t.status !== 'failed')).length;
  rmSync(results, { force: true });
} catch {
  failed += 1;
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed === 0 && status === 0 ? 0 : 1;
