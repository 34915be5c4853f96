import { beforeAll, describe, expect, it } from 'vitest';
import { loadHoursLibrary } from '../../src/time/hours-library.js';
import { HoursEvaluationError, openIntervals } from '../../src/time/open-intervals.js';

const BE = { country: 'BE' };

beforeAll(async () => {
  await loadHoursLibrary();
});

describe('openIntervals', () => {
  it('converts the night of the spring change to real time', () => {
    // Sa 22:00 to Su 06:00 in Brussels on 2026-03-28/29: 21:00 UTC to 04:00 UTC, 7 real hours.
    const night = openIntervals('Sa 22:00-06:00', BE, 'Europe/Brussels', Date.UTC(2026, 2, 28), Date.UTC(2026, 2, 30));
    expect(night).toEqual([{ start: Date.UTC(2026, 2, 28, 21), end: Date.UTC(2026, 2, 29, 4) }]);
  });

  it('converts the night of the autumn change to real time', () => {
    // Sa 22:00 CEST (20:00 UTC) to Su 06:00 CET (05:00 UTC): 9 real hours.
    const night = openIntervals('Sa 22:00-06:00', BE, 'Europe/Brussels', Date.UTC(2026, 9, 24), Date.UTC(2026, 9, 26));
    expect(night).toEqual([{ start: Date.UTC(2026, 9, 24, 20), end: Date.UTC(2026, 9, 25, 5) }]);
  });

  it('clips to the range asked and merges touching intervals', () => {
    const day = openIntervals('Mo 08:00-12:00,12:00-18:00', BE, 'UTC', Date.UTC(2026, 10, 23, 10), Date.UTC(2026, 10, 23, 20));
    expect(day).toEqual([{ start: Date.UTC(2026, 10, 23, 10), end: Date.UTC(2026, 10, 23, 18) }]);
  });

  it('throws a HoursEvaluationError for a string that does not parse', () => {
    expect(() => openIntervals('Mo-Fr 25:00-26:00', BE, 'UTC', 0, 1)).toThrow(HoursEvaluationError);
  });
});
