import { beforeAll, describe, expect, it } from 'vitest';
import { loadHoursLibrary } from '../../src/time/hours-library.js';
import { openIntervals } from '../../src/time/open-intervals.js';
import { parseHours } from '../../src/time/parse-hours.js';

const BE = { country: 'BE', region: 'Vlaanderen' };
const BXL = 'Europe/Brussels';

beforeAll(async () => {
  await loadHoursLibrary();
});

function warningsOf(value: string, ctx = BE): string[] {
  const parsed = parseHours(value, ctx);
  if (!parsed.ok) throw new Error(`expected "${value}" to parse: ${parsed.error}`);
  return parsed.warnings;
}

describe('parseHours', () => {
  it('accepts a clean string without warnings', () => {
    expect(warningsOf('Mo-Fr 08:00-20:00; Sa 09:00-13:00; PH off')).toEqual([]);
    expect(warningsOf('24/7')).toEqual([]);
    expect(warningsOf('Mo-Su 22:00-02:00')).toEqual([]);
  });

  it('caches by string, country and region', () => {
    expect(parseHours('Mo-Fr 09:00-17:00', BE)).toBe(parseHours('Mo-Fr 09:00-17:00', { ...BE }));
    expect(parseHours('Mo-Fr 09:00-17:00', BE)).not.toBe(parseHours('Mo-Fr 09:00-17:00', { country: 'NL' }));
  });

  it('explains "Mo-Fr 08:00-18:00 PH off" without ";": closed on an ordinary Tuesday', () => {
    const warnings = warningsOf('Mo-Fr 08:00-18:00 PH off');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('"PH Mo-Fr 08:00-18:00 off"');
    expect(warnings[0]).toContain('never open on an ordinary day');
    expect(warnings[0]).toContain('"Mo-Fr 08:00-18:00; PH off"');
    expect(warnings[0]).not.toContain('<---');
    // Tuesday 2026-11-24, all day in Brussels.
    const tuesday = { from: Date.UTC(2026, 10, 23, 23), to: Date.UTC(2026, 10, 24, 23) };
    expect(openIntervals('Mo-Fr 08:00-18:00 PH off', BE, BXL, tuesday.from, tuesday.to)).toEqual([]);
    expect(openIntervals('Mo-Fr 08:00-18:00; PH off', BE, BXL, tuesday.from, tuesday.to)).toEqual([
      { start: Date.UTC(2026, 10, 24, 7), end: Date.UTC(2026, 10, 24, 17) },
    ]);
  });

  it('says that "weekdays 9 to 5" runs to 05:00 the next morning', () => {
    const warnings = warningsOf('weekdays 9 to 5');
    expect(warnings[0]).toContain('"Mo-Fr 09:00-05:00"');
    expect(warnings[0]).toContain('past midnight');
    expect(warnings[0]).toContain('09:00-17:00');
    expect(warnings.some((w) => w.includes('Mo-Fr') && w.includes('weekdays'))).toBe(true);
    expect(warnings.every((w) => !w.includes('<---') && !w.includes('http'))).toBe(true);
    // Monday 2026-11-23 09:00 to Tuesday 05:00 Brussels (UTC+1).
    const monday = openIntervals('weekdays 9 to 5', BE, BXL, Date.UTC(2026, 10, 22, 23), Date.UTC(2026, 10, 23, 23));
    expect(monday).toEqual([{ start: Date.UTC(2026, 10, 23, 8), end: Date.UTC(2026, 10, 23, 23) }]);
    const tuesdayMorning = openIntervals('weekdays 9 to 5', BE, BXL, Date.UTC(2026, 10, 23, 23), Date.UTC(2026, 10, 24, 8));
    expect(tuesdayMorning).toEqual([{ start: Date.UTC(2026, 10, 23, 23), end: Date.UTC(2026, 10, 24, 4) }]);
  });

  it('warns that a comment-only rule counts as closed', () => {
    const warnings = warningsOf('Mo-Fr 08:00-18:00 "by phone"');
    expect(warnings).toEqual([expect.stringContaining('reads it as unknown')]);
    expect(openIntervals('Mo-Fr 08:00-18:00 "by phone"', BE, BXL, Date.UTC(2026, 10, 23), Date.UTC(2026, 10, 30))).toEqual([]);
    expect(warningsOf('Mo-Fr 08:00-18:00 open "by phone"')).toEqual([]);
  });

  it('refuses what the library throws on, with the place', () => {
    const parsed = parseHours('Mo-Fr 25:00-26:00', BE);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toContain('time range starts outside of the current day');
      expect(parsed.error).toContain('at "Mo-Fr 25:00"');
    }
  });

  it('refuses PH and SH without a country', () => {
    expect(parseHours('Mo-Fr 09:00-17:00; PH off', {})).toEqual({
      ok: false,
      error: '"Mo-Fr 09:00-17:00; PH off" uses PH but organisation.country is not set',
      hint: 'add organisation.country, e.g. BE',
    });
    const sh = parseHours('Mo-Fr 09:00-17:00; SH off', {});
    expect(sh.ok).toBe(false);
    if (!sh.ok) expect(sh.error).toContain('uses SH but organisation.country is not set');
    // "holidays" is corrected to PH by the library: still caught.
    const corrected = parseHours('Mo-Fr 09:00-17:00; holidays off', {});
    expect(corrected.ok).toBe(false);
    expect(parseHours('Mo-Fr 09:00-17:00', {}).ok).toBe(true);
  });

  it('refuses PH for a country the library has no holidays for, with a hint', () => {
    const parsed = parseHours('Mo-Fr 09:00-17:00; PH off', { country: 'AD' });
    expect(parsed).toMatchObject({ ok: false, error: 'opening_hours knows no public holidays (PH) for country AD' });
    const gb = parseHours('Mo-Fr 09:00-17:00; PH off', { country: 'GB' });
    expect(gb).toMatchObject({ ok: false, hint: expect.stringContaining('England') });
    expect(parseHours('Mo-Fr 09:00-17:00; PH off', { country: 'GB', region: 'England' }).ok).toBe(true);
  });

  it('needs the school-holiday region for SH, accepting common names for it', () => {
    const be = parseHours('Mo-Fr 09:00-17:00; SH off', { country: 'BE' });
    expect(be).toMatchObject({ ok: false, error: expect.stringContaining('school holidays (SH) for country BE'), hint: expect.stringContaining('NL (Vlaanderen)') });
    expect(parseHours('Mo-Fr 09:00-17:00; SH off', { country: 'BE', region: 'Vlaanderen' }).ok).toBe(true);
    expect(parseHours('Mo-Fr 09:00-17:00; SH off', { country: 'BE', region: 'FR' }).ok).toBe(true);
    const nl = parseHours('Mo-Fr 09:00-17:00; SH off', { country: 'NL', region: 'Noord-Holland' });
    expect(nl).toMatchObject({ ok: false, hint: expect.stringContaining('NO (noord), MI (midden) or ZU (zuid)') });
    expect(parseHours('Mo-Fr 09:00-17:00; SH off', { country: 'NL', region: 'MI' }).ok).toBe(true);
  });
});
