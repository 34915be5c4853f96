import { describe, expect, test } from 'vitest';
import { orgCountAtMost } from '../../src/checks/org-count-at-most.js';
import { buildContext, type OrganisationDraft } from './organisation-builder.js';

const options = { field: 'organisation.phone_numbers', max: 1 };
const selector = { channel_types: ['phone' as const, 'ivr' as const] };
const run = (phone_numbers: number | undefined, channels: OrganisationDraft['channels']) =>
  orgCountAtMost.evaluate(buildContext({ organisation: { phone_numbers }, channels }), options, selector);
const phone: OrganisationDraft['channels'] = [{ id: 'phone', type: 'phone' }];
const chat: OrganisationDraft['channels'] = [{ id: 'chat', type: 'webchat' }];

describe('org-count-at-most', () => {
  test('at the limit passes, above fails, zero passes', () => {
    expect(run(1, phone)[0]).toMatchObject({ subject: null, status: 'pass' });
    expect(run(2, phone)[0]).toMatchObject({ status: 'fail', values: { count: 2 }, path: ['organisation', 'phone_numbers'] });
    expect(run(0, phone)[0].status).toBe('pass');
  });
  test('a written count is judged even without a phone channel', () => {
    expect(run(3, chat)[0].status).toBe('fail');
  });
  test('absent: unknown with a phone or IVR channel, not applicable without', () => {
    expect(run(undefined, phone)[0]).toMatchObject({ status: 'unknown', missing: 'organisation.phone_numbers' });
    expect(run(undefined, [{ id: 'ivr', type: 'ivr' }])[0].status).toBe('unknown');
    expect(run(undefined, chat)).toEqual([]);
  });
});
