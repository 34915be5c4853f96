// A channel's promised answer time against a limit (rules.md, messaging-slow-answer and
// email-slow-answer share it; applies_to and max_within make the difference). No target at all
// fails: a channel that promises nothing has, for the customer, no answer time (never unknown).
import type { Check, Outcome } from '../model/rule.js';
import { channelPath, selectChannels } from './org-queries.js';

export const responseWithin: Check = {
  id: 'response-within',
  options: { max_within: { type: 'duration', required: true, description: 'the longest acceptable `target.within`' } },
  evaluate(ctx, options, selector) {
    const maxWithin = options.max_within as number;
    const outcomes: Outcome[] = [];
    for (const channel of selectChannels(ctx.org, selector)) {
      const target = channel.target;
      if (!target) {
        outcomes.push({ subject: channel.id, path: channelPath(channel, 'target'), status: 'fail', messageId: 'no-target' });
        continue;
      }
      const path = [...channelPath(channel, 'target'), 'within'];
      const values = { within: { seconds: target.within }, answered: { share: target.answered } };
      const data = { within_seconds: target.within, max_within_seconds: maxWithin };
      outcomes.push(
        target.within > maxWithin
          ? { subject: channel.id, path, status: 'fail', values, data }
          : { subject: channel.id, path, status: 'pass', values, data },
      );
    }
    return outcomes;
  },
};
