// The files of a `check`, audited: one after another in this thread, or spread over worker threads
// for a large batch (issue 6: about 400 files a second). Either way the reports come out in the
// files' order and are the same object for object (a test compares the two); only the time differs.
import { availableParallelism } from 'node:os';
import { auditOrganisation, emptyFileReport } from '../engine/audit-organisation.js';
import { applySuppressions, readSuppressions } from '../engine/apply-suppressions.js';
import type { ActiveRule } from '../engine/rule-set.js';
import { loadOrganisation } from '../load/load-organisation.js';
import { readInput } from '../load/read-input.js';
import type { FileReport } from '../model/report.js';
import type { Lang } from '../model/rule.js';
import type { ConfigFlags } from '../config/resolve-config.js';
import { cliTexts } from './cli-messages.js';
import { CliError } from './io.js';
import { WORKER_ARGUMENT } from './worker-argument.js';

/** What a worker needs to audit files exactly as this thread would: plain data only. */
export interface AuditJob {
  cwd: string;
  lang: Lang;
  date?: string;
  maxBytes?: number;
  /** the configuration flags; a worker resolves the same configuration from them */
  flags: ConfigFlags;
}

/** Read, load, audit and apply the file's own suppressions: one file's report. */
export async function auditFile(file: string, job: AuditJob, rules: ActiveRule[], ruleIds: string[]): Promise<FileReport> {
  const input = await readInput(file, { cwd: job.cwd, lang: job.lang, maxBytes: job.maxBytes });
  if (!input.ok) return { ...emptyFileReport(file), errors: [input.error] };
  const loaded = await loadOrganisation(input.bytes, file, { lang: job.lang });
  const audited = await auditOrganisation(loaded, { rules, lang: job.lang, date: job.date });
  return applySuppressions(audited, readSuppressions(loaded.org?.extra?.audit), { ruleIds, lang: job.lang, locate: loaded.locate });
}

/** Below this many files a worker's start (about a small check's worth) is not won back. */
export const WORKER_MIN_FILES = 40;
/** Files each worker holds at once: enough to keep it busy between messages, few to wait on. */
const IN_FLIGHT = 4;

/**
 * `--concurrency`: `auto` (default) uses worker threads only where they pay: from WORKER_MIN_FILES
 * files on, and with at least 4 cores, one per core but one (at most 8), the main thread keeping a
 * core for the report. On 2 cores they do not pay (BENCHMARKS.md: V8's own collector and compiler
 * threads already keep the second core busy during a one-thread batch, and each worker warms its
 * own caches and JIT: no faster, and 100 MiB more). `off` or 1: none; a number asks for that many
 * workers, never more than files. `cores` is for tests (default: this machine's); `lang` words the
 * error for a bad value.
 */
export function countWorkers(value: string | undefined, files: number, options: { cores?: number; lang?: Lang } = {}): number {
  const { cores = availableParallelism(), lang = 'en' } = options;
  const wanted = value ?? 'auto';
  if (wanted === 'off') return 0;
  if (wanted === 'auto') {
    if (files < WORKER_MIN_FILES || cores < 4) return 0;
    return Math.min(cores - 1, 8, Math.floor(files / (WORKER_MIN_FILES / 2)));
  }
  if (!/^\d+$/.test(wanted) || Number(wanted) < 1 || Number(wanted) > 64) {
    throw new CliError(cliTexts(lang).concurrencyTakes(wanted));
  }
  const n = Number(wanted);
  return n === 1 ? 0 : Math.min(n, files);
}

interface WorkerReply {
  index: number;
  report?: FileReport;
  /** an unexpected error inside the worker: a bug, reported as this thread would report its own */
  error?: { message: string; stack?: string };
}

/** The reports of `files`, in order; with workers > 0 audited by that many worker threads. */
export async function* auditFiles(
  files: string[],
  job: AuditJob,
  rules: ActiveRule[],
  options: { workers: number; workerEntry?: string },
): AsyncGenerator<FileReport> {
  const ruleIds = rules.map((active) => active.rule.id);
  if (options.workers === 0 || options.workerEntry === undefined) {
    for (let i = 0; i < files.length; i++) {
      // Now and then a turn of the event loop: audits only await promises, and a signal (Ctrl-C)
      // is handled only between turns (write-file-atomic.ts then removes its temporary files).
      if (i % 8 === 7) await new Promise((resolve) => setImmediate(resolve));
      yield await auditFile(files[i], job, rules, ruleIds);
    }
    return;
  }
  yield* auditInWorkers(files, job, options.workers, options.workerEntry);
}

async function* auditInWorkers(files: string[], job: AuditJob, count: number, entry: string): AsyncGenerator<FileReport> {
  const { Worker } = await import('./worker-threads.js');
  const done = new Map<number, FileReport>();
  let next = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(entry, { argv: [WORKER_ARGUMENT], workerData: { contactAuditWorker: job }, stdout: false, stderr: false });
    const send = () => {
      if (next < files.length) worker.postMessage({ index: next, file: files[next++] });
    };
    worker.on('message', (reply: WorkerReply) => {
      if (reply.error) {
        const error = new Error(reply.error.message);
        error.stack = reply.error.stack;
        failure ??= error;
      } else done.set(reply.index, reply.report!);
      send();
      notify();
    });
    worker.on('error', (error) => {
      failure ??= error;
      notify();
    });
    worker.on('exit', (code) => {
      if (code !== 0) failure ??= new Error(`an audit worker stopped with exit code ${code}`);
      notify();
    });
    for (let i = 0; i < IN_FLIGHT; i++) send();
    return worker;
  });
  try {
    for (let index = 0; index < files.length; index++) {
      while (!done.has(index)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
      const report = done.get(index)!;
      done.delete(index);
      yield report;
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.removeAllListeners('exit').terminate()));
  }
}
