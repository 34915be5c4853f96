// A channel's queue at its peak hour, from the organisation file (rules.md, "Capacity maths"):
// the agents its teams give it, the servers they make, and what Erlang C predicts for them.
import type { Channel, Organisation } from '../model/organisation.js';
import { teamAllocation, teamsHandling } from '../checks/org-queries.js';
import { computeAgentsNeeded, computeTraffic, predictQueue, type QueuePrediction } from './erlang-c.js';

export interface ChannelCapacity {
  /** the teams that handle the channel, whatever their hours (coverage is the hours rules' job) */
  teams: string[];
  /** Σ agents × (1 − shrinkage) × allocation, unrounded */
  agent_share: number;
  /** whole agents at the queue: you cannot staff 0,8 agent */
  agents_available: number;
  servers: number;
  traffic: number;
  prediction: QueuePrediction;
  /** whole agents at the queue that meet the target; undefined without a target */
  agents_needed?: number | null;
}

/**
 * Whole agents at the queue. The sum is rounded to 1e-9 before the floor so that binary noise
 * (62,99999999999999) does not cost an agent.
 */
export function computeAgentsAvailable(agentShare: number): number {
  if (!(agentShare > 0)) return 0;
  return Math.floor(Math.round(agentShare * 1e9) / 1e9);
}

/** The queue of a channel with a `peak`; undefined without one. */
export function computeChannelCapacity(org: Organisation, channel: Channel): ChannelCapacity | undefined {
  const peak = channel.peak;
  if (!peak) return undefined;
  const teams = teamsHandling(org, channel.id);
  const agentShare = teams.reduce((sum, team) => sum + team.agents * (1 - team.shrinkage) * teamAllocation(team, channel.id), 0);
  const agentsAvailable = computeAgentsAvailable(agentShare);
  const concurrency = Math.max(1, Math.floor(channel.concurrency || 1));
  const servers = agentsAvailable * concurrency;
  const traffic = computeTraffic(peak.contacts_per_hour, peak.handle_time);
  const targetSeconds = channel.target?.within ?? 0;
  const prediction = predictQueue({ traffic, servers, handleTime: peak.handle_time, targetSeconds });
  const capacity: ChannelCapacity = {
    teams: teams.map((t) => t.id),
    agent_share: agentShare,
    agents_available: agentsAvailable,
    servers,
    traffic,
    prediction,
  };
  if (channel.target) {
    capacity.agents_needed = computeAgentsNeeded({
      traffic,
      handleTime: peak.handle_time,
      targetSeconds: channel.target.within,
      targetAnswered: channel.target.answered,
      concurrency,
    });
  }
  return capacity;
}
