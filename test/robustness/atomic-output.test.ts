// Nothing lost on output: `check -o FILE` replaces an existing file only with a complete new one,
// a write that fails (a path through a file, a folder, a read-only folder, a full disk) leaves the
// old file as it was, exits 2 naming the path, and leaves no temporary file behind.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { runCli } from '../helpers/cli.js';

// A full disk, simulated: while `diskFull` is set, writing to a temporary report file writes half
// of what it is given and then fails with ENOSPC, as a real full disk would.
const simulation = vi.hoisted(() => ({ diskFull: false, temporary: new Set<number>() }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  const openSync = ((path: fs.PathLike, ...rest: unknown[]) => {
    const fd = (real.openSync as (...args: unknown[]) => number)(path, ...rest);
    if (String(path).endsWith('.tmp')) simulation.temporary.add(fd);
    else simulation.temporary.delete(fd);
    return fd;
  }) as typeof real.openSync;
  const writeSync = ((fd: number, buffer: Uint8Array, offset?: number, length?: number, ...rest: unknown[]) => {
    if (!simulation.diskFull || !simulation.temporary.has(fd)) return (real.writeSync as (...args: unknown[]) => number)(fd, buffer, offset, length, ...rest);
    const from = offset ?? 0;
    real.writeSync(fd, buffer, from, (length ?? buffer.length - from) >> 1);
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  }) as typeof real.writeSync;
  return { ...real, openSync, writeSync, default: { ...real, openSync, writeSync } };
});

const example = join(process.cwd(), 'fixtures/energie-vlaanderen.yaml');
const OLD = '{"old": "report, kept whole"}\n';
const isRoot = process.getuid?.() === 0;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'contact-audit-atomic-'));
});
afterAll(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

function freshFolder(name: string): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  return folder;
}

const check = (output: string, cwd: string) => runCli(['check', example, '--date', '2026-06-15', '-f', 'json', '-o', output, '--fail-on', 'never'], { cwd });

describe('check -o writes atomically', () => {
  test('an existing file is replaced by the complete new report, and no temporary file is left', async () => {
    const folder = freshFolder('ok');
    writeFileSync(join(folder, 'out.json'), OLD);
    const result = await check('out.json', folder);
    expect(result.code).toBe(0);
    const written = readFileSync(join(folder, 'out.json'), 'utf8');
    expect(JSON.parse(written).files[0].file).toBe(example);
    expect(readdirSync(folder)).toEqual(['out.json']);
  });

  test('a path through a regular file: exit 2 naming the path, nothing written', async () => {
    const folder = freshFolder('through-file');
    writeFileSync(join(folder, 'blocker'), OLD);
    const result = await check('blocker/out.json', folder);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('contact-audit: cannot write blocker/out.json: part of its path is a file, not a folder\n');
    expect(readFileSync(join(folder, 'blocker'), 'utf8')).toBe(OLD);
    expect(readdirSync(folder)).toEqual(['blocker']);
  });

  test('a folder where the file should be: exit 2 naming the path, the folder untouched, no temporary file', async () => {
    const folder = freshFolder('is-folder');
    mkdirSync(join(folder, 'out.json'));
    writeFileSync(join(folder, 'out.json', 'inside'), OLD);
    const result = await check('out.json', folder);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^contact-audit: cannot write out\.json: /);
    expect(readdirSync(folder)).toEqual(['out.json']);
    expect(readFileSync(join(folder, 'out.json', 'inside'), 'utf8')).toBe(OLD);
  });

  test('a full disk halfway through: the old file stays whole, exit 2 naming the path, no temporary file', async () => {
    const folder = freshFolder('disk-full');
    writeFileSync(join(folder, 'out.json'), OLD);
    simulation.diskFull = true;
    try {
      const result = await check('out.json', folder);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe('contact-audit: cannot write out.json: the disk is full\n');
    } finally {
      simulation.diskFull = false;
    }
    expect(readFileSync(join(folder, 'out.json'), 'utf8')).toBe(OLD);
    expect(readdirSync(folder)).toEqual(['out.json']);
  });

  test('a full disk while a long report is being written file by file: the old file stays whole, no temporary file', async () => {
    const folder = freshFolder('disk-full-long');
    const orgs = join(folder, 'orgs');
    mkdirSync(orgs);
    for (let i = 0; i < 30; i++) writeFileSync(join(orgs, `org-${i}.yaml`), readFileSync(example, 'utf8'));
    writeFileSync(join(folder, 'out.json'), OLD);
    simulation.diskFull = true;
    try {
      const result = await runCli(['check', 'orgs', '--date', '2026-06-15', '-f', 'json', '-o', 'out.json', '--fail-on', 'never'], { cwd: folder });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe('contact-audit: cannot write out.json: the disk is full\n');
    } finally {
      simulation.diskFull = false;
    }
    expect(readFileSync(join(folder, 'out.json'), 'utf8')).toBe(OLD);
    expect(readdirSync(folder).sort()).toEqual(['orgs', 'out.json']);
    // Without the full disk the same report is longer than one piece (64 kB): it was cut mid-way.
    const whole = await runCli(['check', 'orgs', '--date', '2026-06-15', '-f', 'json', '-o', 'out.json', '--fail-on', 'never'], { cwd: folder });
    expect(whole.code).toBe(0);
    expect(readFileSync(join(folder, 'out.json'), 'utf8').length).toBeGreaterThan(1 << 16);
  });

  test('through a symbolic link: the file it points to gets the report, the link stays a link', async () => {
    const folder = freshFolder('symlink');
    mkdirSync(join(folder, 'reports'));
    writeFileSync(join(folder, 'reports', 'audit.json'), OLD);
    symlinkSync(join('reports', 'audit.json'), join(folder, 'out.json'));
    const result = await check('out.json', folder);
    expect(result.code).toBe(0);
    expect(lstatSync(join(folder, 'out.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(folder, 'reports', 'audit.json'), 'utf8')).files[0].file).toBe(example);
    expect(readdirSync(join(folder, 'reports'))).toEqual(['audit.json']);
  });

  test('a named pipe (as /dev/null or /dev/stdout) is written into, not replaced by a file', async () => {
    const folder = freshFolder('fifo');
    const pipe = join(folder, 'report.pipe');
    execFileSync('mkfifo', [pipe]);
    const reader = spawn('sh', ['-c', 'cat "$0" > "$1"', pipe, join(folder, 'got.json')]);
    const done = new Promise((resolve) => reader.on('exit', resolve));
    const result = await check(pipe, folder);
    await done;
    expect(result.code).toBe(0);
    expect(lstatSync(pipe).isFIFO()).toBe(true);
    expect(JSON.parse(readFileSync(join(folder, 'got.json'), 'utf8')).files[0].file).toBe(example);
    expect(readdirSync(folder).sort()).toEqual(['got.json', 'report.pipe']);
  });

  // Root writes into a read-only folder anyway: the cases above simulate the failure for root.
  test.skipIf(isRoot)('a read-only folder: the old file stays whole, exit 2 naming the path', async () => {
    const folder = freshFolder('read-only');
    writeFileSync(join(folder, 'out.json'), OLD);
    chmodSync(folder, 0o555);
    try {
      const result = await check('out.json', folder);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe('contact-audit: cannot write out.json: permission denied\n');
      expect(readFileSync(join(folder, 'out.json'), 'utf8')).toBe(OLD);
      expect(readdirSync(folder)).toEqual(['out.json']);
    } finally {
      chmodSync(folder, 0o755);
    }
  });
});
