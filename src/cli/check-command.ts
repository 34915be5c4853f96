// `contact-audit check <file...>`: read, load, audit and report every file; one exit code for all.
// The pipeline: configuration → inputs → per file (read, load, audit) → report → outputs → gates.
import { resolve } from 'node:path';
import { Chalk } from 'chalk';
import { readConfigFlags } from '../config/config-flags.js';
import { resolveConfig, type ConfigFlags } from '../config/resolve-config.js';
import { markBaseline } from '../engine/baseline.js';
import { describeRule } from '../engine/describe-rules.js';
import { createGateCounter, gateTexts } from '../engine/gates.js';
import type { FileReport } from '../model/report.js';
import type { Lang } from '../model/rule.js';
import { STREAM_FORMATS, type FormatStream, type ReportHeader } from '../report/formats.js';
import { FORMAT_NAMES, type FormatName } from '../report/format-names.js';
import { todayInZone } from '../time/zoned-time.js';
import { auditFiles, countWorkers } from './audit-files.js';
import { baselineKey, readBaselineFile, writeBaselineFile } from './baseline-file.js';
import { expandInputs } from './expand-inputs.js';
import { parseSize } from './parse-size.js';
import { isIsoDate } from '../load/values.js';
import { createProgress } from './progress.js';
import { cliTexts } from './cli-messages.js';
import { CliError, type CliIo } from './io.js';
import { VERSION } from './main.js';
import { readOutputTargets, type OutputTarget } from './output-targets.js';
import { writeError } from './write-error.js';
import { openAtomicFile } from './write-file-atomic.js';

export interface CheckOptions {
  lang: Lang;
  date?: string;
  failOn?: ConfigFlags['failOn'];
  minScore?: string;
  requireComplete?: boolean;
  minCategoryScore?: string[];
  maxWarnings?: string;
  baseline?: string;
  updateBaseline?: boolean;
  config?: string;
  rules?: string[];
  /** refuse larger files: `50MB`, `50MiB`, bytes (default read-input's 10 MiB) */
  maxInputSize?: string;
  /** `auto`, `off` or a number of worker threads (audit-files.ts) */
  concurrency?: string;
  color: boolean;
}


/** Colour only for a terminal, never with NO_COLOR or --no-color (FORCE_COLOR can insist). */
export function colourLevel(io: CliIo, wanted: boolean): 0 | 1 | 2 | 3 {
  if (!wanted || (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '')) return 0;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') {
    if (force === '0' || force === 'false') return 0;
    return force === '2' ? 2 : force === '3' ? 3 : 1;
  }
  if (!io.stdout.isTTY) return 0;
  const term = io.env.COLORTERM ?? '';
  if (term === 'truecolor' || term === '24bit') return 3;
  return /256/.test(io.env.TERM ?? '') ? 2 : 1;
}

interface ReportOutput {
  file(report: FileReport): Promise<void>;
  /** the end of every format; files are renamed into place only now */
  finish(): Promise<void>;
  /** after a failure: no file is replaced, no temporary file is left */
  abort(): Promise<void>;
}

/**
 * Every target, written as the reports come (issue 6: a 1,000-file check keeps no FileReport and
 * no whole report in memory): standard output in pieces, files atomically (a temporary file
 * renamed over the target at the end), a write error naming the path (exit 2).
 */
async function openOutputs(header: ReportHeader, targets: OutputTarget[], io: CliIo, colour: boolean): Promise<ReportOutput> {
  const cannotWrite = (path: string, error: unknown) => writeError(path, error, header.lang);
  const sinks: Array<{ stream: FormatStream; write(text: string): Promise<void>; finish(): Promise<void>; abort(): Promise<void> }> = [];
  const abort = async () => {
    await Promise.all(sinks.map((sink) => sink.abort()));
  };
  try {
    for (const target of targets) {
      const toTerminal = target.path === undefined;
      const chalk = new Chalk({ level: toTerminal && target.format === 'text' ? colourLevel(io, colour) : 0 });
      const stream = STREAM_FORMATS[target.format as FormatName](header, { chalk, width: toTerminal ? Math.min(io.stdout.columns ?? 100, 120) : 100 });
      if (toTerminal) {
        // A terminal gets the report whole at the end, as before: the progress bar shares it
        // while files are audited. A file or a pipe gets it in pieces as it is made.
        const isTerminal = io.stdout.isTTY === true;
        let pending = '';
        sinks.push({
          stream,
          async write(text) {
            pending += text;
            if (!isTerminal && pending.length >= 1 << 16) {
              io.stdout.write(pending);
              pending = '';
            }
          },
          async finish() {
            if (pending !== '') io.stdout.write(pending);
            pending = '';
          },
          async abort() {
            pending = '';
          },
        });
        continue;
      }
      const path = target.path!;
      const file = await openAtomicFile(resolve(io.cwd, path)).catch((error: unknown) => {
        throw cannotWrite(path, error);
      });
      sinks.push({
        stream,
        write: (text) => file.write(text).catch((error: unknown) => {
          throw cannotWrite(path, error);
        }),
        finish: () => file.commit().catch((error: unknown) => {
          throw cannotWrite(path, error);
        }),
        abort: () => file.abort(),
      });
    }
    for (const sink of sinks) await sink.write(sink.stream.start());
  } catch (error) {
    await abort();
    throw error;
  }
  return {
    async file(report) {
      for (const sink of sinks) await sink.write(sink.stream.file(report));
    },
    async finish() {
      for (const sink of sinks) await sink.write(sink.stream.end());
      for (const sink of sinks) await sink.finish();
    },
    abort,
  };
}

