// One organisation-wide field must have a wanted value once customers can come in through
// several channels (`tone-of-voice-fragmented`, `answers-fragmented`, `customer-view-missing`).
import type { Check } from '../model/rule.js';
import { selectChannels } from './org-queries.js';
import { channelNames } from './channel-names.js';
import { isAbsent, readOrgField } from './read-org-field.js';

export const orgFieldShared: Check = {
  id: 'org-field-shared',
  options: {
    field: { type: 'string', required: true, description: 'dotted path of the field, e.g. organisation.tone_of_voice' },
    wanted: { type: 'string', required: true, description: 'the value that passes, e.g. shared' },
    min_channels: { type: 'integer', description: 'how many selected channels make one way of working necessary (default 2)' },
  },
  evaluate(ctx, options, selector) {
    const channels = selectChannels(ctx.org, selector);
    const minChannels = (options.min_channels as number | undefined) ?? 2;
    if (channels.length === 0 || channels.length < minChannels) return [];
    const field = options.field as string;
    const { value, path } = readOrgField(ctx.org, field);
    if (isAbsent(value)) return [{ subject: null, status: 'unknown', missing: field, path }];
    const shown = String(value);
    const values = { value: shown, channel_count: channels.length, channels: { list: channelNames(channels) } };
    const data = { value, wanted: options.wanted, channels: channels.map((c) => c.id) };
    return [value === options.wanted
      ? { subject: null, status: 'pass', path, values, data }
      // The value names the message (`none`, `per-channel`): a rule can say "no guideline at
      // all" differently from "one per channel"; the engine falls back to `default`.
      : { subject: null, status: 'fail', messageId: typeof value === 'string' ? value : undefined, path, values, data }];
  },
};
