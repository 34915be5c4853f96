import { describe, expect, test } from 'vitest';
import { orgFieldShared } from '../../src/checks/org-field-shared.js';
import { buildContext, type OrganisationDraft } from './organisation-builder.js';

const inbound = { inbound: true };
const two: OrganisationDraft['channels'] = [{ id: 'phone', type: 'phone' }, { id: 'chat', type: 'webchat' }];
const tone = { field: 'organisation.tone_of_voice', wanted: 'shared' };

describe('org-field-shared', () => {
  test('the wanted value passes; another fails with the value as messageId', () => {
    const ok = orgFieldShared.evaluate(buildContext({ organisation: { tone_of_voice: 'shared' }, channels: two }), tone, inbound);
    expect(ok).toEqual([expect.objectContaining({ subject: null, status: 'pass', path: ['organisation', 'tone_of_voice'] })]);
    const none = orgFieldShared.evaluate(buildContext({ organisation: { tone_of_voice: 'none' }, channels: two }), tone, inbound);
    expect(none[0]).toMatchObject({ status: 'fail', messageId: 'none', values: { value: 'none', channel_count: 2 } });
    const view = orgFieldShared.evaluate(buildContext({ organisation: { customer_view: 'shared' as never }, channels: two }), { field: 'organisation.customer_view', wanted: 'unified' }, inbound);
    expect(view[0].status).toBe('fail');
  });
  test('absent is unknown naming organisation.<field>', () => {
    const out = orgFieldShared.evaluate(buildContext({ channels: two }), { field: 'organisation.knowledge_base', wanted: 'shared' }, inbound);
    expect(out).toEqual([expect.objectContaining({ status: 'unknown', missing: 'organisation.knowledge_base' })]);
  });
  test('not applicable below two inbound channels: presence-only ones do not count', () => {
    const channels: OrganisationDraft['channels'] = [{ id: 'phone', type: 'phone' }, { id: 'x', type: 'x', inbound: false }];
    expect(orgFieldShared.evaluate(buildContext({ organisation: { tone_of_voice: 'none' }, channels }), tone, inbound)).toEqual([]);
    expect(orgFieldShared.evaluate(buildContext({ organisation: { tone_of_voice: 'none' }, channels: two }), { ...tone, min_channels: 3 }, inbound)).toEqual([]);
  });
});
