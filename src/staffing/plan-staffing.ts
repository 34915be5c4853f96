// `contact-audit staffing`: per channel with a peak and a target, Erlang C predictions for a range
// of staffing around what is needed and what is there (rules.md, "Capacity maths"). The numbers
// come from the same computeChannelCapacity that `capacity-shortfall` and `occupancy-too-high`
// read, on the organisation with the what-if inputs applied, so the table and the audit agree.
//
// Net and gross (documented decision):
// - net: whole agents at the queue (servers ÷ concurrency), after shrinkage and allocation;
// - gross: headcount on the teams that handle the channel, in their current mix:
//   gross = ⌈net ÷ f⌉ with f = Σ agents × (1 − shrinkage) × allocation ÷ Σ agents over those
//   teams, the share of one agent of that mix who is at this queue. With one team,
//   f = (1 − shrinkage) × allocation. Scaling every team to the gross headcount gives at least
//   `net` agents at the queue by the same rule that counts the current ones. When the teams have
//   no agents (--agents team=0), f is the plain mean over the teams; without teams it is unknown.
import { computeAgentsAvailable, computeChannelCapacity } from '../capacity/channel-capacity.js';
import { predictQueue } from '../capacity/erlang-c.js';
import { teamAllocation, teamsHandling } from '../checks/org-queries.js';
import type { Channel, ChannelType, Organisation, Peak, Target, Team } from '../model/organisation.js';
import type { WhatIf } from './parse-what-if.js';

export type StaffingNote =
  | 'no-demand'
  | 'never-empties'
  | 'concurrency'
  | 'no-teams'
  | 'no-availability'
  | 'target-100'
  | 'unreachable';

export interface StaffingRow {
  /** whole agents at the queue (net) */
  agents: number;
  servers: number;
  service_level: number;
  /** null when the queue never empties (servers ≤ traffic) */
  asa_seconds: number | null;
  occupancy: number;
  probability_of_waiting: number;
  is_current: boolean;
  is_needed: boolean;
  /** rows are not contiguous: some agent counts were left out before this one */
  follows_gap: boolean;
}

export interface TeamShare {
  team: string;
  agents: number;
  shrinkage: number;
  allocation: number;
  /** agents × (1 − shrinkage) × allocation */
  at_queue: number;
}

export interface ChannelStaffing {
  channel: string;
  label?: string;
  type: ChannelType;
  concurrency: number;
  contacts_per_hour: number;
  handle_time_seconds: number;
  /** Erlangs */
  traffic: number;
  target: { answered: number; within_seconds: number };
  teams: TeamShare[];
  /** Σ at_queue, unrounded */
  agent_share: number;
  /** whole agents at the queue now (net) */
  agents_current: number;
  servers_current: number;
  current: StaffingRow;
  /** whole agents at the queue that meet the target (net); null when none does */
  agents_needed: number | null;
  servers_needed: number | null;
  gross: {
    /** share of one agent of the teams' mix that is at this queue; null without teams */
    factor: number | null;
    /** Σ agents of the teams that handle the channel */
    headcount_current: number;
    /** headcount needed in the same mix; null when factor or agents_needed is */
    agents_needed: number | null;
  };
  rows: StaffingRow[];
  notes: StaffingNote[];
}

export interface SkippedChannel {
  channel: string;
  reason: 'no-peak' | 'no-target';
}

export interface StaffingPlan {
  organisation: string;
  /** the what-if inputs applied, as given */
  what_if: {
    volume?: string;
    handle_time_seconds?: number;
    target?: { answered: number; within_seconds: number };
    agents?: Record<string, number>;
  };
  channels: ChannelStaffing[];
  skipped: SkippedChannel[];
}

/** Agent counts shown on either side of the needed and the current staffing. */
const AROUND_NEEDED = 3;
const AROUND_CURRENT = 2;

export function planStaffing(org: Organisation, whatIf: WhatIf, options: { channel?: string } = {}): StaffingPlan {
  const teams = org.teams.map((team) => (whatIf.agents && team.id in whatIf.agents ? { ...team, agents: whatIf.agents[team.id] } : team));
  const channels: ChannelStaffing[] = [];
  const skipped: SkippedChannel[] = [];
  for (const written of org.channels) {
    if (options.channel !== undefined && written.id !== options.channel) continue;
    const peak = applyPeak(written.peak, whatIf);
    const target = whatIf.target ?? written.target;
    if (!peak) {
      skipped.push({ channel: written.id, reason: 'no-peak' });
      continue;
    }
    if (!target) {
      skipped.push({ channel: written.id, reason: 'no-target' });
      continue;
    }
    const channel: Channel = { ...written, peak, target };
    const changed: Organisation = { ...org, teams, channels: org.channels.map((c) => (c.id === channel.id ? channel : c)) };
    channels.push(planChannel(changed, channel, peak, target));
  }
  return { organisation: org.organisation.name, what_if: describeWhatIf(whatIf), channels, skipped };
}

function describeWhatIf(whatIf: WhatIf): StaffingPlan['what_if'] {
  const described: StaffingPlan['what_if'] = {};
  if (whatIf.volume) described.volume = whatIf.volume.written;
  if (whatIf.handle_time !== undefined) described.handle_time_seconds = whatIf.handle_time;
  if (whatIf.target) described.target = { answered: whatIf.target.answered, within_seconds: whatIf.target.within };
  if (whatIf.agents) described.agents = whatIf.agents;
  return described;
}

