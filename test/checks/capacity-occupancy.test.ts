import { describe, expect, test } from 'vitest';
import { runRule } from '../helpers/rule-tester.js';

const org = (channels: string, teams = '') => `version: 1
organisation: { name: Test }
channels:
${channels}
${teams ? `teams:\n${teams}` : ''}`;

const phone = (perHour: number) => `  - { id: phone, type: phone, peak: { contacts_per_hour: ${perHour}, handle_time: 3m } }`;

describe('capacity-occupancy (occupancy-too-high)', () => {
  test('occupancy at the cap passes, above it fails', async () => {
    // 170 an hour × 3 min = 8,5 Erlangs on 10 agents: 85 % exactly.
    const atCap = await runRule('occupancy-too-high', org(phone(170), `  - { id: t, agents: 10, channels: [phone] }`));
    expect(atCap.outcomes[0]).toMatchObject({ status: 'pass', data: { occupancy: 0.85 } });
    const above = await runRule('occupancy-too-high', org(phone(172), `  - { id: t, agents: 10, channels: [phone] }`));
    expect(above.outcomes[0].status).toBe('fail');
    expect(above.findings[0].data.occupancy as number).toBeCloseTo(0.86, 9);
    expect(above.findings[0].message).toBe("At peak (172 contacts an hour) phone's agents would be busy 86% of the time (8.6 Erlangs of work for 10 places at the queue), above the cap of 85%.");
    expect(above.findings[0].path).toBe('channels[0].peak');
  });

  test('fewer whole agents than Erlangs: occupancy 100 %', async () => {
    const run = await runRule('occupancy-too-high', org(phone(200), `  - { id: t, agents: 0.8, channels: [phone] }`));
    expect(run.outcomes[0]).toMatchObject({ status: 'fail', data: { occupancy: 1, servers: 0 } });
  });

  test('webchat concurrency lowers occupancy per server', async () => {
    const run = await runRule('occupancy-too-high', org(
      `  - { id: chat, type: webchat, concurrency: 2, peak: { contacts_per_hour: 200, handle_time: 3m } }`,
      `  - { id: t, agents: 6, channels: [chat] }`,
    ));
    expect(run.outcomes[0]).toMatchObject({ status: 'pass', data: { servers: 12 } });
  });

  test('zero demand is no load', async () => {
    const run = await runRule('occupancy-too-high', org(phone(0), `  - { id: t, agents: 2, channels: [phone] }`));
    expect(run.outcomes[0]).toMatchObject({ status: 'pass', data: { occupancy: 0 } });
  });

  test('not applicable without a team or without a peak; never unknown', async () => {
    const run = await runRule('occupancy-too-high', org(`${phone(100)}
  - { id: chat, type: webchat }
  - { id: mail, type: email, peak: { contacts_per_hour: 10, handle_time: 5m } }`, `  - { id: t, agents: 2, channels: [chat, mail] }`));
    expect(run.outcomes).toEqual([]);
  });
});
