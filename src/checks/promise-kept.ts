// A callback channel's promise and how often it is kept (rules.md, callback-promise; seed 004:
// call-me-back only works when the promise is kept). No promise fails outright: a callback
// without a promised time is the vague "we'll call you" the article warns against.
import type { Check, Outcome } from '../model/rule.js';
import { channelPath, selectChannels } from './org-queries.js';

export const promiseKept: Check = {
  id: 'promise-kept',
  options: { min_kept: { type: 'share', required: true, description: 'the lowest acceptable `promise_kept`' } },
  evaluate(ctx, options, selector) {
    const minKept = options.min_kept as number;
    const outcomes: Outcome[] = [];
    for (const channel of selectChannels(ctx.org, selector)) {
      if (channel.promise === undefined) {
        outcomes.push({ subject: channel.id, path: channelPath(channel, 'promise'), status: 'fail', messageId: 'no-promise' });
        continue;
      }
      const path = channelPath(channel, 'promise_kept');
      if (channel.promise_kept === undefined) {
        outcomes.push({ subject: channel.id, path, status: 'unknown', missing: 'promise_kept' });
        continue;
      }
      const values = { promise: { seconds: channel.promise }, promise_kept: { share: channel.promise_kept } };
      const data = { promise_seconds: channel.promise, promise_kept: channel.promise_kept };
      outcomes.push(
        channel.promise_kept < minKept
          ? { subject: channel.id, path, status: 'fail', values, data }
          : { subject: channel.id, path, status: 'pass', values, data },
      );
    }
    return outcomes;
  },
};
