import { describe, expect, test } from 'vitest';
import { teamTrained } from '../../src/checks/team-trained.js';
import { buildContext, type OrganisationDraft } from './organisation-builder.js';

const written = { families: ['written' as const], inbound: true };
const social = { families: ['social' as const] };
const channels: OrganisationDraft['channels'] = [
  { id: 'phone', type: 'phone' },
  { id: 'email', type: 'email' },
  { id: 'fb', type: 'facebook' },
  { id: 'x', type: 'x', inbound: false },
];

describe('team-trained', () => {
  test('writing: one outcome per team with an inbound written channel', () => {
    const ctx = buildContext({
      channels,
      teams: [
        { id: 'voice', channels: ['phone'], training: [] },
        { id: 'mail', channels: ['phone', 'email'], training: ['product'] },
        { id: 'care', channels: ['fb'], training: ['writing'] },
        { id: 'presence', channels: ['x'] },
        { id: 'silent', channels: ['email'] },
      ],
    });
    const out = teamTrained.evaluate(ctx, { training: 'writing' }, written);
    expect(out.map((o) => [o.subject, o.status])).toEqual([['mail', 'fail'], ['care', 'pass'], ['silent', 'unknown']]);
    expect(out[0]).toMatchObject({ values: { channels: { list: ['email'] } }, path: ['teams', 1, 'training'] });
    expect(out[2]).toMatchObject({ missing: 'training', path: ['teams', 4, 'training'] });
  });
  test('social media: coaching for everyone passes, also for a team that lists no training', () => {
    const teams: OrganisationDraft['teams'] = [
      { id: 'care', channels: ['fb'], training: ['writing'] },
      { id: 'presence', channels: ['x'] },
    ];
    const options = { training: 'social-media', accept_field: 'policies.coaching' };
    const coached = teamTrained.evaluate(buildContext({ channels, teams, policies: { coaching: true } }), options, social);
    expect(coached.map((o) => [o.subject, o.status])).toEqual([['care', 'pass'], ['presence', 'pass']]);
    expect(coached[0].path).toEqual(['policies', 'coaching']);
    const uncoached = teamTrained.evaluate(buildContext({ channels, teams, policies: { coaching: false } }), options, social);
    expect(uncoached.map((o) => [o.subject, o.status])).toEqual([['care', 'fail'], ['presence', 'unknown']]);
    // coaching not written down counts as not given (decision in rules/social-coaching-missing.yaml)
    const silent = teamTrained.evaluate(buildContext({ channels, teams }), options, social);
    expect(silent.map((o) => o.status)).toEqual(['fail', 'unknown']);
  });
  test('no team on a selected channel: not applicable', () => {
    expect(teamTrained.evaluate(buildContext({ channels, teams: [{ id: 'voice', channels: ['phone'] }] }), { training: 'writing' }, written)).toEqual([]);
  });
});
