import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { computeAgentsAvailable, computeChannelCapacity } from '../../src/capacity/channel-capacity.js';
import { computeAgentsNeeded, predictQueue } from '../../src/capacity/erlang-c.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import type { Organisation } from '../../src/model/organisation.js';
import { parseWhatIf, type WhatIf } from '../../src/staffing/parse-what-if.js';
import { chooseAgentCounts, computeGross, planStaffing, type ChannelStaffing } from '../../src/staffing/plan-staffing.js';
import { makeOrg } from '../time/make-org.js';

async function load(file: string): Promise<Organisation> {
  const loaded = await loadOrganisation(readFileSync(file, 'utf8'), file);
  expect(loaded.errors).toEqual([]);
  return loaded.org!;
}

function whatIf(written: Parameters<typeof parseWhatIf>[0], teams: string[] = ['utrecht', 'paramaribo']): WhatIf {
  const parsed = parseWhatIf(written, teams);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.value;
}

function channelOf(org: Organisation, w: WhatIf, id: string): ChannelStaffing {
  const channel = planStaffing(org, w, { channel: id }).channels[0];
  expect(channel).toBeDefined();
  return channel;
}

/** Every number in the plan is finite: no NaN or Infinity hides behind JSON's null. */
function expectAllFinite(value: unknown): void {
  if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
  else if (Array.isArray(value)) value.forEach(expectAllFinite);
  else if (value && typeof value === 'object') Object.values(value).forEach(expectAllFinite);
}

const retailer = await load('fixtures/retailer-offshore.yaml');

describe('planStaffing on the retailer (fixtures/retailer-offshore.yaml)', () => {
  const phone = channelOf(retailer, {}, 'phone');

  test('the phone: 10 Erlangs, 11 agents at the queue now, 14 needed for 80/20 (the published example)', () => {
    expect(phone.traffic).toBe(10);
    expect(phone.agent_share).toBeCloseTo(18 * 0.7 * 0.6 + 10 * 0.75 * 0.5, 12);
    expect(phone.agents_current).toBe(11);
    expect(phone.agents_needed).toBe(14);
    expect(phone.current.service_level).toBeCloseTo(predictQueue({ traffic: 10, servers: 11, handleTime: 180, targetSeconds: 20 }).service_level, 15);
  });

  test('agrees with the capacity the audit rules read', () => {
    const capacity = computeChannelCapacity(retailer, retailer.channels.find((c) => c.id === 'phone')!)!;
    expect(phone.agents_current).toBe(capacity.agents_available);
    expect(phone.agents_needed).toBe(capacity.agents_needed);
    expect(phone.current.probability_of_waiting).toBe(capacity.prediction.probability_of_waiting);
  });

  test('rows run around the current and the needed staffing, marked, with the published levels', () => {
    expect(phone.rows.map((r) => r.agents)).toEqual([9, 10, 11, 12, 13, 14, 15, 16, 17]);
    expect(phone.rows.filter((r) => r.is_current).map((r) => r.agents)).toEqual([11]);
    expect(phone.rows.filter((r) => r.is_needed).map((r) => r.agents)).toEqual([14]);
    const level = (n: number) => phone.rows.find((r) => r.agents === n)!.service_level;
    // Call Centre Helper (notes.md): 11/12/13/14/15 servers.
    expect(level(11)).toBeCloseTo(0.38961381, 7);
    expect(level(13)).toBeCloseTo(0.79559479, 7);
    expect(level(14)).toBeCloseTo(0.88835002, 7);
    expect(level(15)).toBeCloseTo(0.94145284, 7);
  });

  test('rows where the queue never empties have no ASA but a note, and nothing is NaN or Infinity', () => {
    const below = phone.rows.filter((r) => r.servers <= phone.traffic);
    expect(below.map((r) => r.agents)).toEqual([9, 10]);
    for (const row of below) expect(row).toMatchObject({ asa_seconds: null, service_level: 0, occupancy: 1, probability_of_waiting: 1 });
    expect(phone.notes).toContain('never-empties');
    expectAllFinite(planStaffing(retailer, {}));
  });

  test('gross: headcount in the teams\' mix, so that scaling the teams to it gives the net agents', () => {
    const f = (18 * 0.7 * 0.6 + 10 * 0.75 * 0.5) / 28;
    expect(phone.gross.factor).toBeCloseTo(f, 12);
    expect(phone.gross.headcount_current).toBe(28);
    expect(phone.gross.agents_needed).toBe(Math.ceil(14 / f));
    // One fewer is not enough, by the rule that counts the current agents.
    const scale = (headcount: number) => computeAgentsAvailable((phone.agent_share * headcount) / 28);
    expect(scale(phone.gross.agents_needed!)).toBeGreaterThanOrEqual(14);
    expect(scale(phone.gross.agents_needed! - 1)).toBeLessThan(14);
  });

  test('gross for one team is net ÷ (1 − shrinkage) ÷ allocation', () => {
    const team = { id: 't', agents: 10, shrinkage: 0.25, channels: ['phone', 'mail'], allocation: { phone: 0.5 }, index: 0 };
    const gross = computeGross([team], 'phone', 9);
    expect(gross.factor).toBeCloseTo(0.375, 15);
    expect(gross.agents_needed).toBe(24);
  });

  test('webchat: servers are agents × concurrency, and agents needed is servers needed ÷ 3 rounded up', () => {
    const chat = channelOf(retailer, {}, 'chat');
    expect(chat.concurrency).toBe(3);
    expect(chat.notes).toContain('concurrency');
    for (const row of chat.rows) expect(row.servers).toBe(row.agents * 3);
    const servers = computeAgentsNeeded({ traffic: chat.traffic, handleTime: 360, targetSeconds: 30, targetAnswered: 0.8, concurrency: 1 })!;
    expect(chat.agents_needed).toBe(Math.ceil(servers / 3));
    expect(chat.servers_needed).toBe(chat.agents_needed! * 3);
  });

  test('channels without a peak or a target are skipped, with the reason', () => {
    expect(planStaffing(retailer, {}).skipped).toEqual([
      { channel: 'app', reason: 'no-peak' },
      { channel: 'instagram', reason: 'no-peak' },
    ]);
  });
});

