import { describe, expect, test } from 'vitest';
import { runRule } from '../helpers/rule-tester.js';
import { formatSlot, formatWorstSlots } from '../../src/checks/hours-staffed.js';
import type { LocalSlot } from '../../src/model/coverage.js';

const slot = (weekday: LocalSlot['weekday'], from: string, to: string, minutes: number): LocalSlot => ({ date: '2026-06-15', weekday, from, to, minutes });

describe('formatSlot', () => {
  test('a slot within a day', () => {
    expect(formatSlot(slot('Mo', '17:00', '20:00', 180))).toBe('Mo 17:00–20:00');
    expect(formatSlot(slot('Sa', '13:00', '24:00', 660))).toBe('Sa 13:00–24:00');
  });
  test('a slot into the next morning or over the weekend names the day it ends', () => {
    expect(formatSlot(slot('Mo', '17:00', '09:00', 960))).toBe('Mo 17:00–Tu 09:00');
    expect(formatSlot(slot('Fr', '17:00', '09:00', 3840))).toBe('Fr 17:00–Mo 09:00');
    expect(formatSlot(slot('Su', '22:00', '06:00', 480))).toBe('Su 22:00–Mo 06:00');
  });
  test('a slot that ends at midnight ends at 24:00 of the day before', () => {
    expect(formatSlot(slot('Fr', '17:00', '00:00', 3300))).toBe('Fr 17:00–Su 24:00');
    expect(formatSlot(slot('Mo', '20:00', '00:00', 240))).toBe('Mo 20:00–24:00');
  });
  test('a DST hour inside the slot does not shift the day', () => {
    // 29 March 2026, Brussels: 01:00 to 04:00 wall clock is two real hours.
    expect(formatSlot(slot('Su', '01:00', '04:00', 120))).toBe('Su 01:00–04:00');
  });
  test('three slots at most, then an ellipsis', () => {
    const four = [slot('Mo', '17:00', '20:00', 180), slot('Tu', '17:00', '20:00', 180), slot('We', '17:00', '20:00', 180), slot('Th', '17:00', '19:00', 120)];
    expect(formatWorstSlots(four)).toBe('Mo 17:00–20:00, Tu 17:00–20:00, We 17:00–20:00, …');
    expect(formatWorstSlots(four.slice(0, 2))).toBe('Mo 17:00–20:00, Tu 17:00–20:00');
  });
});

const belgian = (channels: string, teams = '') => `version: 1
organisation: { name: Test, country: BE }
channels:
${channels}
${teams ? `teams:\n${teams}` : ''}`;

describe('hours-staffed (hours-unstaffed)', () => {
  test('the gap, its worst slots and the data contract', async () => {
    const run = await runRule('hours-unstaffed', belgian(`
  - { id: phone, type: phone, hours: "Mo-Fr 08:00-20:00; PH off" }`, `
  - { id: t, agents: 5, channels: [phone], hours: "Mo-Fr 08:00-18:00; PH off" }`));
    expect(run.outcomes).toHaveLength(1);
    const [finding] = run.findings;
    expect(finding.message).toBe('phone is published open for 10 h a week when nobody handles it (longest gaps: Mo 18:00–20:00, Tu 18:00–20:00, We 18:00–20:00, …; the limit is 0 min).');
    expect(finding.path).toBe('channels[0].hours');
    expect(finding.data).toMatchObject({ unstaffed_minutes_per_week: 600, holidays: [] });
    expect((finding.data.worst_slots as unknown[]).length).toBe(3);
  });

  test('a gap up to the limit passes, one minute more fails', async () => {
    const yaml = belgian(`
  - { id: chat, type: webchat, hours: "Mo-Fr 09:00-17:00; PH off", staffed: "Mo-Fr 09:00-16:30; PH off" }`);
    expect((await runRule('hours-unstaffed', yaml, { options: { max_unstaffed_minutes_per_week: 150 } })).outcomes[0].status).toBe('pass');
    expect((await runRule('hours-unstaffed', yaml, { options: { max_unstaffed_minutes_per_week: 149 } })).outcomes[0].status).toBe('fail');
  });

  test('holidays fail even within the weekly limit, with dates and names', async () => {
    const run = await runRule(
      'hours-unstaffed',
      belgian(`
  - { id: phone, type: phone, hours: "Mo-Fr 09:00-17:00" }`, `
  - { id: t, agents: 5, channels: [phone], hours: "Mo-Fr 09:00-17:00; PH off" }`),
      { date: '2026-06-15' },
    );
    expect(run.outcomes[0]).toMatchObject({ status: 'fail', messageId: 'holidays' });
    const holidays = run.findings[0].data.holidays as Array<{ date: string; name: string; unstaffed_minutes: number }>;
    // 21 July, 11 November and Christmas 2026 fall on weekdays; so do New Year, Easter Monday,
    // Ascension and Whit Monday 2027.
    expect(holidays.map((h) => h.date)).toContain('2026-12-25');
    expect(holidays.every((h) => h.unstaffed_minutes === 480 && h.name.length > 0)).toBe(true);
    expect(run.findings[0].message).toMatch(/\(\d+ in all, among them .+ \(2026-07-21\), .+ and .+\)\.$/);
  });

  test('a week gap and holiday gaps together get the combined message', async () => {
    const run = await runRule('hours-unstaffed', belgian(`
  - { id: phone, type: phone, hours: "Mo-Fr 09:00-18:00" }`, `
  - { id: t, agents: 5, channels: [phone], hours: "Mo-Fr 09:00-17:00; PH off" }`));
    expect(run.outcomes[0]).toMatchObject({ status: 'fail', messageId: 'week-and-holidays' });
    expect(run.findings[0].message).toMatch(/5 h a week .* public holidays/);
  });

  test('a team without hours covers the published hours: no gap', async () => {
    const run = await runRule('hours-unstaffed', belgian(`
  - { id: phone, type: phone, hours: "24/7" }`, `
  - { id: t, agents: 5, channels: [phone] }`));
    expect(run.outcomes[0].status).toBe('pass');
  });

  test('unknown: no hours, or nobody named to staff it; presence-only channels are skipped', async () => {
    const run = await runRule('hours-unstaffed', belgian(`
  - { id: a, type: email }
  - { id: b, type: email, hours: "Mo-Fr 09:00-17:00" }
  - { id: c, type: x, inbound: false, redirect: "Mail ons", hours: "Mo-Fr 09:00-17:00" }`));
    expect(run.outcomes).toEqual([
      expect.objectContaining({ subject: 'a', status: 'unknown', missing: 'hours', path: ['channels', 0, 'hours'] }),
      expect.objectContaining({ subject: 'b', status: 'unknown', missing: 'staffed', path: ['channels', 1, 'staffed'] }),
    ]);
  });

  test('Dutch message', async () => {
    const run = await runRule('hours-unstaffed', belgian(`
  - { id: phone, type: phone, hours: "Mo-Fr 08:00-20:00; PH off", staffed: "Mo-Fr 08:00-17:00; PH off" }`), { lang: 'nl' });
    expect(run.findings[0].message).toMatch(/^phone staat 15 u per week open zonder dat iemand het behandelt \(langste gaten: Mo 17:00–20:00/);
  });
});
