// A check interrupted while its report is being written (Ctrl-C, a CI timeout's SIGTERM) leaves
// the old report whole and no temporary file behind, and ends as the signal would have ended it.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const OLD = '{"old": "report, kept whole"}\n';

describe.each(['SIGINT', 'SIGTERM'] as const)('a check interrupted by %s while writing its report', (signal) => {
  test('keeps the old report and leaves no temporary file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'contact-audit-interrupted-'));
    mkdirSync(join(folder, 'orgs'));
    const example = readFileSync('fixtures/energie-vlaanderen.yaml', 'utf8');
    for (let i = 0; i < 400; i++) writeFileSync(join(folder, 'orgs', `org-${String(i).padStart(3, '0')}.yaml`), example);
    writeFileSync(join(folder, 'out.json'), OLD);
    const child = spawn(process.execPath, [resolve('bin/contact-audit.cjs'), 'check', 'orgs', '--date', '2026-06-15', '-f', 'json', '-o', 'out.json', '--concurrency', 'off'], { cwd: folder, stdio: 'ignore' });
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('exit', (code, sig) => done({ code, signal: sig })));
    // Wait until the report is being written (its temporary file exists), then interrupt.
    const started = Date.now();
    let sawTemporary = false;
    while (Date.now() - started < 20_000) {
      if (readdirSync(folder).some((f) => f.endsWith('.tmp'))) {
        sawTemporary = true;
        break;
      }
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(sawTemporary).toBe(true);
    child.kill(signal);
    const { signal: endedBy } = await ended;
    expect(endedBy).toBe(signal);
    expect(readdirSync(folder).sort()).toEqual(['orgs', 'out.json']);
    expect(readFileSync(join(folder, 'out.json'), 'utf8')).toBe(OLD);
  }, 40_000);
});
