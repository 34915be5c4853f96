import { describe, expect, test } from 'vitest';
import { policyCovers } from '../../src/checks/policy-covers.js';
import { buildContext } from './organisation-builder.js';

const options = { field: 'policies.social_media', required_covers: ['tone-of-voice', 'language', 'escalation'] };
const run = (social_media: unknown) =>
  policyCovers.evaluate(buildContext({ channels: [{ id: 'fb', type: 'facebook' }], policies: { social_media } as never }), options, undefined);

describe('policy-covers', () => {
  test('names every topic the policy lacks, in the required order', () => {
    const out = run({ covers: ['personal-use', 'language'] });
    expect(out).toEqual([expect.objectContaining({ subject: null, status: 'fail', path: ['policies', 'social_media', 'covers'] })]);
    expect(out[0]).toMatchObject({ values: { missing: { list: ['tone-of-voice', 'escalation'] } } });
  });
  test('passes with every topic, extra topics allowed', () => {
    expect(run({ covers: ['escalation', 'language', 'tone-of-voice', 'response-times'] })[0].status).toBe('pass');
  });
  test('an empty covers list fails on all three', () => {
    expect(run({ covers: [] })[0]).toMatchObject({ status: 'fail', data: { missing: ['tone-of-voice', 'language', 'escalation'] } });
  });
  test('not applicable without a policy object; unknown when covers is missing', () => {
    expect(run(false)).toEqual([]);
    expect(run(undefined)).toEqual([]);
    expect(run({ reviewed: '2025-01-01' })).toEqual([expect.objectContaining({ status: 'unknown', missing: 'policies.social_media.covers' })]);
  });
});
