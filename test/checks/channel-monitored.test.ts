import { describe, expect, test } from 'vitest';
import { channelMonitored } from '../../src/checks/channel-monitored.js';
import { buildContext, type OrganisationDraft } from './organisation-builder.js';

const selector = { families: ['social' as const] };
const one = (monitored: boolean | undefined, monitoring: OrganisationDraft['monitoring']) =>
  channelMonitored.evaluate(buildContext({ channels: [{ id: 'fb', type: 'facebook', monitored }], monitoring }), {}, selector)[0];

describe('channel-monitored', () => {
  test('monitored: true passes whatever the listening', () => {
    expect(one(true, { social_listening: false }).status).toBe('pass');
    expect(one(true, {}).status).toBe('pass');
  });
  test('social listening rescues an unmonitored or silent channel', () => {
    expect(one(false, { social_listening: { tool: 'Coosto' } })).toMatchObject({ status: 'pass', path: ['monitoring', 'social_listening'] });
    expect(one(undefined, { social_listening: {} }).status).toBe('pass');
  });
  test('both explicitly false fails', () => {
    expect(one(false, { social_listening: false })).toMatchObject({ status: 'fail', path: ['channels', 0, 'monitored'] });
  });
  test('a missing field that nothing rescues is named', () => {
    expect(one(undefined, { social_listening: false })).toMatchObject({ status: 'unknown', missing: 'monitored' });
    expect(one(false, {})).toMatchObject({ status: 'unknown', missing: 'monitoring.social_listening', path: ['monitoring', 'social_listening'] });
    expect(one(undefined, {})).toMatchObject({ status: 'unknown', missing: 'monitored' });
  });
  test('presence-only social channels are judged too', () => {
    const out = channelMonitored.evaluate(buildContext({ channels: [{ id: 'x', type: 'x', inbound: false, monitored: false }], monitoring: { social_listening: false } }), {}, selector);
    expect(out).toEqual([expect.objectContaining({ subject: 'x', status: 'fail' })]);
  });
});
