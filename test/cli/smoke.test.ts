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

test('a broken installation (a bundle that fails to load) ends with one line and exit 2, no stack', async () => {
  const { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const root = mkdtempSync(join(tmpdir(), 'contact-audit-broken-'));
  mkdirSync(join(root, 'bin'));
  mkdirSync(join(root, 'dist'));
  copyFileSync('bin/contact-audit.cjs', join(root, 'bin', 'contact-audit.cjs'));
  writeFileSync(join(root, 'dist', 'cli.cjs'), "throw new Error('half-written bundle');\n");
  const result = spawnSync(process.execPath, [join(root, 'bin', 'contact-audit.cjs'), '--version'], { encoding: 'utf8' });
  expect(result.status).toBe(2);
  expect(result.stderr).toBe('contact-audit: cannot start: half-written bundle\n');
});

test('the ES module build answers as the bundle does when the code cache is switched off', () => {
  const args = ['bin/contact-audit.cjs', 'check', 'fixtures/good-practice.yaml', '--date', '2026-06-15', '--format', 'json'];
  const bundled = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const esm = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, CONTACT_AUDIT_CODE_CACHE: '0' } });
  expect(esm.status).toBe(bundled.status);
  expect(JSON.parse(esm.stdout)).toEqual(JSON.parse(bundled.stdout));
});
