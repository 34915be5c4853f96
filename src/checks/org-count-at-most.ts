// An organisation-wide count stays at or under a limit (`entry-points-fragmented`:
// `phone_numbers`). Absent is unknown when the organisation has channels the count is about,
// not applicable when it has none.
import type { Check } from '../model/rule.js';
import { selectChannels } from './org-queries.js';
import { isAbsent, readOrgField } from './read-org-field.js';

export const orgCountAtMost: Check = {
  id: 'org-count-at-most',
  options: {
    field: { type: 'string', required: true, description: 'dotted path of the count, e.g. organisation.phone_numbers' },
    max: { type: 'integer', required: true, description: 'the highest count that passes' },
  },
  evaluate(ctx, options, selector) {
    const field = options.field as string;
    const max = options.max as number;
    const { value, path } = readOrgField(ctx.org, field);
    if (isAbsent(value)) {
      return selectChannels(ctx.org, selector).length === 0 ? [] : [{ subject: null, status: 'unknown', missing: field, path }];
    }
    if (typeof value !== 'number') return [{ subject: null, status: 'unknown', missing: field, path }];
    const values = { count: value };
    const data = { count: value, max };
    return [value <= max ? { subject: null, status: 'pass', path, values, data } : { subject: null, status: 'fail', path, values, data }];
  },
};
