// A webchat whose button comes and goes with agent availability (rules.md, chat-visibility-flicker;
// seed 004: "af en toe wel en af en toe niet kan chatten").
import type { Check, Outcome } from '../model/rule.js';
import { channelPath, selectChannels } from './org-queries.js';

export const chatVisibility: Check = {
  id: 'chat-visibility',
  options: {},
  evaluate(ctx, _options, selector) {
    const outcomes: Outcome[] = [];
    for (const channel of selectChannels(ctx.org, selector)) {
      const path = channelPath(channel, 'visibility');
      if (channel.visibility === undefined) {
        outcomes.push({ subject: channel.id, path, status: 'unknown', missing: 'visibility' });
      } else if (channel.visibility === 'when-agents-available') {
        outcomes.push({ subject: channel.id, path, status: 'fail', values: { visibility: channel.visibility } });
      } else {
        outcomes.push({ subject: channel.id, path, status: 'pass', values: { visibility: channel.visibility } });
      }
    }
    return outcomes;
  },
};
