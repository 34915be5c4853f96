// `npm run bench`: whole `contact-audit check` processes against an empty `node` process, timed
// in the same run (these machines are noisy: only ratios mean something). Wall time and peak
// memory, medians of several interleaved runs. No timed assertions live in tests; this is where
// speed is seen. BENCH_RUNS sets the number of runs (default 7: about a minute and a half here).
//
// Inputs are generated (scripts/bench-files.mjs, seeded: the same files on every machine) into a
// temporary folder: one small file, the large file (500 channels, 200 teams) and a batch of 1,000
// small files checked in one process (`check <dir>`). The shipped fixture is measured too.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { availableParallelism, tmpdir, cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createRandom, generateLarge, writeBenchInputs } from './bench-files.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.BENCH_RUNS ?? 7);
const batchSize = Number(process.env.BENCH_BATCH ?? 1000);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`BENCH_RUNS must be a whole number ≥ 1, not ${process.env.BENCH_RUNS}`);
const work = mkdtempSync(join(tmpdir(), 'contact-audit-bench-'));
const bin = join(root, 'bin', 'contact-audit.cjs');

// 1. Inputs, seeded.
const fixture = join(work, 'energie-vlaanderen.yaml');
writeFileSync(fixture, readFileSync(join(root, 'fixtures', 'energie-vlaanderen.yaml'), 'utf8'));
const { small, batch } = writeBenchInputs(work, batchSize);
const large = join(work, 'large.yaml');
writeFileSync(large, generateLarge(createRandom(7)));

// Peak memory: the child reports its own maxRSS on exit (the same wrapper for every case,
// the baseline included, so that its cost cancels out in the ratios).
const probe = join(work, 'probe.cjs');
writeFileSync(probe, "process.on('exit', () => process.stderr.write('\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n'));\n");
// Reports go to a file, as in CI; a pipe would make the runner's reading part of the time.
const sink = join(work, 'out.txt');

function measure(args) {
  const out = openSync(sink, 'w');
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--require', probe, ...args], {
    stdio: ['ignore', out, 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  closeSync(out);
  const rss = Number(/MAXRSS (\d+)/.exec(child.stderr ?? '')?.[1] ?? NaN) / 1024;
  if (child.status !== 0 && child.status !== 1) throw new Error(`${args.join(' ')} exited ${child.status}: ${child.error ?? ''}${String(child.stderr).slice(-2000)}`);
  return { ms, rss };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const check = (...inputs) => [bin, 'check', ...inputs, '--date', '2026-06-15'];
// Targets (issue 6), as ratios to the empty process in the same run; peak memory in MiB.
const cases = [
  { name: 'empty node process (baseline)', args: ['-e', ''] },
  { name: 'check fixtures/energie-vlaanderen.yaml', args: check(fixture) },
  { name: 'check one small file (generated)', args: check(small), target: 1.6 },
  { name: 'check one small file, --format json', args: [...check(small), '--format', 'json'] },
  { name: 'check the large file (500 channels, 200 teams)', args: check(large), target: 10, strict: true },
  { name: `check a batch of ${batchSize} small files (one process)`, args: check(batch), ...(batchSize === 1000 ? { target: 20, memory: 150 } : {}) },
  // For the record: the same batch over two worker threads (what --concurrency auto chooses with
  // four cores or more; on fewer it stays in one thread).
  { name: `the same batch, --concurrency 2 (worker threads)`, args: [...check(batch), '--concurrency', '2'] },
];

const started = Date.now();
const results = cases.map((c) => ({ ...c, samples: [] }));
for (let i = 0; i < runs; i++) {
  // Interleaved, in a rotating order: noise and warm caches hit every case alike.
  for (let j = 0; j < results.length; j++) {
    const r = results[(i + j) % results.length];
    r.samples.push(measure(r.args));
  }
}
const baseline = median(results[0].samples.map((s) => s.ms));
const baselineRss = median(results[0].samples.map((s) => s.rss));

console.log(`contact-audit bench: ${runs} runs each, interleaved, medians; node ${process.version}, ${cpus().length} × ${cpus()[0]?.model?.trim() ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${availableParallelism()} threads available; ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log('');
console.log('| case | median wall (ms) | ratio to empty node | target | median peak RSS (MiB) | ratio | target |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
let missed = 0;
for (const r of results) {
  const ms = median(r.samples.map((s) => s.ms));
  const rss = median(r.samples.map((s) => s.rss));
  const ratio = ms / baseline;
  let timeTarget = '';
  if (r.target !== undefined) {
    const met = r.strict ? ratio < r.target : ratio <= r.target;
    if (!met) missed += 1;
    timeTarget = `${r.strict ? '<' : '≤'} ${r.target}× ${met ? 'met' : 'MISSED'}`;
  }
  let memoryTarget = '';
  if (r.memory !== undefined) {
    if (!(rss < r.memory)) missed += 1;
    memoryTarget = `< ${r.memory} MiB ${rss < r.memory ? 'met' : 'MISSED'}`;
  }
  console.log(`| ${r.name} | ${ms.toFixed(1)} | ${ratio.toFixed(2)}× | ${timeTarget} | ${rss.toFixed(1)} | ${(rss / baselineRss).toFixed(2)}× | ${memoryTarget} |`);
}
console.log('');
// How steady the machine was: on a shared one, the baseline's own runs spread widely while other
// work comes and goes, and the ratios with them (BENCHMARKS.md).
const base = results[0].samples.map((s) => s.ms).sort((a, b) => a - b);
console.log(`baseline runs: ${base[0].toFixed(1)}–${base[base.length - 1].toFixed(1)} ms (median ${baseline.toFixed(1)})`);
if (base.length > 1 && base[base.length - 1] > 1.5 * base[0]) {
  console.log('the machine was busy during this run (the slowest baseline run took over 1.5 times the fastest): ratios move with the load; run again when it is quieter');
}
console.log(missed === 0 ? 'every target met' : `${missed} target${missed === 1 ? '' : 's'} missed`);
rmSync(work, { recursive: true, force: true });
