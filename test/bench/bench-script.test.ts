// `npm run bench` (issue 6) must run as a new user runs it and print its table; its inputs are
// seeded, so every machine measures the same files. No timing is asserted here.
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a build script, plain JavaScript
import { createRandom, generateLarge, generateSmall } from '../../scripts/bench-files.mjs';

describe('npm run bench', () => {
  test('runs a short round and prints every case with its ratio and peak memory', () => {
    const result = spawnSync(process.execPath, ['scripts/bench.mjs'], { encoding: 'utf8', env: { ...process.env, BENCH_RUNS: '1', BENCH_BATCH: '3' } });
    expect(result.status, result.stderr).toBe(0);
    const rows = result.stdout.split('\n').filter((line) => /^\| (?!case|---)/.test(line));
    expect(rows.map((row) => row.split('|')[1].trim())).toEqual([
      'empty node process (baseline)',
      'check fixtures/energie-vlaanderen.yaml',
      'check one small file (generated)',
      'check one small file, --format json',
      'check the large file (500 channels, 200 teams)',
      'check a batch of 3 small files (one process)',
      'the same batch, --concurrency 2 (worker threads)',
    ]);
    for (const row of rows) expect(row).toMatch(/\| \d+\.\d\d× \|.*\| \d+\.\d \| \d+\.\d\d× \|/);
    expect(result.stdout).toMatch(/baseline runs: \d+\.\d–\d+\.\d ms \(median \d+\.\d\)/);
    expect(result.stdout).toMatch(/target(s)? missed|every target met/);
  }, 120_000);

  test('bench:instructions says, exit 2, when valgrind is missing', () => {
    const result = spawnSync(process.execPath, ['scripts/bench-instructions.mjs'], { encoding: 'utf8', env: { ...process.env, PATH: '/nonexistent' } });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/valgrind is not installed/);
    const bad = spawnSync(process.execPath, ['scripts/bench-instructions.mjs'], { encoding: 'utf8', env: { ...process.env, BENCH_BATCH: 'many' } });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/BENCH_BATCH must be a whole number/);
  });

  test('its files are the same for the same seed, and differ between seeds', () => {
    expect(generateSmall(createRandom(42))).toBe(generateSmall(createRandom(42)));
    expect(generateSmall(createRandom(42))).not.toBe(generateSmall(createRandom(43)));
    expect(generateLarge(createRandom(7))).toBe(generateLarge(createRandom(7)));
  });
});
