// The worker side of a parallel `check` (audit-files.ts): resolve the same configuration, then
// audit each file the main thread sends and send its report back. One file at a time, in the
// order received; every unexpected error goes back as a message (the main thread reports it).
import { parentPort, workerData } from 'node:worker_threads';
import { resolveConfig } from '../config/resolve-config.js';
import { auditFile, type AuditJob } from './audit-files.js';

export async function runAuditWorker(): Promise<void> {
  const port = parentPort!;
  const job = (workerData as { contactAuditWorker: AuditJob }).contactAuditWorker;
  const config = resolveConfig(job.flags, { cwd: job.cwd, lang: job.lang });
  const ruleIds = config.then((c) => c.rules.map((active) => active.rule.id));
  let queue = Promise.resolve();
  port.on('message', ({ index, file }: { index: number; file: string }) => {
    queue = queue.then(async () => {
      try {
        const { rules } = await config;
        port.postMessage({ index, report: await auditFile(file, job, rules, await ruleIds) });
      } catch (error) {
        const e = error instanceof Error ? error : new Error(String(error));
        port.postMessage({ index, error: { message: e.message, stack: e.stack } });
      }
    });
  });
}
