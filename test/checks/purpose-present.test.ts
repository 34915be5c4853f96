import { describe, expect, test } from 'vitest';
import { purposePresent } from '../../src/checks/purpose-present.js';
import { buildContext, type OrganisationDraft } from './organisation-builder.js';

const run = (channels: OrganisationDraft['channels']) => purposePresent.evaluate(buildContext({ channels }), { purpose: 'sales' }, { families: ['social'] });

describe('purpose-present', () => {
  test('one channel with the purpose is enough, even when others do not say', () => {
    const out = run([{ id: 'fb', type: 'facebook' }, { id: 'ig', type: 'instagram', purpose: ['sales'] }]);
    expect(out).toEqual([expect.objectContaining({ subject: null, status: 'pass', path: ['channels', 1, 'purpose'] })]);
  });
  test('fails only when every channel states a purpose without it', () => {
    expect(run([{ id: 'fb', type: 'facebook', purpose: ['service'] }, { id: 'x', type: 'x', inbound: false, purpose: [] }])[0].status).toBe('fail');
  });
  test('unknown when a channel does not say, pointing at it', () => {
    const out = run([{ id: 'fb', type: 'facebook', purpose: ['service'] }, { id: 'ig', type: 'instagram' }]);
    expect(out).toEqual([expect.objectContaining({ status: 'unknown', missing: 'channels[].purpose', path: ['channels', 1, 'purpose'] })]);
  });
  test('sales on a non-social channel does not count; no social channel is not applicable', () => {
    expect(run([{ id: 'phone', type: 'phone', purpose: ['sales'] }])).toEqual([]);
    expect(run([{ id: 'phone', type: 'phone', purpose: ['sales'] }, { id: 'fb', type: 'facebook', purpose: ['service'] }])[0].status).toBe('fail');
  });
});
