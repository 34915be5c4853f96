// A channel answers at least a share of the customer messages it receives (`answered`).
import type { Check, Outcome } from '../model/rule.js';
import { channelPath, selectChannels, teamsHandling } from './org-queries.js';

export const answeredAtLeast: Check = {
  id: 'answered-at-least',
  options: { min_answered: { type: 'share', required: true, description: 'the lowest acceptable share of messages answered' } },
  evaluate(ctx, options, selector) {
    const minAnswered = options.min_answered as number;
    return selectChannels(ctx.org, selector).map((channel): Outcome => {
      if (channel.answered === undefined) {
        // rules.md: without a measurement the rule cannot judge, unless nobody is assigned to
        // the channel at all: then nobody can be answering, and that is the finding.
        if (teamsHandling(ctx.org, channel.id).length === 0) {
          return { subject: channel.id, status: 'fail', messageId: 'unhandled', path: channelPath(channel), data: { answered: null, teams: [] } };
        }
        return { subject: channel.id, status: 'unknown', missing: 'answered', path: channelPath(channel, 'answered') };
      }
      const values = { answered: { share: channel.answered } };
      const data = { answered: channel.answered, min_answered: minAnswered };
      return channel.answered >= minAnswered
        ? { subject: channel.id, status: 'pass', path: channelPath(channel, 'answered'), values, data }
        : { subject: channel.id, status: 'fail', path: channelPath(channel, 'answered'), values, data };
    });
  },
};
