// At least one of the selected channels is used for a purpose (`social-reactive-only`: sales).
// Organisation-level: one outcome. Unknown when no channel has it and some do not say.
import type { Check } from '../model/rule.js';
import { channelPath, selectChannels } from './org-queries.js';
import { channelNames } from './channel-names.js';

export const purposePresent: Check = {
  id: 'purpose-present',
  options: { purpose: { type: 'string', required: true, description: 'the purpose one of the channels must have' } },
  evaluate(ctx, options, selector) {
    const purpose = options.purpose as string;
    const channels = selectChannels(ctx.org, selector);
    if (channels.length === 0) return [];
    const using = channels.filter((c) => (c.purpose as string[] | undefined)?.includes(purpose));
    const values = { channels: { list: channelNames(channels) } };
    if (using.length > 0) {
      return [{ subject: null, status: 'pass', path: channelPath(using[0], 'purpose'), values, data: { channels: using.map((c) => c.id) } }];
    }
    const silent = channels.filter((c) => c.purpose === undefined);
    if (silent.length > 0) return [{ subject: null, status: 'unknown', missing: 'channels[].purpose', path: channelPath(silent[0], 'purpose') }];
    return [{ subject: null, status: 'fail', path: channelPath(channels[0], 'purpose'), values, data: { channels: channels.map((c) => c.id) } }];
  },
};
