import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { hoursParity } from '../../src/checks/hours-parity.js';
import { hoursStaffed } from '../../src/checks/hours-staffed.js';
import { buildCoverageGrid, type ChannelGrid, type CoverageGrid } from '../../src/coverage/build-coverage-grid.js';
import { createCheckContext } from '../../src/engine/audit-organisation.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import type { Organisation } from '../../src/model/organisation.js';
import { computeCoverage } from '../../src/time/compute-coverage.js';
import { loadHoursLibrary } from '../../src/time/hours-library.js';
import { makeOrg } from '../time/make-org.js';

async function load(file: string): Promise<Organisation> {
  const loaded = await loadOrganisation(readFileSync(file, 'utf8'), file);
  expect(loaded.errors).toEqual([]);
  return loaded.org!;
}

function gridOf(org: Organisation, date: string, slotMinutes: 30 | 60 = 60): CoverageGrid {
  return buildCoverageGrid(org, computeCoverage(org, date), { slotMinutes });
}

function channel(grid: CoverageGrid, id: string): ChannelGrid {
  return grid.channels.find((c) => c.channel === id)!;
}

/** A day's cells as one character each: █ staffed-open, ! gap, s staffed-closed, · closed, - missing. */
function row(c: ChannelGrid, dayIndex: number): string {
  const symbol = { 'open-staffed': '█', gap: '!', 'staffed-closed': 's', closed: '·', missing: '-' } as const;
  return c.days![dayIndex].cells.map((cell) => symbol[cell.state]).join('');
}

function sum(c: ChannelGrid, key: 'gap' | 'open_staffed' | 'staffed_closed' | 'closed'): number {
  return c.days!.reduce((total, day) => total + day.cells.reduce((s, cell) => s + cell.minutes[key], 0), 0);
}

beforeAll(async () => {
  await loadHoursLibrary();
});

describe('an offshore team in Manila staffing a Brussels phone (fixtures/offshore-summer-winter.yaml)', () => {
  let org: Organisation;
  beforeAll(async () => {
    org = await load('fixtures/offshore-summer-winter.yaml');
  });

  test('winter week: Manila 00:00–03:00 is Brussels 17:00–20:00, the phone is covered to closing', () => {
    const phone = channel(gridOf(org, '2026-01-14'), 'phone');
    expect(phone.days!.map((d) => d.date)).toEqual(['2026-01-12', '2026-01-13', '2026-01-14', '2026-01-15', '2026-01-16', '2026-01-17', '2026-01-18']);
    //                   00    03    06    09    12    15    18    21
    expect(row(phone, 0)).toBe('········████████████····');
    expect(row(phone, 4)).toBe('········████████████····');
    expect(row(phone, 5)).toBe('·'.repeat(24));
    expect(phone.totals).toEqual({ published_minutes: 3600, staffed_minutes: 3600, unstaffed_minutes: 0, staffed_closed_minutes: 0 });
  });

  test('summer week: the same shift is Brussels 18:00–21:00, a gap at 17:00 and staff after closing', () => {
    const phone = channel(gridOf(org, '2026-07-15'), 'phone');
    expect(row(phone, 0)).toBe('········█████████!██s···');
    expect(row(phone, 4)).toBe('········█████████!██s···');
    expect(phone.days![0].cells[17]).toMatchObject({ from: '17:00', to: '18:00', state: 'gap', minutes: { gap: 60, open_staffed: 0, staffed_closed: 0, closed: 0 } });
    expect(phone.days![0].cells[20]).toMatchObject({ from: '20:00', to: '21:00', state: 'staffed-closed' });
    expect(phone.totals).toEqual({ published_minutes: 3600, staffed_minutes: 3300, unstaffed_minutes: 300, staffed_closed_minutes: 300 });
    expect(sum(phone, 'gap')).toBe(300);
    expect(sum(phone, 'staffed_closed')).toBe(300);
  });

  test('half-hour slots: 48 cells a day, the gap is two of them', () => {
    const phone = channel(gridOf(org, '2026-07-15', 30), 'phone');
    expect(phone.days![0].cells).toHaveLength(48);
    expect(phone.days![0].cells.filter((c) => c.state === 'gap').map((c) => c.from)).toEqual(['17:00', '17:30']);
  });

  test('the spring-forward Sunday has 23 hours: the 02:00 cell holds no time', () => {
    const phone = channel(gridOf(org, '2026-03-25'), 'phone');
    const sunday = phone.days![6];
    expect(sunday).toMatchObject({ date: '2026-03-29', weekday: 'Su', minutes: 1380 });
    expect(sunday.cells[2]).toMatchObject({ from: '02:00', to: '03:00', state: 'missing', minutes: { open_staffed: 0, gap: 0, staffed_closed: 0, closed: 0 } });
    expect(row(phone, 6)).toBe('··-' + '·'.repeat(21));
    expect(sunday.cells.reduce((s, c) => s + c.minutes.closed, 0)).toBe(1380);
  });

  test('the fall-back Sunday has 25 hours: the 02:00 cell holds both 02:00s', () => {
    const hourly = channel(gridOf(org, '2026-10-21'), 'phone').days![6];
    expect(hourly).toMatchObject({ date: '2026-10-25', minutes: 1500 });
    expect(hourly.cells[2].minutes.closed).toBe(120);
    const halves = channel(gridOf(org, '2026-10-21', 30), 'phone').days![6];
    expect(halves.cells[4].minutes.closed).toBe(60);
    expect(halves.cells[5].minutes.closed).toBe(60);
  });

  test('the gap appears in the first summer week, not in the last winter one', () => {
    expect(channel(gridOf(org, '2026-03-25'), 'phone').totals.unstaffed_minutes).toBe(0);
    expect(channel(gridOf(org, '2026-04-01'), 'phone').totals.unstaffed_minutes).toBe(300);
    // Easter Monday's week: holiday hours 10:00–14:00 unstaffed, then Tuesday to Friday 17:00–18:00.
    const easter = channel(gridOf(org, '2026-04-08'), 'phone');
    expect(row(easter, 0)).toBe('··········!!!!····sss···'); // Manila works on Belgian holidays
    expect(easter.totals.unstaffed_minutes).toBe(480);
  });

  test('holidays where published and staffed hours disagree, either way, by date and name', () => {
    const phone = channel(gridOf(org, '2026-01-14'), 'phone');
    const easter = phone.holidays!.find((h) => h.date === '2026-04-06')!;
    // Open 10:00–14:00 on holidays with the Brussels team off; Manila works its Tuesday 00:00–03:00.
    expect(easter).toEqual({ date: '2026-04-06', weekday: 'Mo', name: expect.stringMatching(/Paasmaandag/), unstaffed_minutes: 240, staffed_closed_minutes: 180 });
    expect(phone.holidays!.find((h) => h.date === '2026-08-15')).toMatchObject({ weekday: 'Sa', unstaffed_minutes: 240, staffed_closed_minutes: 0 });
    // The chat is closed on holidays and so is its team: they agree.
    expect(channel(gridOf(org, '2026-01-14'), 'chat').holidays).toEqual([]);
  });
});

