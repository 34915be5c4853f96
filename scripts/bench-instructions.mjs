// `npm run bench:instructions`: the instructions a `check` executes, counted by valgrind's
// cachegrind, against an empty `node`. Wall time on a shared machine moved ±25% between runs of
// the same build (BENCHMARKS.md); instruction counts move less than 0.1%, so a change of 1% can be
// seen. V8 runs on one thread (--single-threaded: its compiler and collector work is counted too)
// with fixed hash and random seeds; the code cache is trained with the same flags in a copy of
// the build. Not a target: the targets are wall time (npm run bench). Needs valgrind
// (Debian: valgrind) and takes a few minutes; BENCH_BATCH sets the batch (default 300 files).
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBenchInputs } from './bench-files.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const batchSize = Number(process.env.BENCH_BATCH ?? 300);
if (!Number.isInteger(batchSize) || batchSize < 1) {
  console.error(`bench:instructions: BENCH_BATCH must be a whole number ≥ 1, not ${process.env.BENCH_BATCH}`);
  process.exit(2);
}
if (spawnSync('valgrind', ['--version'], { encoding: 'utf8' }).status !== 0) {
  console.error('bench:instructions: valgrind is not installed (Debian: apt-get install valgrind)');
  process.exit(2);
}

const V8_FLAGS = ['--single-threaded', '--hash-seed=1', '--random-seed=1', '--predictable'];
const work = mkdtempSync(join(tmpdir(), 'contact-audit-instructions-'));
try {
  // The build, copied so that its code cache can be trained with the flags above.
  const build = join(work, 'build');
  mkdirSync(build);
  for (const part of ['bin', 'dist', 'rules', 'schemas', 'package.json']) cpSync(join(root, part), join(build, part), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(build, 'node_modules'), 'dir');
  const bin = join(build, 'bin', 'contact-audit.cjs');
  const training = spawnSync(process.execPath, [...V8_FLAGS, bin, 'check', join(root, 'fixtures', 'energie-vlaanderen.yaml'), '--date', '2026-06-15', '--format', 'json', '--format', 'text', '--output', join(work, 'training.txt')], {
    env: { ...process.env, CONTACT_AUDIT_CODE_CACHE: 'write', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  if (training.status !== 0 && training.status !== 1) throw new Error(`training run exited ${training.status}: ${training.stderr}`);

  const { small, batch } = writeBenchInputs(work, batchSize);

  const count = (args) => {
    // The report goes to a file, as in npm run bench.
    const out = openSync(join(work, 'out.txt'), 'w');
    const result = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', '--smc-check=all-non-file', process.execPath, ...V8_FLAGS, ...args], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', out, 'pipe'],
      maxBuffer: 64 * 2 ** 20,
    });
    closeSync(out);
    const refs = /I\s+refs:\s+([\d,]+)/.exec(result.stderr)?.[1];
    if (refs === undefined) throw new Error(`valgrind gave no count for ${args.join(' ')}: ${result.stderr.slice(-1000)}`);
    return Number(refs.replaceAll(',', ''));
  };
  const cases = [
    ['empty node process (baseline)', ['-e', '']],
    ['check one small file (generated)', [bin, 'check', small, '--date', '2026-06-15']],
    [`check a batch of ${batchSize} small files (one process)`, [bin, 'check', batch, '--date', '2026-06-15']],
  ];
  console.log(`contact-audit bench:instructions: node ${process.version}, V8 ${V8_FLAGS.join(' ')}`);
  console.log('');
  console.log('| case | instructions (millions) | ratio to empty node |');
  console.log('|---|---:|---:|');
  let baseline;
  for (const [name, args] of cases) {
    const instructions = count(args);
    baseline ??= instructions;
    console.log(`| ${name} | ${(instructions / 1e6).toFixed(1)} | ${(instructions / baseline).toFixed(2)}× |`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
