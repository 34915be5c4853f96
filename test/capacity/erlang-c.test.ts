import { describe, expect, test } from 'vitest';
import { computeAgentsNeeded, computeErlangB, computeTraffic, predictQueue } from '../../src/capacity/erlang-c.js';

const close = (actual: number | null, expected: number, tolerance = 1e-6) => {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tolerance);
};

/**
 * An independent Erlang C: the textbook sum A^k / k!, with every term kept as a logarithm and
 * the sums done by log-sum-exp, so it neither overflows nor shares the recursion's arithmetic.
 */
function erlangCInLogSpace(traffic: number, servers: number): number {
  const logA = Math.log(traffic);
  const logTerms: number[] = [0];
  for (let k = 1; k <= servers; k += 1) logTerms.push(logTerms[k - 1] + logA - Math.log(k));
  const logTop = logTerms[servers] + Math.log(servers) - Math.log(servers - traffic);
  const all = [...logTerms.slice(0, servers), logTop];
  const max = Math.max(...all);
  const logBottom = max + Math.log(all.reduce((sum, t) => sum + Math.exp(t - max), 0));
  return Math.exp(logTop - logBottom);
}

describe('Erlang C, published examples (shared/docs/notes.md)', () => {
  // Call Centre Helper: 100 calls in 30 minutes, AHT 180 s, target 80 % in 20 s.
  const traffic = computeTraffic(200, 180);

  test('traffic is contacts per hour × handle time ÷ 3600', () => {
    expect(traffic).toBe(10);
  });

  test('Call Centre Helper, 14 servers', () => {
    const q = predictQueue({ traffic, servers: 14, handleTime: 180, targetSeconds: 20 });
    close(q.probability_of_waiting, 0.17413193);
    close(q.service_level, 0.88835002);
    close(q.asa_seconds, 7.835937);
    close(q.occupancy, 0.7142857);
  });

  test.each([
    [11, 0.38961381],
    [12, 0.64015804],
    [13, 0.79559479],
    [15, 0.94145284],
  ])('Call Centre Helper, %i servers: service level %f', (servers, level) => {
    close(predictQueue({ traffic, servers, handleTime: 180, targetSeconds: 20 }).service_level, level);
  });

  test('Call Centre Helper: 14 agents are needed for 80/20 (13 give 79,6 %)', () => {
    expect(computeAgentsNeeded({ traffic, handleTime: 180, targetSeconds: 20, targetAnswered: 0.8, concurrency: 1 })).toBe(14);
  });

  test('Wolfram: 30 calls an hour of 5 minutes', () => {
    const a = computeTraffic(30, 300);
    expect(a).toBe(2.5);
    close(predictQueue({ traffic: a, servers: 6, handleTime: 300, targetSeconds: 0 }).probability_of_waiting, 0.047444812);
    close(predictQueue({ traffic: a, servers: 5, handleTime: 300, targetSeconds: 0 }).probability_of_waiting, 0.1303713);
    // P(no wait) ≥ 90 % is a service level with t = 0: 1 − P ≥ 0,9 → 6 servers.
    expect(computeAgentsNeeded({ traffic: a, handleTime: 300, targetSeconds: 0, targetAnswered: 0.9, concurrency: 1 })).toBe(6);
  });

  test('A = 1000, N = 1030', () => {
    close(predictQueue({ traffic: 1000, servers: 1030, handleTime: 180, targetSeconds: 20 }).probability_of_waiting, 0.24890879);
  });
});

