import { describe, expect, test } from 'vitest';
import { answeredAtLeast } from '../../src/checks/answered-at-least.js';
import { buildContext } from './organisation-builder.js';

const selector = { families: ['social' as const], inbound: true };
const run = (draft: Parameters<typeof buildContext>[0]) => answeredAtLeast.evaluate(buildContext(draft), { min_answered: 0.9 }, selector);

describe('answered-at-least', () => {
  test('a share equal to the limit passes, one just below fails', () => {
    const out = run({ channels: [{ id: 'fb', type: 'facebook', answered: 0.9 }, { id: 'x', type: 'x', answered: 0.899 }], teams: [{ id: 't', channels: ['fb', 'x'] }] });
    expect(out.map((o) => [o.subject, o.status])).toEqual([['fb', 'pass'], ['x', 'fail']]);
    expect(out[1]).toMatchObject({ values: { answered: { share: 0.899 } }, path: ['channels', 1, 'answered'] });
  });
  test('no measurement: unknown when a team handles the channel, fail (unhandled) when none does', () => {
    const out = run({ channels: [{ id: 'fb', type: 'facebook' }, { id: 'ig', type: 'instagram' }], teams: [{ id: 't', channels: ['fb'] }] });
    expect(out[0]).toMatchObject({ subject: 'fb', status: 'unknown', missing: 'answered' });
    expect(out[1]).toMatchObject({ subject: 'ig', status: 'fail', messageId: 'unhandled' });
  });
  test('a measured channel without a team is judged on its measurement', () => {
    expect(run({ channels: [{ id: 'fb', type: 'facebook', answered: 1 }] })[0].status).toBe('pass');
  });
  test('presence-only and non-social channels are not applicable', () => {
    expect(run({ channels: [{ id: 'x', type: 'x', inbound: false }, { id: 'wa', type: 'whatsapp', answered: 0.1 }] })).toEqual([]);
  });
});
