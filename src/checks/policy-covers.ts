// A written policy covers the topics it must (`social-policy-incomplete`). Not applicable when
// there is no policy object: a missing policy is another rule's finding.
import type { Check } from '../model/rule.js';
import { isAbsent, readOrgField } from './read-org-field.js';

export const policyCovers: Check = {
  id: 'policy-covers',
  options: {
    field: { type: 'string', required: true, description: 'dotted path of the policy object, e.g. policies.social_media' },
    required_covers: { type: 'string[]', required: true, description: 'topics the policy must list in `covers`' },
  },
  evaluate(ctx, options) {
    const field = options.field as string;
    const required = options.required_covers as string[];
    const { value, path } = readOrgField(ctx.org, field);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
    const covers = (value as Record<string, unknown>).covers;
    const coversPath = [...path, 'covers'];
    if (isAbsent(covers) || !Array.isArray(covers)) return [{ subject: null, status: 'unknown', missing: `${field}.covers`, path: coversPath }];
    const missing = required.filter((topic) => !covers.includes(topic));
    const values = { missing: { list: missing }, covers: { list: covers.map(String) } };
    const data = { covers, missing };
    return [missing.length === 0
      ? { subject: null, status: 'pass', path: coversPath, values, data }
      : { subject: null, status: 'fail', path: coversPath, values, data }];
  },
};