describe('what-if flags', () => {
  test('--volume +20% and -10% scale the contacts; 150 replaces them', () => {
    expect(channelOf(retailer, whatIf({ volume: '+20%' }), 'phone')).toMatchObject({ contacts_per_hour: 240, traffic: 12 });
    expect(channelOf(retailer, whatIf({ volume: '-10%' }), 'phone')).toMatchObject({ contacts_per_hour: 180, traffic: 9 });
    expect(channelOf(retailer, whatIf({ volume: '150' }), 'phone')).toMatchObject({ contacts_per_hour: 150, traffic: 7.5 });
    const more = channelOf(retailer, whatIf({ volume: '+20%' }), 'phone');
    expect(more.agents_needed).toBe(computeAgentsNeeded({ traffic: 12, handleTime: 180, targetSeconds: 20, targetAnswered: 0.8, concurrency: 1 }));
    expect(more.agents_needed).toBeGreaterThan(14);
  });

  test('--handle-time 6m doubles the phone traffic', () => {
    const longer = channelOf(retailer, whatIf({ handleTime: '6m' }), 'phone');
    expect(longer).toMatchObject({ handle_time_seconds: 360, traffic: 20 });
    expect(longer.agents_needed).toBe(computeAgentsNeeded({ traffic: 20, handleTime: 360, targetSeconds: 20, targetAnswered: 0.8, concurrency: 1 }));
  });

  test('--target 90%/15s replaces the target', () => {
    const stricter = channelOf(retailer, whatIf({ target: '90%/15s' }), 'phone');
    expect(stricter.target).toEqual({ answered: 0.9, within_seconds: 15 });
    expect(stricter.agents_needed).toBe(computeAgentsNeeded({ traffic: 10, handleTime: 180, targetSeconds: 15, targetAnswered: 0.9, concurrency: 1 }));
    expect(stricter.agents_needed).toBe(15);
  });

  test('--agents team=N changes the current staffing, and the gross mix with it', () => {
    const more = channelOf(retailer, whatIf({ agents: ['utrecht=25'] }), 'phone');
    expect(more.agent_share).toBeCloseTo(25 * 0.7 * 0.6 + 3.75, 12);
    expect(more.agents_current).toBe(14);
    expect(more.rows.find((r) => r.is_current)!.agents).toBe(14);
    expect(more.rows.find((r) => r.is_current)!.is_needed).toBe(true);
    expect(more.gross.headcount_current).toBe(35);
    const without = channelOf(retailer, whatIf({ agents: ['utrecht=0', 'paramaribo=0'] }), 'phone');
    expect(without.agents_current).toBe(0);
    expect(without.current).toMatchObject({ service_level: 0, asa_seconds: null });
    // No headcount left: the mix is the plain mean of the teams' shares.
    expect(without.gross.factor).toBeCloseTo((0.7 * 0.6 + 0.75 * 0.5) / 2, 12);
  });

  test('an absolute volume and a handle time give a channel without a peak one', () => {
    const app = channelOf(retailer, whatIf({ volume: '150', handleTime: '6m', target: '90%/15s' }), 'app');
    expect(app).toMatchObject({ contacts_per_hour: 150, traffic: 15 });
    expect(planStaffing(retailer, whatIf({ volume: '+20%' }), { channel: 'app' }).skipped).toEqual([{ channel: 'app', reason: 'no-peak' }]);
  });

  test('parse errors are values, all of them at once', () => {
    const parsed = parseWhatIf({ volume: '+20', handleTime: '6', target: '90%', agents: ['ghost=3', 'utrecht'] }, ['utrecht']);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toHaveLength(5);
    expect(parsed.errors[0]).toMatch(/\+20%/);
    expect(parsed.errors[3]).toMatch(/no team "ghost"/);
    expect(parseWhatIf({ volume: '-120%' }, []).ok).toBe(false);
    expect(parseWhatIf({ volume: '-100%' }, [])).toEqual({ ok: true, value: { volume: { kind: 'relative', factor: 0, written: '-100%' } } });
    expect(parseWhatIf({ volume: '+20%' }, [])).toEqual({ ok: true, value: { volume: { kind: 'relative', factor: 1.2, written: '+20%' } } });
  });
});

