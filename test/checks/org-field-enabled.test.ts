import { describe, expect, test } from 'vitest';
import { orgFieldEnabled } from '../../src/checks/org-field-enabled.js';
import { buildContext, type OrganisationDraft } from './organisation-builder.js';

const social = { families: ['social' as const] };
const withSocial = (extra: Partial<OrganisationDraft>): OrganisationDraft => ({ channels: [{ id: 'fb', type: 'facebook' }], ...extra });

describe('org-field-enabled', () => {
  test('an object or true passes, false fails, absent is unknown naming the dotted field', () => {
    const policy = (social_media: unknown) =>
      orgFieldEnabled.evaluate(buildContext(withSocial({ policies: { social_media } as never })), { field: 'policies.social_media' }, social)[0];
    expect(policy({ covers: [] })).toMatchObject({ subject: null, status: 'pass', path: ['policies', 'social_media'] });
    expect(policy(false)).toMatchObject({ status: 'fail', values: { channels: { list: ['fb'] } } });
    expect(policy(undefined)).toMatchObject({ status: 'unknown', missing: 'policies.social_media' });
    const procedure = (escalation_procedure: boolean | undefined) =>
      orgFieldEnabled.evaluate(buildContext(withSocial({ monitoring: { escalation_procedure } })), { field: 'monitoring.escalation_procedure' }, social)[0].status;
    expect([procedure(true), procedure(false), procedure(undefined)]).toEqual(['pass', 'fail', 'unknown']);
  });
  test('not applicable without a selected channel, or below min_channels', () => {
    const ctx = buildContext({ channels: [{ id: 'phone', type: 'phone' }], policies: { social_media: false } });
    expect(orgFieldEnabled.evaluate(ctx, { field: 'policies.social_media' }, social)).toEqual([]);
    const two = buildContext(withSocial({ policies: { social_media: false } }));
    expect(orgFieldEnabled.evaluate(two, { field: 'policies.social_media', min_channels: 2 }, social)).toEqual([]);
  });
  test('a path through a missing parent is unknown, not a crash', () => {
    const out = orgFieldEnabled.evaluate(buildContext(withSocial({})), { field: 'nowhere.deeper.field' }, social);
    expect(out).toEqual([expect.objectContaining({ status: 'unknown', missing: 'nowhere.deeper.field' })]);
  });
});
