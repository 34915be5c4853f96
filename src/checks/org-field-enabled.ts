// An organisation-wide safeguard is in place (a policy written out, a procedure that exists)
// once the organisation has the channels that need it: `social-policy-missing`,
// `social-escalation-missing`. `false` fails, `true` or an object passes, absent is unknown.
import type { Check } from '../model/rule.js';
import { selectChannels } from './org-queries.js';
import { channelNames } from './channel-names.js';
import { isAbsent, isInPlace, readOrgField } from './read-org-field.js';

export const orgFieldEnabled: Check = {
  id: 'org-field-enabled',
  options: {
    field: { type: 'string', required: true, description: 'dotted path of the safeguard, e.g. policies.social_media' },
    min_channels: { type: 'integer', description: 'how many selected channels make the safeguard necessary (default 1)' },
  },
  evaluate(ctx, options, selector) {
    const channels = selectChannels(ctx.org, selector);
    const minChannels = (options.min_channels as number | undefined) ?? 1;
    if (channels.length === 0 || channels.length < minChannels) return [];
    const field = options.field as string;
    const { value, path } = readOrgField(ctx.org, field);
    if (isAbsent(value)) return [{ subject: null, status: 'unknown', missing: field, path }];
    const values = { channels: { list: channelNames(channels) } };
    const data = { channels: channels.map((c) => c.id) };
    return [isInPlace(value)
      ? { subject: null, status: 'pass', path, values, data }
      : { subject: null, status: 'fail', path, values, data }];
  },
};
