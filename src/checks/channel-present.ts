// The organisation offers at least one channel of the kind the rule selects (`social-absent`).
// Never not applicable and never unknown: an empty selection is the finding.
import type { Check } from '../model/rule.js';
import { channelPath, selectChannels } from './org-queries.js';
import { channelNames } from './channel-names.js';

export const channelPresent: Check = {
  id: 'channel-present',
  options: {},
  evaluate(ctx, _options, selector) {
    const present = selectChannels(ctx.org, selector);
    if (present.length === 0) return [{ subject: null, status: 'fail', path: ['channels'], data: { channels: [] } }];
    return [{
      subject: null,
      status: 'pass',
      path: channelPath(present[0]),
      values: { channels: { list: channelNames(present) } },
      data: { channels: present.map((c) => c.id) },
    }];
  },
};