describe('edge cases, each with an explanation', () => {
  test('no demand: nobody waits and nobody is needed', () => {
    const none = channelOf(retailer, whatIf({ volume: '-100%' }), 'phone');
    expect(none.traffic).toBe(0);
    expect(none.agents_needed).toBe(0);
    expect(none.gross.agents_needed).toBe(0);
    expect(none.notes).toContain('no-demand');
    expect(none.notes).not.toContain('never-empties');
    expect(none.rows.map((r) => r.agents)).toEqual([0, 11]);
    for (const row of none.rows) expect(row).toMatchObject({ service_level: 1, probability_of_waiting: 0, occupancy: 0, asa_seconds: 0 });
    expectAllFinite(none);
  });

  test('a channel without teams: 0 agents now, gross unknown', () => {
    const org = makeOrg({}, [{ id: 'phone', peak: { contacts_per_hour: 200, handle_time: 180 }, target: { answered: 0.8, within: 20 } }]);
    const phone = planStaffing(org, {}).channels[0];
    expect(phone.agents_current).toBe(0);
    expect(phone.agents_needed).toBe(14);
    expect(phone.gross).toEqual({ factor: null, headcount_current: 0, agents_needed: null });
    expect(phone.notes).toContain('no-teams');
    expectAllFinite(phone);
  });

  test('teams that give the channel no time', () => {
    const org = makeOrg(
      {},
      [{ id: 'phone', peak: { contacts_per_hour: 200, handle_time: 180 }, target: { answered: 0.8, within: 20 } }, { id: 'mail', type: 'email' }],
      [{ id: 'back', agents: 5, channels: ['phone', 'mail'], allocation: { mail: 1 } }],
    );
    const phone = planStaffing(org, {}).channels[0];
    expect(phone.gross.agents_needed).toBeNull();
    expect(phone.notes).toContain('no-availability');
  });

  test('a 100 % target says why, and stays finite', () => {
    const strict = channelOf(retailer, whatIf({ target: '100%/20s' }), 'phone');
    expect(strict.notes).toContain('target-100');
    expectAllFinite(strict);
  });

  test('the table stays short when current and needed are far apart', () => {
    expect(chooseAgentCounts(3, 40, false)).toEqual([1, 2, 3, 4, 5, 37, 38, 39, 40, 41, 42, 43]);
    expect(chooseAgentCounts(0, 2, false)).toEqual([0, 1, 2, 3, 4, 5]);
    const far = channelOf(retailer, whatIf({ volume: '+300%' }), 'phone');
    expect(far.rows.filter((r) => r.follows_gap)).toHaveLength(1);
  });
});
