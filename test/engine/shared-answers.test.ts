// A batch shares answers between files (coverage questions, evaluated hours, parsed hours,
// wrapped texts): no file may change what another is given. Checking the same files in the
// opposite order must give every file the same report, in every format that carries the figures.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a build script, plain JavaScript
import { createRandom, generateSmall } from '../../scripts/bench-files.mjs';
import { runCli } from '../helpers/cli.js';

describe('answers shared across the files of a batch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'contact-audit-shared-'));
  const files = readdirSync('fixtures').filter((f) => f.endsWith('.yaml')).map((f) => {
    writeFileSync(join(dir, f), readFileSync(join('fixtures', f), 'utf8'));
    return join(dir, f);
  });
  const random = createRandom(2026);
  for (let i = 0; i < 40; i++) {
    const file = join(dir, `generated-${String(i).padStart(2, '0')}.yaml`);
    writeFileSync(file, generateSmall(random) as string);
    files.push(file);
  }

  test.each(['json', 'text'])('%s: each file gets the same report whichever files came before it', async (format) => {
    const forward = await runCli(['check', ...files, '--date', '2026-06-15', '--format', format]);
    const backward = await runCli(['check', ...[...files].reverse(), '--date', '2026-06-15', '--format', format]);
    expect(forward.code).toBe(backward.code);
    if (format === 'json') {
      const byFile = (text: string) => new Map<string, unknown>(JSON.parse(text).files.map((f: { file: string }) => [f.file, f]));
      const before = byFile(forward.stdout);
      const after = byFile(backward.stdout);
      expect(before.size).toBe(files.length);
      for (const [file, report] of before) expect(after.get(file), file).toEqual(report);
    } else {
      const parts = (text: string) => text.split(/\n\n─+\n\n/).filter((part) => !/^\d+ files/.test(part)).sort();
      expect(parts(backward.stdout)).toEqual(parts(forward.stdout));
    }
  }, 60_000);
});
