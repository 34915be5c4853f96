import { describe, expect, it } from 'vitest';
import { checkReferences, collectHoursFields, usesHolidays } from '../../src/load/normalise.js';

describe('checkReferences', () => {
  it('never throws on data of the wrong shape', () => {
    const shapes: unknown[] = [
      null, 3, 'x', [], {}, { channels: 'x', teams: {}, contact_types: 7 },
      { channels: [null, 1, { id: 3 }], teams: [null, { channels: 'phone', allocation: [1] }, { channels: [1, null], allocation: { a: 'x' } }] },
      { organisation: { timezone: 12 }, teams: [{ timezone: ['x'] }], monitoring: { social_listening: { hours: 5 } } },
    ];
    for (const data of shapes) expect(() => checkReferences(data)).not.toThrow();
  });

  it('checks a team allocation against the team without a parser for hours', () => {
    const problems = checkReferences({
      channels: [{ id: 'phone', hours: 'PH off' }],
      teams: [{ id: 't', channels: ['phone'], allocation: { phone: '100%' } }],
    });
    expect(problems).toEqual([
      { path: ['channels', 0, 'hours'], message: '"PH off" uses public holidays (PH), but organisation.country is not set', hint: 'add organisation.country (e.g. country: BE) so the holidays are known' },
    ]);
  });

  it('quotes the hours parser error and keeps its hint', () => {
    const parse = (value: string) => ({ ok: false as const, error: `cannot read "${value}"`, hint: 'the hint' });
    expect(checkReferences({ organisation: { country: 'BE' }, channels: [{ id: 'a', staffed: 'nonsense' }] }, parse)).toEqual([
      { path: ['channels', 0, 'staffed'], message: 'cannot read "nonsense"', hint: 'the hint' },
    ]);
  });
});

describe('hours fields', () => {
  it('finds every hours field', () => {
    const data = {
      channels: [{ hours: 'a', staffed: 'b' }, { id: 'x' }],
      teams: [{ hours: 'c' }],
      monitoring: { social_listening: { hours: 'd' } },
    };
    expect(collectHoursFields(data).map((f) => f.path.join('.'))).toEqual(['channels.0.hours', 'channels.0.staffed', 'teams.0.hours', 'monitoring.social_listening.hours']);
    expect(collectHoursFields({ channels: [{ id: 'x' }], monitoring: { social_listening: false } })).toEqual([]);
  });

  it('sees PH and SH outside comments only', () => {
    expect(usesHolidays('Mo-Fr 08:00-17:00; PH off')).toBe('PH');
    expect(usesHolidays('SH Mo-Fr 09:00-12:00')).toBe('SH');
    expect(usesHolidays('Mo-Fr 08:00-17:00 "PH: see website"')).toBeUndefined();
    expect(usesHolidays('Mo-Fr 08:00-17:00; PHONE')).toBeUndefined();
  });
});
