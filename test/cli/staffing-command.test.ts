import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';

const fixtures = readdirSync('fixtures').filter((f) => f.endsWith('.yaml')).map((f) => join('fixtures', f));

const RETAILER = 'fixtures/retailer-offshore.yaml';
const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

describe('contact-audit staffing', () => {
  test('a table per channel, the current and the needed staffing marked', async () => {
    const { code, stdout } = await runCli(['staffing', RETAILER]);
    expect(code).toBe(0);
    expect(stdout).toContain('  Demand   200 contacts an hour × 3m = 10.00 Erlangs');
    expect(stdout).toContain('  Needed   14 agents at the queue (net of shrinkage and allocation)');
    expect(stdout).toMatch(/^ +11 +11 +39\.0% +2m03s +90\.9% +68\.2% {2}◀ now$/m);
    expect(stdout).toMatch(/^ +14 +14 +88\.8% +7\.8s +71\.4% +17\.4% {2}✓ needed$/m);
    expect(stdout).toMatch(/^ +10 +10 +0\.0% +— +100\.0% +100\.0%$/m);
    expect(stdout).toContain('Each agent holds 3 contacts at once');
    expect(stdout).toContain('Not planned: app (no peak), instagram (no peak).');
    for (const line of stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });

  test('--format json gives the same numbers', async () => {
    const { code, stdout } = await runCli(['staffing', RETAILER, '--format', 'json', '--channel', 'phone']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ file: RETAILER, organisation: 'Huis & Tuin Online', what_if: {}, skipped: [] });
    const phone = json.channels[0];
    expect(phone).toMatchObject({ channel: 'phone', traffic: 10, agents_current: 11, agents_needed: 14, servers_needed: 14, gross: { headcount_current: 28, agents_needed: 35 } });
    const needed = phone.rows.find((r: { is_needed: boolean }) => r.is_needed);
    expect(needed.service_level).toBeCloseTo(0.88835002, 8);
    expect(needed.asa_seconds).toBeCloseTo(7.835937, 6);
    expect(phone.rows[0]).toMatchObject({ agents: 9, asa_seconds: null, service_level: 0 });
    expect(phone.notes).toEqual([{ code: 'never-empties', text: expect.stringMatching(/never empties/) }]);
    expect(stdout).not.toMatch(/NaN|Infinity/);
  });

  test('what-if flags: --volume, --handle-time, --target, --agents', async () => {
    const json = async (...flags: string[]) => JSON.parse((await runCli(['staffing', RETAILER, '--channel', 'phone', '--format', 'json', ...flags])).stdout);
    expect((await json('--volume', '+20%')).channels[0]).toMatchObject({ contacts_per_hour: 240, traffic: 12 });
    // A leading minus is a value, not an option.
    expect((await json('--volume', '-10%')).channels[0]).toMatchObject({ contacts_per_hour: 180, traffic: 9 });
    expect((await json('--volume', '150')).channels[0]).toMatchObject({ contacts_per_hour: 150, traffic: 7.5 });
    expect((await json('--handle-time', '6m')).channels[0]).toMatchObject({ handle_time_seconds: 360, traffic: 20 });
    expect((await json('--target', '90%/15s')).channels[0]).toMatchObject({ target: { answered: 0.9, within_seconds: 15 }, agents_needed: 15 });
    const agents = await json('--agents', 'utrecht=25', '--agents', 'paramaribo=4');
    expect(agents.what_if).toEqual({ agents: { utrecht: 25, paramaribo: 4 } });
    expect(agents.channels[0]).toMatchObject({ agents_current: 12, gross: { headcount_current: 29 } });
    const text = (await runCli(['staffing', RETAILER, '--channel', 'phone', '--volume', '+20%', '--handle-time', '4m', '--target', '90%/15s', '--agents', 'utrecht=25'])).stdout;
    expect(text).toContain('What if: volume +20%, handle time 4m, target 90%/15s, utrecht 25 agents');
  });

  test('--channel can plan a channel without a peak from the flags, and says what is missing otherwise', async () => {
    const app = await runCli(['staffing', RETAILER, '--channel', 'app', '--volume', '150', '--handle-time', '6m']);
    expect(app.code).toBe(0);
    expect(app.stdout).toContain('150 contacts an hour × 6m = 15.00 Erlangs');
    const missing = await runCli(['staffing', RETAILER, '--channel', 'instagram']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/instagram has no peak: add one to the file or give --volume N/);
  });

  test('--lang nl: Dutch words and decimal commas', async () => {
    const { stdout } = await runCli(['staffing', RETAILER, '--channel', 'phone', '--lang', 'nl']);
    expect(stdout).toContain('Bezetting van Huis & Tuin Online op het piekuur (Erlang C)');
    expect(stdout).toMatch(/Medewerkers +Servers +Servicelevel +ASA +Bezetting +P\(wacht\)/);
    expect(stdout).toMatch(/^ +14 +14 +88,8% +7,8s +71,4% +17,4% {2}✓ nodig$/m);
  });

  test('no demand and a 100 % target explain themselves', async () => {
    const none = await runCli(['staffing', RETAILER, '--channel', 'chat', '--volume=-100%']);
    expect(none.stdout).toContain('No demand at peak: nobody waits and no agent is needed.');
    const strict = await runCli(['staffing', RETAILER, '--channel', 'phone', '--target', '100%/20s']);
    expect(strict.stdout).toContain('A 100% target is never met in theory');
    expect(strict.stdout).not.toMatch(/NaN|Infinity/);
  });

  test('colour only on a terminal', async () => {
    const plain = await runCli(['staffing', RETAILER]);
    const coloured = await runCli(['staffing', RETAILER], { tty: true });
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    expect(coloured.stdout).toMatch(/\u001b\[/);
    expect(stripAnsi(coloured.stdout)).toBe(plain.stdout);
  });

  test('bad flags and bad files end with exit 2', async () => {
    const flags = await runCli(['staffing', RETAILER, '--volume', 'lots', '--agents', 'ghost=2']);
    expect(flags.code).toBe(2);
    expect(flags.stderr).toMatch(/--volume takes a change/);
    expect(flags.stderr).toMatch(/no team "ghost" \(teams: utrecht, paramaribo\)/);
    expect((await runCli(['staffing', RETAILER, '--target', '80%'])).code).toBe(2);
    expect((await runCli(['staffing', RETAILER, '--channel', 'fax'])).code).toBe(2);
    const invalid = await runCli(['staffing', 'test/cli/bad-organisation.yaml']);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/^test\/cli\/bad-organisation\.yaml:\d+:\d+ {2}/m);
  });
});

describe('staffing fits in 80 columns', () => {
  test.each(fixtures.flatMap((file) => ['en', 'nl'].map((lang) => [file, lang])))('%s --lang %s', async (file, lang) => {
    const { code, stdout } = await runCli(['staffing', file, '--lang', lang, '--volume', '+300%'], { tty: true });
    expect(code).toBe(0);
    expect(stdout.split('\n').filter((line) => [...stripAnsi(line)].length > 80)).toEqual([]);
  });
});
