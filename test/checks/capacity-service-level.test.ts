import { describe, expect, test } from 'vitest';
import { runRule } from '../helpers/rule-tester.js';

const org = (channels: string, teams = '') => `version: 1
organisation: { name: Test }
channels:
${channels}
${teams ? `teams:\n${teams}` : ''}`;

// Call Centre Helper's example: 200 contacts an hour, 180 s, 80 % within 20 s → A = 10.
const phone = `  - { id: phone, type: phone, target: { answered: 80%, within: 20s }, peak: { contacts_per_hour: 200, handle_time: 3m } }`;

describe('capacity-service-level (capacity-shortfall)', () => {
  test('14 agents pass with the published figures', async () => {
    const run = await runRule('capacity-shortfall', org(phone, `  - { id: t, agents: 14, channels: [phone] }`));
    expect(run.outcomes[0].status).toBe('pass');
    const data = run.outcomes[0].status === 'pass' ? run.outcomes[0].data! : {};
    expect(data.service_level as number).toBeCloseTo(0.88835002, 6);
    expect(data.asa_seconds as number).toBeCloseTo(7.835937, 5);
    expect(data).toMatchObject({ servers: 14, traffic: 10, agents_needed: 14 });
  });

  test('13 agents fail: 79,6 % against 80 %, 14 needed, all figures in data', async () => {
    const run = await runRule('capacity-shortfall', org(phone, `  - { id: t, agents: 13, channels: [phone] }`));
    expect(run.findings).toHaveLength(1);
    const [finding] = run.findings;
    expect(finding.message).toBe('At peak (200 contacts an hour) Erlang C predicts that phone answers 79.6% within 20 s, against a target of 80%; that takes 14 agents at the queue, and 13 are available.');
    expect(finding.data.service_level as number).toBeCloseTo(0.79559479, 6);
    expect(finding.data).toMatchObject({ agents_needed: 14, agents_available: 13, servers: 13, traffic: 10, teams: ['t'] });
    expect(finding.data.occupancy as number).toBeCloseTo(10 / 13, 9);
    expect(finding.path).toBe('channels[0].target');
  });

  test('binary noise does not cost an agent: 90 × 0,7 counts as 63', async () => {
    expect(90 * (1 - 0.3)).toBeLessThan(63);
    const run = await runRule('capacity-shortfall', org(
      `  - { id: phone, type: phone, target: { answered: 80%, within: 20s }, peak: { contacts_per_hour: 1200, handle_time: 150s } }`,
      `  - { id: t, agents: 90, shrinkage: 30%, channels: [phone] }`,
    ));
    const data = run.outcomes[0].status === 'unknown' ? {} : run.outcomes[0].data!;
    expect(data.servers).toBe(63);
  });

  test('shrinkage and allocation net the agents, over several teams, whatever their hours', async () => {
    const run = await runRule('capacity-shortfall', org(
      `${phone}
  - { id: mail, type: email }`,
      `  - { id: a, agents: 10, shrinkage: 20%, channels: [phone, mail], allocation: { mail: 25% }, hours: "Mo-Fr 09:00-12:00" }
  - { id: b, agents: 4.5, channels: [phone, mail] }`,
    ));
    // a: 10 × 0,8 × 0,75 = 6; b: 4,5 × 1 × 0,5 = 2,25 → 8,25 → 8 whole agents.
    expect(run.findings[0].data).toMatchObject({ agents_available: 8, servers: 8, service_level: 0, asa_seconds: null });
    expect(run.findings[0].data.asa_note).toMatch(/never empties/);
    expect(JSON.stringify(run.findings[0].data)).not.toMatch(/Infinity|NaN/);
  });

  test('a chat counts concurrency as servers; agents needed is servers ÷ concurrency, rounded up', async () => {
    const run = await runRule('capacity-shortfall', org(
      `  - { id: chat, type: webchat, concurrency: 3, target: { answered: 80%, within: 20s }, peak: { contacts_per_hour: 200, handle_time: 3m } }`,
      `  - { id: t, agents: 4, channels: [chat] }`,
    ));
    // 12 servers for 10 Erlangs (64 %); 14 servers are needed → 5 agents (15 servers).
    expect(run.findings[0].data).toMatchObject({ servers: 12, agents_available: 4, agents_needed: 5 });
  });

  test('no team at all: nothing answered, every agent still needed', async () => {
    const run = await runRule('capacity-shortfall', org(phone));
    expect(run.findings[0].data).toMatchObject({ service_level: 0, servers: 0, agents_available: 0, agents_needed: 14, occupancy: 1 });
  });

  test('zero demand passes with nobody', async () => {
    const run = await runRule('capacity-shortfall', org(
      `  - { id: phone, type: phone, target: { answered: 80%, within: 20s }, peak: { contacts_per_hour: 0, handle_time: 3m } }`,
    ));
    expect(run.outcomes[0]).toMatchObject({ status: 'pass', data: { service_level: 1, agents_needed: 0, occupancy: 0 } });
  });

  test('a 0 % target is met even by no agents (the limit is met when equal)', async () => {
    const run = await runRule('capacity-shortfall', org(
      `  - { id: phone, type: phone, target: { answered: 0%, within: 20s }, peak: { contacts_per_hour: 200, handle_time: 3m } }`,
    ));
    expect(run.outcomes[0].status).toBe('pass');
  });

  test('scales to a large contact centre', async () => {
    const run = await runRule('capacity-shortfall', org(
      `  - { id: phone, type: phone, target: { answered: 80%, within: 20s }, peak: { contacts_per_hour: 120000, handle_time: 5m } }`,
      `  - { id: t, agents: 10000, channels: [phone] }`,
    ));
    const data = run.outcomes[0].status === 'unknown' ? {} : run.outcomes[0].data!;
    expect(data.traffic).toBe(10000);
    expect(data.servers).toBe(10000);
    expect(data.service_level).toBe(0);
    expect(data.agents_needed as number).toBeGreaterThan(10000);
    expect(data.agents_needed as number).toBeLessThan(10200);
  });

  test('unknown without peak; not applicable without target, for presence-only or other types', async () => {
    const run = await runRule('capacity-shortfall', org(`
  - { id: a, type: phone, target: { answered: 80%, within: 20s } }
  - { id: b, type: phone, peak: { contacts_per_hour: 10, handle_time: 3m } }
  - { id: c, type: phone, inbound: false, redirect: "Mail ons", target: { answered: 80%, within: 20s } }
  - { id: d, type: email, target: { answered: 80%, within: 1h }, peak: { contacts_per_hour: 10, handle_time: 3m } }`));
    expect(run.outcomes).toEqual([expect.objectContaining({ subject: 'a', status: 'unknown', missing: 'peak', path: ['channels', 0, 'peak'] })]);
  });
});
