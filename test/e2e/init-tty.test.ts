// `contact-audit init` in a real pseudo-terminal (tmux): Enter through every question gives a
// file that loads; Ctrl-C halfway keeps a draft, and --resume continues it with the earlier
// answers kept. Runs the built bin (`npm test` builds first). tmux is required: without it this
// test fails (it does not skip), so CI cannot pass without the end-to-end check.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrganisation } from '../../src/load/load-organisation.js';

const BIN = resolve('bin/contact-audit.cjs');
// Our own tmux server (socket), so the test never touches a user's sessions.
const SOCKET = `contact-audit-e2e-${process.pid}`;
const POLL_MS = 80;

function tmux(...args: string[]): string {
  const result = spawnSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
  if (result.error) throw result.error;
  return result.stdout;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function start(name: string, dir: string, args: string): void {
  // The shell prints the exit code and then waits, so that the screen can still be read.
  tmux('new-session', '-d', '-s', name, '-x', '160', '-y', '50', '-c', dir, `sh -c 'node ${BIN} ${args}; echo "EXIT:$?"; sleep 120'`);
}

function screen(name: string): string {
  return tmux('capture-pane', '-p', '-J', '-t', name, '-S', '-500');
}

/** Press Enter (unless `press` is false) every POLL_MS until the screen matches, or fail with the screen. */
async function pressUntil(name: string, pattern: RegExp, options: { press?: boolean; timeout?: number } = {}): Promise<string> {
  const deadline = Date.now() + (options.timeout ?? 20000);
  for (;;) {
    const text = screen(name);
    if (pattern.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern} in session ${name}; the screen:\n${text}`);
    if (options.press !== false) tmux('send-keys', '-t', name, 'Enter');
    await sleep(POLL_MS);
  }
}

describe('init in a terminal (tmux)', () => {
  let dir: string;

  // Checked in each test, so that a missing tmux fails the tests themselves (not a skip).
  const requireTmux = () => {
    const probe = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0) {
      throw new Error('tmux is required for the end-to-end test of `contact-audit init` and was not found: install it (Debian: apt-get install tmux); .ci/run does this');
    }
    if (!existsSync(resolve('dist/cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` (npm test builds first)');
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'contact-audit-e2e-'));
  });

  afterAll(() => {
    spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
  });

  it('Enter through every question writes a file that validates', async () => {
    requireTmux();
    start('enter', dir, 'init org.yaml');
    const text = await pressUntil('enter', /EXIT:\d+/);
    expect(text).toMatch(/The organisation file is written: org\.yaml/);
    expect(text).toMatch(/Audit score: \d+/);
    expect(text).toMatch(/EXIT:0/);
    const loaded = await loadOrganisation(readFileSync(join(dir, 'org.yaml'), 'utf8'), 'org.yaml');
    expect(loaded.errors).toEqual([]);
    expect(existsSync(join(dir, 'org.yaml.draft.json'))).toBe(false);
  }, 60000);

  it('Ctrl-C halfway keeps the answers; --resume continues with them', async () => {
    requireTmux();
    start('stop', dir, 'init second.yaml --lang nl');
    await pressUntil('stop', /De naam van de organisatie/, { press: false });
    tmux('send-keys', '-t', 'stop', '-l', 'Tmux Test Org');
    tmux('send-keys', '-t', 'stop', 'Enter');
    await pressUntil('stop', /Team 1: id/);
    tmux('send-keys', '-t', 'stop', 'C-c');
    const stopped = await pressUntil('stop', /EXIT:\d+/, { press: false, timeout: 5000 });
    expect(stopped).toMatch(/EXIT:130/);
    expect(stopped).toMatch(/contact-audit init second\.yaml --resume --lang nl/);
    expect(existsSync(join(dir, 'second.yaml'))).toBe(false);
    const draft = JSON.parse(readFileSync(join(dir, 'second.yaml.draft.json'), 'utf8'));
    expect(draft.answers['organisation.name']).toBe('Tmux Test Org');
    expect(draft.answers['channel.phone.hours']).toBe('Mo-Fr 09:00-17:00; PH off');

    start('resume', dir, 'init second.yaml --resume');
    const resumed = await pressUntil('resume', /EXIT:\d+/);
    expect(resumed).toMatch(/EXIT:0/);
    expect(resumed).toMatch(/Verder vanuit second\.yaml\.draft\.json/);
    expect(resumed).not.toMatch(/De naam van de organisatie/);
    const text = readFileSync(join(dir, 'second.yaml'), 'utf8');
    const loaded = await loadOrganisation(text, 'second.yaml');
    expect(loaded.errors).toEqual([]);
    expect(loaded.org!.organisation.name).toBe('Tmux Test Org');
    expect(existsSync(join(dir, 'second.yaml.draft.json'))).toBe(false);
  }, 60000);

  it('a closed terminal (the session killed: SIGHUP) keeps the draft', async () => {
    requireTmux();
    start('hangup', dir, 'init third.yaml');
    await pressUntil('hangup', /organisation's name/, { press: false });
    tmux('send-keys', '-t', 'hangup', '-l', 'Hung Up Inc');
    tmux('send-keys', '-t', 'hangup', 'Enter');
    await pressUntil('hangup', /Which channels/);
    tmux('kill-session', '-t', 'hangup');
    const draftPath = join(dir, 'third.yaml.draft.json');
    const deadline = Date.now() + 5000;
    while (!existsSync(draftPath) && Date.now() < deadline) await sleep(POLL_MS);
    const draft = JSON.parse(readFileSync(draftPath, 'utf8'));
    expect(draft.answers['organisation.name']).toBe('Hung Up Inc');
    expect(existsSync(join(dir, 'third.yaml'))).toBe(false);
  }, 60000);
});
