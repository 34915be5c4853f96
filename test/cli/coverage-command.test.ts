import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';

const OFFSHORE = 'fixtures/offshore-summer-winter.yaml';
const fixtures = readdirSync('fixtures').filter((f) => f.endsWith('.yaml')).map((f) => join('fixtures', f));
const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');
const width = (line: string) => [...stripAnsi(line)].length;

describe('contact-audit coverage', () => {
  test('winter and summer weeks of the Manila shift, as text', async () => {
    const winter = await runCli(['coverage', OFFSHORE, '--date', '2026-01-14', '--channel', 'phone']);
    expect(winter.code).toBe(0);
    expect(winter.stdout).toContain('Mo 12 Jan  ············ ····████████ ████████████ ████········\n');
    expect(winter.stdout).toContain('Week: open 60h00, staffed 60h00, gap 0h00, staffed but closed 0h00');
    const summer = await runCli(['coverage', OFFSHORE, '--date', '2026-07-15', '--channel', 'phone']);
    expect(summer.stdout).toContain('Mo 13 Jul  ············ ····████████ ██████████!! ████ss······  ! 1h00 s 1h00\n');
    expect(summer.stdout).toContain('Week: open 60h00, staffed 55h00, gap 5h00, staffed but closed 5h00');
    expect(summer.stdout).toMatch(/Mo 2027-03-29 {2}Paasmaandag[^\n]*:\n {6}! 4h00 open, unstaffed; s 3h00 staffed, closed/);
  });

  test('the legend names every symbol, so the grid reads without colour', async () => {
    const { stdout } = await runCli(['coverage', OFFSHORE, '--date', '2026-03-25']);
    expect(stdout).toContain('█ open, staffed   ! open, nobody staffed   s staffed, closed   · closed');
    expect(stdout).toContain('- no such hour (clocks forward)');
    expect(stdout).toContain('Su 29 Mar* ····--······');
    expect(stdout).toContain('* Su 29 Mar has 23 hours: the clock skips 02:00–03:00 (-)');
    expect(stdout).not.toMatch(/\u001b\[/);
  });

  test('colour on a terminal, same text underneath', async () => {
    const plain = await runCli(['coverage', OFFSHORE, '--date', '2026-07-15']);
    const coloured = await runCli(['coverage', OFFSHORE, '--date', '2026-07-15'], { tty: true });
    expect(coloured.stdout).toMatch(/\u001b\[/);
    expect(stripAnsi(coloured.stdout)).toBe(plain.stdout);
    const off = await runCli(['coverage', OFFSHORE, '--date', '2026-07-15', '--no-color'], { tty: true });
    expect(off.stdout).toBe(plain.stdout);
  });

  test.each(fixtures.flatMap((file) => ['1h', '30m'].flatMap((slot) => ['en', 'nl'].map((lang) => [file, slot, lang]))))(
    '%s --slot %s --lang %s fits in 80 columns',
    async (file, slot, lang) => {
      for (const date of ['2026-03-25', '2026-07-15', '2026-10-21']) {
        const { code, stdout } = await runCli(['coverage', file, '--date', date, '--slot', slot, '--lang', lang], { tty: true });
        expect(code).toBe(0);
        const lines = stdout.split('\n');
        expect(lines.filter((line) => width(line) > 80)).toEqual([]);
        // The grid rows are exactly as wide with either slot: an hour is two columns.
        for (const line of lines.filter((l) => /^[A-Za-z]{2} [ \d]\d [a-zA-Z]{3}/.test(stripAnsi(l)))) {
          expect(stripAnsi(line).slice(11, 62)).toMatch(/^([█!s·-]{12} ){3}[█!s·-]{12}$/);
        }
      }
    },
  );

  test('--slot 30m: the half hour of the gap shows', async () => {
    const { stdout } = await runCli(['coverage', OFFSHORE, '--date', '2026-07-15', '--slot', '30m', '--channel', 'phone']);
    expect(stdout).toContain('Mo 13 Jul  ············ ····████████ ██████████!! ████ss······');
    expect(stdout).toContain('one cell a half hour');
  });

  test('--format json: the grid, documented in the README', async () => {
    const { code, stdout } = await runCli(['coverage', OFFSHORE, '--date', '2026-07-15', '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ file: OFFSHORE, reference_date: '2026-07-15', organisation: 'Verzekeringen Zuid', timezone: 'Europe/Brussels', week_start: '2026-07-13', week_end: '2026-07-19', slot_minutes: 60 });
    const phone = json.channels.find((c: { channel: string }) => c.channel === 'phone');
    expect(phone.days).toHaveLength(7);
    expect(phone.days[0].cells).toHaveLength(24);
    expect(phone.days[0].cells[17]).toEqual({ from: '17:00', to: '18:00', state: 'gap', minutes: { open_staffed: 0, gap: 60, staffed_closed: 0, closed: 0 } });
    expect(phone.days[0].totals).toEqual({ open_staffed: 660, gap: 60, staffed_closed: 60, closed: 660 });
    expect(phone.totals).toEqual({ published_minutes: 3600, staffed_minutes: 3300, unstaffed_minutes: 300, staffed_closed_minutes: 300 });
    expect(phone.holidays[0]).toEqual({ date: '2026-07-21', weekday: 'Tu', name: expect.any(String), unstaffed_minutes: 240, staffed_closed_minutes: 180 });
  });

  test('the grid agrees with the hours-unstaffed finding of `check`', async () => {
    for (const file of fixtures) {
      const check = JSON.parse((await runCli(['check', file, '--format', 'json', '--date', '2026-07-15'])).stdout);
      const grid = JSON.parse((await runCli(['coverage', file, '--format', 'json', '--date', '2026-07-15'])).stdout);
      for (const finding of check.files[0].findings.filter((f: { rule: string }) => f.rule === 'hours-unstaffed')) {
        const channel = grid.channels.find((c: { channel: string }) => c.channel === finding.subject);
        const gap = channel.days.reduce((s: number, d: { totals: { gap: number } }) => s + d.totals.gap, 0);
        expect(gap).toBe(finding.data.unstaffed_minutes_per_week);
      }
    }
  });

  test('bad input ends with exit 2 and says why', async () => {
    expect((await runCli(['coverage', OFFSHORE, '--date', '2026-13-01'])).code).toBe(2);
    const slot = await runCli(['coverage', OFFSHORE, '--slot', '15m']);
    expect(slot.code).toBe(2);
    expect(slot.stderr).toMatch(/--slot takes 1h/);
    const channel = await runCli(['coverage', OFFSHORE, '--channel', 'fax']);
    expect(channel.code).toBe(2);
    expect(channel.stderr).toMatch(/no such channel \(channels: phone, chat, email\)/);
    const invalid = await runCli(['coverage', 'test/cli/bad-organisation.yaml']);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/^test\/cli\/bad-organisation\.yaml:\d+:\d+ {2}/m);
    const missing = await runCli(['coverage', 'fixtures/nope.yaml']);
    expect(missing.code).toBe(2);
  });
});

describe('coverage text headings stay on one line', () => {
  test('the holiday heading is not wrapped, in either language', async () => {
    const en = await runCli(['coverage', 'fixtures/telecom-night-phone.yaml', '--date', '2026-10-21']);
    expect(en.stdout).toContain('\nPublic holidays in the coming year where published and staffed hours disagree:\n  ');
    const nl = await runCli(['coverage', 'fixtures/telecom-night-phone.yaml', '--date', '2026-10-21', '--lang', 'nl']);
    expect(nl.stdout).toContain('\nFeestdagen in het komende jaar waarop gepubliceerd en bemand verschillen:\n  ');
  });
});
