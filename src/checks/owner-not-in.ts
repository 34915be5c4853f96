// A channel is not owned by one of the listed departments (`social-marketing-owned`).
import type { Check, Outcome } from '../model/rule.js';
import { channelPath, selectChannels } from './org-queries.js';

export const ownerNotIn: Check = {
  id: 'owner-not-in',
  options: { owners: { type: 'string[]', required: true, description: 'the owners that fail the rule' } },
  evaluate(ctx, options, selector) {
    const owners = options.owners as string[];
    return selectChannels(ctx.org, selector).map((channel): Outcome => {
      if (channel.owner === undefined) return { subject: channel.id, status: 'unknown', missing: 'owner', path: channelPath(channel, 'owner') };
      const status = owners.includes(channel.owner) ? 'fail' : 'pass';
      return { subject: channel.id, status, path: channelPath(channel, 'owner'), values: { owner: channel.owner }, data: { owner: channel.owner } };
    });
  },
};
