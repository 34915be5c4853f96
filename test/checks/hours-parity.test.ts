import { describe, expect, test } from 'vitest';
import { runRule } from '../helpers/rule-tester.js';

const org = (channels: string, teams = '') => `version: 1
organisation: { name: Test, country: BE }
channels:
${channels}
${teams ? `teams:\n${teams}` : ''}`;

describe('hours-parity (written-hours-parity)', () => {
  test('the reference is the longest-open inbound voice channel', async () => {
    const run = await runRule('written-hours-parity', org(`
  - { id: short, type: phone, hours: "Mo-Fr 09:00-12:00" }
  - { id: long, type: phone, label: Hoofdlijn, hours: "Mo-Fr 08:00-20:00" }
  - { id: ghost, type: phone, inbound: false, redirect: "Bel de hoofdlijn", hours: "24/7" }
  - { id: mail, type: email, staffed: "Mo-Fr 09:00-17:00" }`));
    // 40 h against 60 h: 66,7 %, passes 50 %.
    expect(run.outcomes).toEqual([expect.objectContaining({ subject: 'mail', status: 'pass' })]);
    expect(run.outcomes[0].status === 'pass' && run.outcomes[0].data).toMatchObject({ reference_channel: 'long', reference_minutes_per_week: 3600, staffed_minutes_per_week: 2400 });
  });

  test('exactly half passes, a minute less fails, and the message names both hours', async () => {
    const run = await runRule('written-hours-parity', org(`
  - { id: phone, type: phone, label: Klantendienst, hours: "Mo-Fr 08:00-16:00" }
  - { id: a, type: email, staffed: "Mo-Fr 08:00-12:00" }
  - { id: b, type: email, staffed: "Mo-Fr 08:00-11:59" }`));
    expect(run.outcomes.map((o) => [o.subject, o.status])).toEqual([['a', 'pass'], ['b', 'fail']]);
    expect(run.findings[0].message).toBe('b is staffed 19 h 55 min a week, 49.8% of the 40 h that Klantendienst is open; the minimum is 50%.');
    expect(run.findings[0].path).toBe('channels[2].staffed');
  });

  test('staffed time from the team, intersected with published hours', async () => {
    const run = await runRule('written-hours-parity', org(`
  - { id: phone, type: phone, hours: "24/7" }
  - { id: chat, type: webchat, visibility: scheduled, hours: "Mo-Fr 09:00-17:00" }`, `
  - { id: t, agents: 4, channels: [chat], hours: "Mo-Su 00:00-24:00" }`));
    // The team works around the clock, but the chat is only open 40 h: 23,8 % of 168 h.
    expect(run.outcomes[0]).toMatchObject({ subject: 'chat', status: 'fail' });
  });

  test('not applicable without a voice channel with hours; unknown without staffed time', async () => {
    expect((await runRule('written-hours-parity', org(`
  - { id: phone, type: phone }
  - { id: mail, type: email, staffed: "Mo-Fr 09:00-17:00" }`))).outcomes).toEqual([]);
    const run = await runRule('written-hours-parity', org(`
  - { id: phone, type: phone, hours: "Mo-Fr 09:00-17:00" }
  - { id: mail, type: email }
  - { id: fb, type: facebook, inbound: false, redirect: "Mail ons" }`));
    expect(run.outcomes).toEqual([expect.objectContaining({ subject: 'mail', status: 'unknown', missing: 'staffed' })]);
  });
});