export async function runCheck(inputs: string[], options: CheckOptions, io: CliIo, argv: string[]): Promise<number> {
  if (options.date !== undefined && !isIsoDate(options.date)) {
    throw new CliError(cliTexts(options.lang).dateTakes(options.date));
  }
  const maxBytes = options.maxInputSize === undefined ? undefined : parseSize(options.maxInputSize, undefined, options.lang);
  const targets = readOutputTargets(argv, FORMAT_NAMES, options.lang);
  const flags = readConfigFlags(options);
  const config = await resolveConfig(flags, { cwd: io.cwd, lang: options.lang });
  if (options.updateBaseline && options.baseline === undefined) throw new CliError(cliTexts(options.lang).updateBaselineNeedsBaseline());
  const baseline = options.baseline === undefined ? undefined : await readBaselineFile(options.baseline, io.cwd, options.updateBaseline === true, options.lang);
  const files = await expandInputs(inputs, io.cwd);
  // Checked in every case (a bad value is a usage error even where no worker can start).
  const wanted = countWorkers(options.concurrency, files.length, { lang: options.lang });
  const workers = io.workerEntry === undefined ? 0 : wanted;
  if (argv.includes('--debug')) io.stderr.write(`contact-audit: ${files.length} file${files.length === 1 ? '' : 's'}, ${workers === 0 ? 'audited in this thread' : `${workers} worker threads`}\n`);
  const progress = createProgress(io.stderr, files.length);
  const job = { cwd: io.cwd, lang: options.lang, date: options.date, maxBytes, flags };
  const gates = createGateCounter(config.gates, options.lang);
  const invalid: FileReport[] = [];
  // Only --update-baseline needs every file's findings at the end.
  const forBaseline: FileReport[] = [];
  const header = (referenceDate: string): ReportHeader => ({
    schema_version: 1,
    tool: { name: 'contact-audit', version: VERSION },
    lang: options.lang,
    reference_date: referenceDate,
    rules: config.rules.map((active) => describeRule(active, options.lang)),
  });
  // The report's date is --date, else the first file's; files before one that has a date (only
  // unreadable files have none) wait for it.
  let output: ReportOutput | undefined;
  const waiting: FileReport[] = [];
  try {
    for await (const audited of auditFiles(files, job, config.rules, { workers, workerEntry: io.workerEntry })) {
      progress.tick(audited.file);
      const fileReport = baseline ? markBaseline(audited, baseline.baseline?.files[baselineKey(audited.file, io.cwd, baseline.absolute)]) : audited;
      gates.add(fileReport);
      if (fileReport.errors.length > 0) invalid.push(fileReport);
      if (options.updateBaseline) forBaseline.push(fileReport);
      const referenceDate = options.date ?? fileReport.reference_date;
      if (output === undefined && referenceDate === null) {
        waiting.push(fileReport);
        continue;
      }
      output ??= await openOutputs(header(referenceDate!), targets, io, options.color);
      for (const earlier of waiting.splice(0)) await output.file(earlier);
      await output.file(fileReport);
    }
    progress.done();
    output ??= await openOutputs(header(todayInZone('UTC', Date.now())), targets, io, options.color);
    for (const earlier of waiting.splice(0)) await output.file(earlier);
    await output.finish();
  } catch (error) {
    await output?.abort();
    throw error;
  }

  if (invalid.length > 0) {
    // The text report on a terminal already lists them; anything else gets them on stderr too.
    if (!targets.some((t) => t.format === 'text' && t.path === undefined)) {
      for (const r of invalid) for (const e of r.errors) io.stderr.write(`${r.file}:${e.line}:${e.column}  ${e.path}  ${e.message}${e.hint ? ` (${e.hint})` : ''}\n`);
    }
    return 2;
  }
  if (baseline && options.updateBaseline) {
    const count = await writeBaselineFile(baseline, forBaseline, io.cwd, { name: 'contact-audit', version: VERSION }, options.lang);
    io.stderr.write(`contact-audit: ${cliTexts(options.lang).wroteBaseline(count, baseline.shown)}\n`);
    return 0;
  }
  // Known (baseline) and suppressed findings trip no gate: gates.ts counts only the others.
  const failures = gates.failures();
  const t = gateTexts(options.lang);
  for (const failure of failures) io.stderr.write(`contact-audit: ${t.failed(failure)}\n`);
  return failures.length > 0 ? 1 : 0;
}
