// One spawned run of the built CLI, as a user runs it (bin/ → dist/), to prove the bundle works.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, test } from 'vitest';

test('the built bin audits the bundled example', () => {
  expect(existsSync('dist/cli.js')).toBe(true);
  const result = spawnSync(process.execPath, ['bin/contact-audit.cjs', 'check', 'fixtures/energie-vlaanderen.yaml', '--date', '2026-06-15', '--format', 'json'], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Pacific/Auckland' },
  });
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.status).toBe(1);
  const report = JSON.parse(result.stdout);
  expect(report.files[0].organisation).toBe('Energie Vlaanderen');
  expect(report.files[0].findings.length).toBeGreaterThan(0);
});

test('the built bin reports a bad file with file:line:col and exit 2', () => {
  const result = spawnSync(process.execPath, ['bin/contact-audit.cjs', 'check', 'test/cli/bad-organisation.yaml'], { encoding: 'utf8' });
  expect(result.status).toBe(2);
  expect(result.stdout).toMatch(/bad-organisation\.yaml:\d+:\d+/);
  expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
});
