// A worker that fails must never hang a check or lose the failure: the error comes back to the
// main thread (then an internal error, exit 2), the other workers are stopped.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { auditFiles, type AuditJob } from '../../src/cli/audit-files.js';

const job: AuditJob = { cwd: process.cwd(), lang: 'en', flags: {} };
const files = Array.from({ length: 10 }, (_, i) => `org-${i}.yaml`);

function workerScript(body: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'contact-audit-worker-')), 'worker.mjs');
  writeFileSync(file, `import { parentPort } from 'node:worker_threads';\n${body}\n`);
  return file;
}

async function drain(entry: string): Promise<number> {
  let count = 0;
  for await (const _ of auditFiles(files, job, [], { workers: 2, workerEntry: entry })) count++;
  return count;
}

describe('auditFiles over workers that fail', () => {
  test('a worker that throws as it starts: the error, not a hang', async () => {
    await expect(drain(workerScript("throw new Error('broken at start');"))).rejects.toThrow('broken at start');
  }, 20_000);

  test('a worker that exits without answering: the exit code', async () => {
    await expect(drain(workerScript('process.exit(3);'))).rejects.toThrow('an audit worker stopped with exit code 3');
  }, 20_000);

  test('a worker that reports an error for a file: that error, with its stack', async () => {
    const entry = workerScript("parentPort.on('message', ({ index }) => parentPort.postMessage({ index, error: { message: 'bug on file ' + index, stack: 'Error: bug\\n    at somewhere' } }));");
    await expect(drain(entry)).rejects.toThrow(/bug on file \d/);
  }, 20_000);

  test('reports come back in the files\' order whatever order the workers answer in', async () => {
    // Answers the odd files at once and the even ones later: out of order on purpose.
    const entry = workerScript(
      "parentPort.on('message', ({ index, file }) => setTimeout(() => parentPort.postMessage({ index, report: { file, errors: [] } }), index % 2 === 0 ? 30 : 0));",
    );
    const seen: string[] = [];
    for await (const report of auditFiles(files, job, [], { workers: 2, workerEntry: entry })) seen.push(report.file);
    expect(seen).toEqual(files);
  }, 20_000);
});
