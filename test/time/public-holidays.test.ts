import { beforeAll, describe, expect, it } from 'vitest';
import { loadHoursLibrary } from '../../src/time/hours-library.js';
import { listPublicHolidays } from '../../src/time/public-holidays.js';

beforeAll(async () => {
  await loadHoursLibrary();
});

describe('listPublicHolidays', () => {
  it('lists consecutive holidays one by one with their own names', () => {
    expect(listPublicHolidays({ country: 'NL' }, '2026-12-01', '2027-01-02')).toEqual([
      { date: '2026-12-25', name: 'Eerste Kerstdag' },
      { date: '2026-12-26', name: 'Tweede Kerstdag' },
      { date: '2027-01-01', name: 'Nieuwjaarsdag' },
    ]);
  });

  it('excludes the end date', () => {
    expect(listPublicHolidays({ country: 'BE' }, '2026-12-01', '2026-12-25')).toEqual([]);
  });

  it('is undefined without a country or without holiday data for it', () => {
    expect(listPublicHolidays({}, '2026-01-01', '2027-01-01')).toBeUndefined();
    expect(listPublicHolidays({ country: 'AD' }, '2026-01-01', '2027-01-01')).toBeUndefined();
  });
});
