import { describe, expect, test } from 'vitest';
import { languageCoverage } from '../../src/checks/language-coverage.js';
import { buildContext, type OrganisationDraft } from './organisation-builder.js';

const inbound = { inbound: true };
const run = (languages: string[] | undefined, teams: OrganisationDraft['teams'], channels: OrganisationDraft['channels'] = [{ id: 'phone', type: 'phone' }]) =>
  languageCoverage.evaluate(buildContext({ organisation: { languages }, channels, teams }), {}, inbound);

describe('language-coverage', () => {
  test('teams together cover the languages: pass', () => {
    expect(run(['nl', 'fr'], [{ id: 'a', channels: ['phone'], languages: ['nl'] }, { id: 'b', channels: ['phone'], languages: ['fr'] }])[0].status).toBe('pass');
  });
  test('a missing language fails and is named', () => {
    const out = run(['nl', 'fr', 'de'], [{ id: 'a', channels: ['phone'], languages: ['nl', 'en'] }]);
    expect(out[0]).toMatchObject({ subject: 'phone', status: 'fail', values: { missing: { list: ['fr', 'de'] }, teams: { list: ['a'] } } });
  });
  test('a team without languages: unknown unless the others already cover everything', () => {
    expect(run(['nl', 'fr'], [{ id: 'a', channels: ['phone'], languages: ['nl'] }, { id: 'b', channels: ['phone'] }])[0])
      .toMatchObject({ status: 'unknown', missing: 'teams[].languages', path: ['teams', 1, 'languages'] });
    expect(run(['nl'], [{ id: 'a', channels: ['phone'], languages: ['nl'] }, { id: 'b', channels: ['phone'] }])[0].status).toBe('pass');
  });
  test('organisation.languages absent: unknown per handled channel', () => {
    expect(run(undefined, [{ id: 'a', channels: ['phone'], languages: ['nl'] }])[0])
      .toMatchObject({ status: 'unknown', missing: 'organisation.languages', path: ['organisation', 'languages'] });
  });
  test('teams that list no language at all fail with their own message', () => {
    expect(run(['nl'], [{ id: 'a', channels: ['phone'], languages: [] }])[0]).toMatchObject({ status: 'fail', messageId: 'no-languages' });
  });
  test('unhandled and presence-only channels are not applicable', () => {
    const channels: OrganisationDraft['channels'] = [{ id: 'phone', type: 'phone' }, { id: 'x', type: 'x', inbound: false }];
    expect(run(['nl', 'fr'], [{ id: 'a', channels: ['x'], languages: ['nl'] }], channels)).toEqual([]);
  });
  test('codes compare case-insensitively', () => {
    expect(run(['nl'], [{ id: 'a', channels: ['phone'], languages: ['NL'] }])[0].status).toBe('pass');
  });
});