describe('Erlang C at scale', () => {
  test('stays finite and matches a log-space computation at 10,000 servers', () => {
    const q = predictQueue({ traffic: 9900, servers: 10000, handleTime: 300, targetSeconds: 20 });
    const reference = erlangCInLogSpace(9900, 10000);
    expect(Number.isFinite(q.probability_of_waiting)).toBe(true);
    expect(q.probability_of_waiting).toBeGreaterThan(0);
    expect(q.probability_of_waiting).toBeLessThan(1);
    expect(Math.abs(q.probability_of_waiting - reference) / reference).toBeLessThan(1e-9);
    close(q.service_level, 1 - reference * Math.exp((-100 * 20) / 300), 1e-9);
    close(q.occupancy, 0.99);
  });

  test('the log-space reference agrees with the published small case too', () => {
    close(erlangCInLogSpace(10, 14), 0.17413193);
  });

  test('agents needed for 10,000+ servers is found in one pass, and is the smallest', () => {
    const input = { traffic: 12000, handleTime: 300, targetSeconds: 20, targetAnswered: 0.8, concurrency: 1 };
    const started = performance.now();
    const needed = computeAgentsNeeded(input)!;
    expect(performance.now() - started).toBeLessThan(500);
    expect(needed).toBeGreaterThan(12000);
    const at = (n: number) => predictQueue({ traffic: 12000, servers: n, handleTime: 300, targetSeconds: 20 }).service_level;
    expect(at(needed)).toBeGreaterThanOrEqual(0.8);
    expect(at(needed - 1)).toBeLessThan(0.8);
  });

  test('Erlang B stays in (0, 1] where factorials overflow', () => {
    const b = computeErlangB(500, 520);
    expect(b).toBeGreaterThan(0);
    expect(b).toBeLessThan(1);
  });
});

describe('Erlang C edge cases', () => {
  test('zero demand: nobody waits, nobody is busy, nobody is needed', () => {
    const q = predictQueue({ traffic: 0, servers: 0, handleTime: 180, targetSeconds: 20 });
    expect(q).toMatchObject({ probability_of_waiting: 0, service_level: 1, occupancy: 0, asa_seconds: 0 });
    expect(computeAgentsNeeded({ traffic: 0, handleTime: 180, targetSeconds: 20, targetAnswered: 0.8, concurrency: 1 })).toBe(0);
  });

  test('no servers with demand: service level 0, occupancy 100 %, no ASA but a reason', () => {
    const q = predictQueue({ traffic: 10, servers: 0, handleTime: 180, targetSeconds: 20 });
    expect(q.service_level).toBe(0);
    expect(q.occupancy).toBe(1);
    expect(q.probability_of_waiting).toBe(1);
    expect(q.asa_seconds).toBeNull();
    expect(q.asa_note).toMatch(/never empties/);
    expect(JSON.stringify(q)).not.toMatch(/Infinity|NaN/);
  });

  test('N = A exactly is a queue that never empties', () => {
    const q = predictQueue({ traffic: 10, servers: 10, handleTime: 180, targetSeconds: 20 });
    expect(q.service_level).toBe(0);
    expect(q.occupancy).toBe(1);
    expect(q.asa_seconds).toBeNull();
  });

  test('fractional servers count as whole ones below', () => {
    expect(predictQueue({ traffic: 10, servers: 14.9, handleTime: 180, targetSeconds: 20 }).servers).toBe(14);
  });

  test('with concurrency, agents needed is servers ÷ concurrency rounded up', () => {
    // 14 servers are needed; with 2 chats per agent that is 7 agents, with 3 it is 5 (15 servers).
    const base = { traffic: 10, handleTime: 180, targetSeconds: 20, targetAnswered: 0.8 };
    expect(computeAgentsNeeded({ ...base, concurrency: 2 })).toBe(7);
    expect(computeAgentsNeeded({ ...base, concurrency: 3 })).toBe(5);
  });

  test('a target met exactly counts as met', () => {
    const level = predictQueue({ traffic: 10, servers: 13, handleTime: 180, targetSeconds: 20 }).service_level;
    expect(computeAgentsNeeded({ traffic: 10, handleTime: 180, targetSeconds: 20, targetAnswered: level, concurrency: 1 })).toBe(13);
  });

  test('a 100 % target ends (floating point reaches 1) instead of looping', () => {
    const needed = computeAgentsNeeded({ traffic: 10, handleTime: 180, targetSeconds: 20, targetAnswered: 1, concurrency: 1 });
    expect(needed === null || needed > 14).toBe(true);
  });
});

describe('Erlang C with far more servers than traffic', () => {
  test('a billion servers for 10 Erlangs answer at once, without walking a billion steps', () => {
    const started = performance.now();
    const q = predictQueue({ traffic: 10, servers: 1e9, handleTime: 180, targetSeconds: 20 });
    expect(performance.now() - started).toBeLessThan(100);
    expect(q.probability_of_waiting).toBe(0);
    expect(q.service_level).toBe(1);
    expect(q.asa_seconds).toBe(0);
  });
});
