// The service level Erlang C predicts at peak for the agents the teams give a channel, against
// the channel's target (rules.md, capacity-shortfall and "Capacity maths").
import type { Check, Outcome } from '../model/rule.js';
import { computeChannelCapacity, type ChannelCapacity } from '../capacity/channel-capacity.js';
import { channelPath, selectChannels } from './org-queries.js';

/** The figures a capacity finding carries in the JSON report (data.service_level etc. are a contract). */
export function describeCapacity(capacity: ChannelCapacity): Record<string, unknown> {
  const { prediction } = capacity;
  return {
    service_level: prediction.service_level,
    agents_needed: capacity.agents_needed ?? null,
    agents_available: capacity.agents_available,
    servers: capacity.servers,
    traffic: capacity.traffic,
    probability_of_waiting: prediction.probability_of_waiting,
    asa_seconds: prediction.asa_seconds,
    ...(prediction.asa_note ? { asa_note: prediction.asa_note } : {}),
    occupancy: prediction.occupancy,
    teams: capacity.teams,
  };
}

export const capacityServiceLevel: Check = {
  id: 'capacity-service-level',
  options: {},
  evaluate(ctx, _options, selector) {
    const outcomes: Outcome[] = [];
    for (const channel of selectChannels(ctx.org, selector)) {
      const target = channel.target;
      // Without a target there is nothing to fall short of: not applicable (rules.md).
      if (!target) continue;
      const capacity = computeChannelCapacity(ctx.org, channel);
      if (!capacity) {
        outcomes.push({ subject: channel.id, path: channelPath(channel, 'peak'), status: 'unknown', missing: 'peak' });
        continue;
      }
      const path = channelPath(channel, 'target');
      const data = describeCapacity(capacity);
      const level = capacity.prediction.service_level;
      if (level >= target.answered) {
        outcomes.push({ subject: channel.id, path, status: 'pass', data });
        continue;
      }
      const values = {
        service_level: { share: level },
        answered: { share: target.answered },
        within: { seconds: target.within },
        agents_available: capacity.agents_available,
        contacts_per_hour: channel.peak!.contacts_per_hour,
      };
      if (capacity.agents_needed === null || capacity.agents_needed === undefined) {
        outcomes.push({ subject: channel.id, path, status: 'fail', messageId: 'unreachable', values, data });
      } else {
        outcomes.push({ subject: channel.id, path, status: 'fail', values: { ...values, agents_needed: capacity.agents_needed }, data });
      }
    }
    return outcomes;
  },
};
