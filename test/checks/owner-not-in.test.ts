import { describe, expect, test } from 'vitest';
import { ownerNotIn } from '../../src/checks/owner-not-in.js';
import { buildContext } from './organisation-builder.js';

describe('owner-not-in', () => {
  test('fails the listed owners, passes others, unknown without owner, skips what the selector excludes', () => {
    const ctx = buildContext({
      channels: [
        { id: 'fb', type: 'facebook', owner: 'marketing' },
        { id: 'ig', type: 'instagram', owner: 'communications' },
        { id: 'li', type: 'linkedin', owner: 'contact-center' },
        { id: 'tt', type: 'tiktok' },
        { id: 'x', type: 'x', owner: 'marketing', inbound: false },
      ],
    });
    const out = ownerNotIn.evaluate(ctx, { owners: ['marketing', 'communications'] }, { families: ['social'], inbound: true });
    expect(out.map((o) => [o.subject, o.status])).toEqual([['fb', 'fail'], ['ig', 'fail'], ['li', 'pass'], ['tt', 'unknown']]);
    expect(out[0]).toMatchObject({ values: { owner: 'marketing' }, path: ['channels', 0, 'owner'] });
    expect(out[3]).toMatchObject({ missing: 'owner' });
  });
});