/** The peak with the what-if volume and handle time; an absolute volume and a handle time make one. */
function applyPeak(peak: Peak | undefined, whatIf: WhatIf): Peak | undefined {
  const volume = whatIf.volume;
  if (!peak) {
    if (volume?.kind === 'absolute' && whatIf.handle_time !== undefined) return { contacts_per_hour: volume.contacts_per_hour, handle_time: whatIf.handle_time };
    return undefined;
  }
  const contacts = volume === undefined ? peak.contacts_per_hour : volume.kind === 'absolute' ? volume.contacts_per_hour : peak.contacts_per_hour * volume.factor;
  return { contacts_per_hour: contacts, handle_time: whatIf.handle_time ?? peak.handle_time };
}

function planChannel(org: Organisation, channel: Channel, peak: Peak, target: Target): ChannelStaffing {
  const capacity = computeChannelCapacity(org, channel)!;
  const concurrency = Math.max(1, Math.floor(channel.concurrency || 1));
  const handling = teamsHandling(org, channel.id);
  const teams = handling.map((team) => describeTeam(team, channel.id));
  const needed = capacity.agents_needed ?? null;
  const current = capacity.agents_available;
  const notes: StaffingNote[] = [];
  const isNoDemand = !(capacity.traffic > 0);
  if (isNoDemand) notes.push('no-demand');
  if (concurrency > 1) notes.push('concurrency');
  if (handling.length === 0) notes.push('no-teams');
  if (target.answered >= 1) notes.push('target-100');
  if (needed === null) notes.push('unreachable');

  const predict = (agents: number, isFollowingGap = false): StaffingRow => {
    const q = predictQueue({ traffic: capacity.traffic, servers: agents * concurrency, handleTime: peak.handle_time, targetSeconds: target.within });
    return {
      agents,
      servers: q.servers,
      service_level: q.service_level,
      asa_seconds: q.asa_seconds,
      occupancy: q.occupancy,
      probability_of_waiting: q.probability_of_waiting,
      is_current: agents === current,
      is_needed: agents === needed,
      follows_gap: isFollowingGap,
    };
  };
  const counts = chooseAgentCounts(current, needed, isNoDemand);
  const rows = counts.map((agents, i) => predict(agents, i > 0 && agents !== counts[i - 1] + 1));
  if (!isNoDemand && rows.some((row) => row.asa_seconds === null)) notes.push('never-empties');

  const gross = computeGross(handling, channel.id, needed);
  if (handling.length > 0 && !(gross.factor !== null && gross.factor > 0)) notes.push('no-availability');
  const result: ChannelStaffing = {
    channel: channel.id,
    type: channel.type,
    concurrency,
    contacts_per_hour: peak.contacts_per_hour,
    handle_time_seconds: peak.handle_time,
    traffic: capacity.traffic,
    target: { answered: target.answered, within_seconds: target.within },
    teams,
    agent_share: capacity.agent_share,
    agents_current: current,
    servers_current: capacity.servers,
    current: predict(current),
    agents_needed: needed,
    servers_needed: needed === null ? null : needed * concurrency,
    gross,
    rows,
    notes,
  };
  if (channel.label !== undefined) result.label = channel.label;
  return result;
}

function describeTeam(team: Team, channelId: string): TeamShare {
  const allocation = teamAllocation(team, channelId);
  return { team: team.id, agents: team.agents, shrinkage: team.shrinkage, allocation, at_queue: team.agents * (1 - team.shrinkage) * allocation };
}

/** The agent counts of the table: around the needed and around the current staffing, sorted. */
export function chooseAgentCounts(current: number, needed: number | null, isNoDemand: boolean): number[] {
  const counts = new Set<number>();
  if (isNoDemand) {
    counts.add(0);
    counts.add(current);
  } else {
    for (let d = -AROUND_CURRENT; d <= AROUND_CURRENT; d += 1) counts.add(current + d);
    if (needed !== null) for (let d = -AROUND_NEEDED; d <= AROUND_NEEDED; d += 1) counts.add(needed + d);
    else for (let d = AROUND_CURRENT + 1; d <= AROUND_CURRENT + AROUND_NEEDED; d += 1) counts.add(current + d);
  }
  return [...counts].filter((n) => n >= 0).sort((a, b) => a - b);
}

export function computeGross(teams: readonly Team[], channelId: string, needed: number | null): ChannelStaffing['gross'] {
  const headcount = teams.reduce((sum, team) => sum + team.agents, 0);
  if (teams.length === 0) return { factor: null, headcount_current: 0, agents_needed: null };
  const shares = teams.map((team) => (1 - team.shrinkage) * teamAllocation(team, channelId));
  const factor = headcount > 0
    ? teams.reduce((sum, team, i) => sum + team.agents * shares[i], 0) / headcount
    : shares.reduce((sum, share) => sum + share, 0) / teams.length;
  if (needed === null || !(factor > 0)) return { factor: factor > 0 ? factor : null, headcount_current: headcount, agents_needed: null };
  let gross = Math.max(0, Math.ceil(needed / factor - 1e-9));
  // The current staffing floors the share after rounding to 1e-9: make sure the gross count, by
  // that same rule, reaches the net one.
  while (computeAgentsAvailable(gross * factor) < needed) gross += 1;
  return { factor, headcount_current: headcount, agents_needed: gross };
}
