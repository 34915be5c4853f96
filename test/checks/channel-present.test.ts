import { describe, expect, test } from 'vitest';
import { channelPresent } from '../../src/checks/channel-present.js';
import { buildContext } from './organisation-builder.js';

const social = { families: ['social' as const] };

describe('channel-present', () => {
  test('fails for the organisation when no channel matches, never not applicable', () => {
    const out = channelPresent.evaluate(buildContext({ channels: [{ id: 'phone', type: 'phone' }] }), {}, social);
    expect(out).toEqual([expect.objectContaining({ subject: null, status: 'fail', path: ['channels'] })]);
  });
  test('a presence-only social channel counts', () => {
    const out = channelPresent.evaluate(buildContext({ channels: [{ id: 'phone', type: 'phone' }, { id: 'x', type: 'x', inbound: false }] }), {}, social);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ subject: null, status: 'pass', path: ['channels', 1], data: { channels: ['x'] } });
  });
});
