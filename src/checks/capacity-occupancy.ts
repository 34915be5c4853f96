// Predicted occupancy at peak, A ÷ N, against a cap (rules.md, occupancy-too-high). Only where a
// team handles the channel: without one there are no agents to burn out, and capacity-shortfall
// and channel-undefined already report the missing staff. Never unknown: no `peak`, no subject.
import type { Check, Outcome } from '../model/rule.js';
import { computeChannelCapacity } from '../capacity/channel-capacity.js';
import { channelPath, selectChannels, teamsHandling } from './org-queries.js';

export const capacityOccupancy: Check = {
  id: 'capacity-occupancy',
  options: { max_occupancy: { type: 'share', required: true, description: 'the highest acceptable occupancy at peak' } },
  evaluate(ctx, options, selector) {
    const maxOccupancy = options.max_occupancy as number;
    const outcomes: Outcome[] = [];
    for (const channel of selectChannels(ctx.org, selector)) {
      if (teamsHandling(ctx.org, channel.id).length === 0) continue;
      const capacity = computeChannelCapacity(ctx.org, channel);
      if (!capacity) continue;
      const { occupancy } = capacity.prediction;
      const path = channelPath(channel, 'peak');
      const data = {
        occupancy,
        traffic: capacity.traffic,
        servers: capacity.servers,
        agents_available: capacity.agents_available,
        teams: capacity.teams,
      };
      const values = {
        occupancy: { share: occupancy },
        traffic: capacity.traffic,
        servers: capacity.servers,
        contacts_per_hour: channel.peak!.contacts_per_hour,
      };
      outcomes.push(
        occupancy > maxOccupancy
          ? { subject: channel.id, path, status: 'fail', values, data }
          : { subject: channel.id, path, status: 'pass', values, data },
      );
    }
    return outcomes;
  },
};
