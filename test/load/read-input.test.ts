import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInput } from '../../src/load/read-input.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'read-input-'));
  writeFileSync(join(dir, 'org.yaml'), 'version: 1\n');
  writeFileSync(join(dir, 'big.yaml'), 'x'.repeat(2048));
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'secret.yaml'), 'version: 1\n');
  chmodSync(join(dir, 'secret.yaml'), 0o000);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readInput', () => {
  it('reads a file into bytes, relative to cwd', async () => {
    const result = await readInput('org.yaml', { cwd: dir });
    expect(result).toEqual({ ok: true, bytes: new TextEncoder().encode('version: 1\n') });
  });

  it('refuses a missing file, a directory and a file over the limit, as FileErrors', async () => {
    expect(await readInput('nope.yaml', { cwd: dir })).toEqual({ ok: false, error: { line: 1, column: 1, path: '', message: 'nope.yaml does not exist', hint: 'check the path' } });
    expect(await readInput('folder', { cwd: dir })).toMatchObject({ ok: false, error: { message: 'folder is a directory, not a file' } });
    expect(await readInput('org.yaml/x', { cwd: dir })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^org\.yaml\/x does not exist/) } });
    const big = await readInput('big.yaml', { cwd: dir, maxBytes: 1024 });
    expect(big).toMatchObject({ ok: false, error: { message: 'big.yaml is 2 KiB, larger than the limit of 1 KiB' } });
    expect(await readInput('big.yaml', { cwd: dir, maxBytes: 4096 })).toMatchObject({ ok: true });
  });

  it.skipIf(process.getuid?.() === 0)('refuses a file it may not read', async () => {
    expect(await readInput('secret.yaml', { cwd: dir })).toMatchObject({ ok: false, error: { message: 'secret.yaml cannot be read: permission denied' } });
  });
});
