// `npm run bench`: whole `contact-audit check` processes against an empty `node` process, timed
// in the same run (these machines are noisy: only ratios mean something). Wall time and peak
// memory, medians of several runs. No timed assertions live in tests; this is where speed is seen.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir, cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.BENCH_RUNS ?? 15);
const work = mkdtempSync(join(tmpdir(), 'contact-audit-bench-'));
const bin = join(root, 'bin', 'contact-audit.js');
const small = join(work, 'small.yaml');
writeFileSync(small, readFileSync(join(root, 'fixtures', 'energie-vlaanderen.yaml'), 'utf8'));

// Peak memory: the child reports its own maxRSS on exit (the same wrapper for every case).
const probe = join(work, 'probe.cjs');
writeFileSync(probe, "process.on('exit', () => process.stderr.write('\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n'));\n");

function measure(args) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--require', probe, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = Number(/MAXRSS (\d+)/.exec(child.stderr)?.[1] ?? NaN) / 1024;
  if (child.status !== 0 && child.status !== 1) throw new Error(`${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  return { ms, rss };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const cases = [
  { name: 'empty node process (baseline)', args: ['-e', ''] },
  { name: 'check one small file (text)', args: [bin, 'check', small, '--date', '2026-06-15'] },
  { name: 'check one small file (json)', args: [bin, 'check', small, '--date', '2026-06-15', '--format', 'json'] },
];

const results = cases.map((c) => ({ ...c, samples: [] }));
for (let i = 0; i < runs; i++) for (const r of results) r.samples.push(measure(r.args)); // interleaved: noise hits all alike
const baseline = median(results[0].samples.map((s) => s.ms));
const baselineRss = median(results[0].samples.map((s) => s.rss));

console.log(`contact-audit bench: ${runs} runs each, interleaved; node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
console.log('| case | median wall (ms) | ratio to empty node | median peak RSS (MiB) | ratio |');
console.log('|---|---:|---:|---:|---:|');
for (const r of results) {
  const ms = median(r.samples.map((s) => s.ms));
  const rss = median(r.samples.map((s) => s.rss));
  console.log(`| ${r.name} | ${ms.toFixed(1)} | ${(ms / baseline).toFixed(2)}× | ${rss.toFixed(1)} | ${(rss / baselineRss).toFixed(2)}× |`);
}
rmSync(work, { recursive: true, force: true });