describe('a cell partly in several states shows the worst', () => {
  const at = (hours: string, staffed: string) => {
    const org = makeOrg({}, [{ id: 'phone', hours, staffed }]);
    return channel(gridOf(org, '2026-01-12'), 'phone').days![0].cells[8];
  };

  test('half closed, half open without staff: gap', () => {
    expect(at('Mo 08:30-17:00', 'Mo 09:00-17:00')).toMatchObject({ state: 'gap', minutes: { closed: 30, gap: 30 } });
  });

  test('half staffed while closed, half open and staffed: staffed-closed', () => {
    expect(at('Mo 08:30-17:00', 'Mo 08:00-17:00')).toMatchObject({ state: 'staffed-closed', minutes: { staffed_closed: 30, open_staffed: 30 } });
  });

  test('half closed, half open and staffed: open-staffed', () => {
    expect(at('Mo 08:30-17:00', 'Mo 08:30-17:00')).toMatchObject({ state: 'open-staffed', minutes: { closed: 30, open_staffed: 30 } });
  });
});

describe('channels the grid cannot draw say why', () => {
  test('no hours, and hours without any staffing', () => {
    const org = makeOrg({}, [{ id: 'mail', type: 'email' }, { id: 'phone', hours: 'Mo-Fr 09:00-17:00' }]);
    const grid = gridOf(org, '2026-01-12');
    expect(channel(grid, 'mail')).toMatchObject({ days: null, reason: 'no-hours' });
    expect(channel(grid, 'phone')).toMatchObject({ days: null, reason: 'staffing-unknown' });
  });
});

describe('the grid and the findings read the same coverage', () => {
  const files = readdirSync('fixtures').filter((f) => f.endsWith('.yaml')).map((f) => join('fixtures', f));

  test.each(files.flatMap((file) => ['2026-01-14', '2026-06-15'].map((date) => [file, date])))('%s, week of %s', async (file, date) => {
    const org = await load(file);
    const ctx = await createCheckContext(org, date);
    const grid = buildCoverageGrid(org, ctx.coverage(), { slotMinutes: 60 });
    let compared = 0;
    for (const outcome of hoursStaffed.evaluate(ctx, { max_unstaffed_minutes_per_week: 0 }, undefined)) {
      if (outcome.status === 'unknown') continue;
      const c = channel(grid, outcome.subject!);
      expect(sum(c, 'gap')).toBe(outcome.data!.unstaffed_minutes_per_week);
      expect(c.totals.unstaffed_minutes).toBe(outcome.data!.unstaffed_minutes_per_week);
      const holidays = (outcome.data!.holidays as Array<{ date: string; unstaffed_minutes: number }>);
      expect(holidays).toEqual(c.holidays!.filter((h) => h.unstaffed_minutes > 0).map(({ date, name, unstaffed_minutes }) => ({ date, name, unstaffed_minutes })));
      compared += 1;
    }
    for (const outcome of hoursParity.evaluate(ctx, { min_ratio: 0.5 }, { families: ['written'], inbound: true })) {
      if (outcome.status === 'unknown') continue;
      const c = channel(grid, outcome.subject!);
      if (c.days) expect(sum(c, 'open_staffed')).toBe(outcome.data!.staffed_minutes_per_week);
      compared += 1;
    }
    if (!file.includes('bank')) expect(compared).toBeGreaterThan(0);
  });
});
