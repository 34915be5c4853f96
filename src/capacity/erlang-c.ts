// Erlang C for one queue at its peak hour (rules.md, "Capacity maths"). Pure arithmetic: the
// checks and the staffing command feed it traffic and servers. The probability of waiting goes
// through the Erlang B recursion, never factorials: A^N / N! overflows past about 170 servers,
// and the recursion stays exact (every B(k) lies in (0, 1]) for tens of thousands.

export interface QueueInput {
  /** offered traffic A in Erlangs: contacts per hour × handle time (s) ÷ 3600 */
  traffic: number;
  /** servers N: whole agents at the queue × concurrency */
  servers: number;
  /** average handle time in seconds */
  handleTime: number;
  /** the target's answer time t in seconds */
  targetSeconds: number;
}

export interface QueuePrediction {
  traffic: number;
  servers: number;
  /** Erlang C: the probability that a contact waits, in [0, 1] */
  probability_of_waiting: number;
  /** share answered within the target time, in [0, 1] */
  service_level: number;
  /** average speed of answer in seconds; null when the queue never empties (see asa_note) */
  asa_seconds: number | null;
  /** why asa_seconds is null */
  asa_note?: string;
  /** A ÷ N in [0, 1]; 1 when N ≤ A */
  occupancy: number;
}

export const NEVER_EMPTIES =
  'the queue never empties: there are no more servers than Erlangs of traffic, so waiting grows without bound';

/** Offered traffic in Erlangs. */
export function computeTraffic(contactsPerHour: number, handleTimeSeconds: number): number {
  return (contactsPerHour * handleTimeSeconds) / 3600;
}

/** Erlang B blocking probability B(N, A) by the recursion B(0) = 1, B(k) = A·B / (k + A·B). */
export function computeErlangB(traffic: number, servers: number): number {
  let b = 1;
  // Once B underflows to 0 it stays 0: far more servers than traffic need not be walked.
  for (let k = 1; k <= servers && b > 0; k += 1) b = (traffic * b) / (k + traffic * b);
  return b;
}

/** Erlang C from Erlang B: P = N·B / (N − A·(1 − B)); only meaningful when N > A. */
function computeProbabilityOfWaiting(traffic: number, servers: number, erlangB: number): number {
  return (servers * erlangB) / (servers - traffic * (1 - erlangB));
}

function computeServiceLevel(probability: number, traffic: number, servers: number, handleTime: number, targetSeconds: number): number {
  return 1 - probability * Math.exp((-(servers - traffic) * targetSeconds) / handleTime);
}

function isZeroDemand(traffic: number, handleTime: number): boolean {
  return !(traffic > 0) || !(handleTime > 0);
}

/** Predict the queue for N servers: probability of waiting, service level, ASA, occupancy. */
export function predictQueue(input: QueueInput): QueuePrediction {
  const { traffic, handleTime, targetSeconds } = input;
  const servers = Math.max(0, Math.floor(input.servers));
  if (isZeroDemand(traffic, handleTime)) {
    // Nobody calls: nobody waits, whatever the staffing.
    return { traffic: 0, servers, probability_of_waiting: 0, service_level: 1, asa_seconds: 0, occupancy: 0 };
  }
  if (servers <= traffic) {
    return { traffic, servers, probability_of_waiting: 1, service_level: 0, asa_seconds: null, asa_note: NEVER_EMPTIES, occupancy: 1 };
  }
  const probability = computeProbabilityOfWaiting(traffic, servers, computeErlangB(traffic, servers));
  return {
    traffic,
    servers,
    probability_of_waiting: probability,
    service_level: computeServiceLevel(probability, traffic, servers, handleTime, targetSeconds),
    asa_seconds: (probability * handleTime) / (servers - traffic),
    occupancy: traffic / servers,
  };
}

export interface StaffingInput {
  traffic: number;
  handleTime: number;
  targetSeconds: number;
  /** the share that must be answered within targetSeconds, in [0, 1] */
  targetAnswered: number;
  /** contacts one agent holds at once; servers = agents × concurrency */
  concurrency: number;
}

/**
 * The smallest whole number of agents at the queue whose service level meets the target (a limit
 * is met when equal, rules.md). One pass over the servers, updating B(k) as k grows: O(N).
 * null only when no staffing can reach the target in floating point (it does not happen for a
 * target below 100 %; the bound keeps a 100 % target from looping forever).
 */
export function computeAgentsNeeded(input: StaffingInput): number | null {
  const { traffic, handleTime, targetSeconds, targetAnswered } = input;
  const concurrency = Math.max(1, Math.floor(input.concurrency));
  if (isZeroDemand(traffic, handleTime) || targetAnswered <= 0) return 0;
  // Far beyond any useful staffing: P(wait) is below 1e-300 at A + 40·√A + 800 servers.
  const limit = Math.ceil(traffic + 40 * Math.sqrt(traffic) + 800) + concurrency;
  let b = 1;
  for (let servers = 1; servers <= limit; servers += 1) {
    b = (traffic * b) / (servers + traffic * b);
    if (servers % concurrency !== 0 || servers <= traffic) continue;
    const probability = computeProbabilityOfWaiting(traffic, servers, b);
    if (computeServiceLevel(probability, traffic, servers, handleTime, targetSeconds) >= targetAnswered) return servers / concurrency;
  }
  return null;
}
