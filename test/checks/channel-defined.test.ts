import { describe, expect, test } from 'vitest';
import { channelDefined } from '../../src/checks/channel-defined.js';
import { buildContext, type OrganisationDraft } from './organisation-builder.js';

const run = (channels: OrganisationDraft['channels'], teams: OrganisationDraft['teams'] = []) =>
  channelDefined.evaluate(buildContext({ channels, teams }), { target_exempt_families: ['social'] }, undefined);

describe('channel-defined', () => {
  test('every gap of an inbound channel in one outcome, joined in a fixed order', () => {
    const out = run([{ id: 'chat', type: 'webchat' }]);
    expect(out).toEqual([expect.objectContaining({ subject: 'chat', status: 'fail', messageId: 'no-owner-unhandled-no-target', path: ['channels', 0, 'owner'] })]);
    expect(out[0]).toMatchObject({ data: { reasons: ['no-owner', 'unhandled', 'no-target'] } });
  });
  test('single gaps name themselves', () => {
    const teams = [{ id: 't', channels: ['a', 'b', 'c'] }];
    const out = run([
      { id: 'a', type: 'email', target: { answered: 0.9, within: 86400 } },
      { id: 'b', type: 'email', owner: 'contact-center' },
      { id: 'c', type: 'callback', owner: 'contact-center', promise: 7200 },
      { id: 'd', type: 'phone', owner: 'it', target: { answered: 0.8, within: 20 } },
    ], teams);
    expect(out.map((o) => [o.subject, o.status === 'fail' ? o.messageId : o.status])).toEqual([
      ['a', 'no-owner'], ['b', 'no-target'], ['c', 'pass'], ['d', 'unhandled'],
    ]);
  });
  test('social channels need no target; presence-only channels need only a redirect', () => {
    const out = run([
      { id: 'fb', type: 'facebook', owner: 'contact-center' },
      { id: 'x', type: 'x', inbound: false },
      { id: 'ig', type: 'instagram', inbound: false, redirect: '   ' },
      { id: 'li', type: 'linkedin', inbound: false, redirect: 'Bel ons' },
    ], [{ id: 't', channels: ['fb'] }]);
    expect(out.map((o) => [o.subject, o.status === 'fail' ? o.messageId : o.status])).toEqual([
      ['fb', 'pass'], ['x', 'no-redirect'], ['ig', 'no-redirect'], ['li', 'pass'],
    ]);
  });
  test('without the exemption a social channel needs a target too; never unknown', () => {
    const out = channelDefined.evaluate(buildContext({ channels: [{ id: 'fb', type: 'facebook', owner: 'marketing' }], teams: [{ id: 't', channels: ['fb'] }] }), {}, undefined);
    expect(out[0]).toMatchObject({ status: 'fail', messageId: 'no-target' });
  });
});

describe('channel-undefined, rendered', () => {
  test('the message names every gap, in both languages, and the finding points at the first', async () => {
    const { runRule } = await import('../helpers/rule-tester.js');
    const yaml = [
      'version: 1',
      'organisation: { name: Test BV, country: BE }',
      'channels:',
      '  - id: chat',
      '    type: webchat',
      '    label: Webchat',
    ].join('\n');
    const en = await runRule('channel-undefined', yaml);
    expect(en.findings).toHaveLength(1);
    expect(en.findings[0].message).toBe('Webchat is open to customers but has no owner, no team that handles it and no service-level target or promise.');
    expect(en.findings[0]).toMatchObject({ path: 'channels[0].owner', line: 4, data: { reasons: ['no-owner', 'unhandled', 'no-target'] } });
    const nl = await runRule('channel-undefined', yaml, { lang: 'nl' });
    expect(nl.findings[0].message).toContain('geen eigenaar, geen team dat het behandelt en geen servicenorm');
  });
});
