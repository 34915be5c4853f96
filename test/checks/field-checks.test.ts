import { describe, expect, test } from 'vitest';
import { fieldAtLeast } from '../../src/checks/field-at-least.js';
import { fieldAtMost } from '../../src/checks/field-at-most.js';
import { fieldEquals } from '../../src/checks/field-equals.js';
import { fieldPresent } from '../../src/checks/field-present.js';
import { convertOption } from '../../src/engine/rule-set.js';
import type { Check } from '../../src/model/rule.js';
import { buildContext } from './organisation-builder.js';

const ctx = buildContext({
  organisation: { tone_of_voice: 'shared' },
  channels: [
    { id: 'fb', type: 'facebook', monitored: true, owner: 'marketing' },
    { id: 'ig', type: 'instagram', inbound: false },
    { id: 'mail', type: 'email', target: { answered: 0.8, within: 8 * 3600 }, answered: 0.75 },
    { id: 'form', type: 'webform' },
  ],
  teams: [{ id: 'care', channels: ['mail'], agents: 4, languages: ['nl', 'fr'] }, { id: 'web', channels: ['fb'], agents: 2 }],
});

/** Evaluate with options written as in a rule file, converted as the engine converts them. */
function run(check: Check, written: Record<string, unknown>) {
  const options: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(written)) {
    const converted = convertOption(check.options[name], value);
    if (!converted.ok) throw new Error(converted.message);
    options[name] = converted.value;
  }
  return check.evaluate(ctx, options, undefined).map((o) => `${o.subject}:${o.status}${o.status === 'unknown' ? `:${o.missing}` : ''}`);
}

describe('generic field checks', () => {
  test('where selects subjects: every field must match, a list means any of', () => {
    expect(run(fieldPresent, { subjects: 'channels', where: { type: ['facebook', 'instagram'] }, field: 'monitored' })).toEqual(['fb:pass', 'ig:fail']);
    expect(run(fieldPresent, { subjects: 'channels', where: { type: 'facebook', owner: 'marketing' }, field: 'monitored' })).toEqual(['fb:pass']);
    expect(run(fieldPresent, { subjects: 'channels', where: { inbound: false }, field: 'monitored' })).toEqual(['ig:fail']);
    expect(run(fieldPresent, { subjects: 'channels', where: { owner: 'it' }, field: 'monitored' })).toEqual([]);
  });

  test('field-equals: equals, one_of, lists holding the value; a missing field is unknown', () => {
    expect(run(fieldEquals, { subjects: 'channels', where: { type: 'facebook' }, field: 'monitored', equals: true })).toEqual(['fb:pass']);
    expect(run(fieldEquals, { subjects: 'channels', where: { type: 'instagram' }, field: 'monitored', equals: true })).toEqual(['ig:unknown:monitored']);
    expect(run(fieldEquals, { subjects: 'organisation', field: 'organisation.tone_of_voice', one_of: ['shared', 'none'] })).toEqual(['null:pass']);
    expect(run(fieldEquals, { subjects: 'teams', field: 'languages', equals: 'fr' })).toEqual(['care:pass', 'web:unknown:languages']);
    expect(run(fieldEquals, { subjects: 'teams', field: 'agents', one_of: [3, 4] })).toEqual(['care:pass', 'web:fail']);
  });

  test('thresholds are written in the file units: durations, shares, numbers', () => {
    expect(run(fieldAtMost, { subjects: 'channels', where: { type: ['email', 'webform'] }, field: 'target.within', at_most: '8h' })).toEqual(['mail:pass', 'form:unknown:target.within']);
    expect(run(fieldAtMost, { subjects: 'channels', where: { type: 'email' }, field: 'target.within', at_most: '4h' })).toEqual(['mail:fail']);
    expect(run(fieldAtLeast, { subjects: 'channels', where: { type: 'email' }, field: 'answered', at_least: '75%' })).toEqual(['mail:pass']);
    expect(run(fieldAtLeast, { subjects: 'channels', where: { type: 'email' }, field: 'answered', at_least: '76%' })).toEqual(['mail:fail']);
    expect(run(fieldAtLeast, { subjects: 'teams', field: 'agents', at_least: 3 })).toEqual(['care:pass', 'web:fail']);
  });

  test('a failure carries the figures in the threshold unit and points at the field', () => {
    const [outcome] = fieldAtMost.evaluate(ctx, { subjects: 'channels', where: { type: 'email' }, field: 'target.within', at_most: { seconds: 3600 } }, undefined);
    expect(outcome).toMatchObject({ status: 'fail', path: ['channels', 2, 'target', 'within'], values: { value: { seconds: 28800 } } });
  });

  test('a threshold that is not a number, duration or share is refused when the rule is loaded', () => {
    expect(convertOption({ type: 'quantity' }, 'lots').ok).toBe(false);
    expect(convertOption({ type: 'quantity' }, '80%')).toEqual({ ok: true, value: { share: 0.8 } });
    expect(convertOption({ type: 'mapping' }, { type: [{}] }).ok).toBe(false);
  });
});
