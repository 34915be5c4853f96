import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addOneYear, formatLocalTime, formatWallTime, instantToWall, getWeekMonday, getOffset, todayInZone, wallToInstant, getWeekday,
} from '../../src/time/zoned-time.js';

const BXL = 'Europe/Brussels';

describe('zoned time', () => {
  it('reads the wall clock of a zone at an instant, winter and summer', () => {
    expect(instantToWall(BXL, Date.UTC(2026, 0, 15, 7, 0))).toBe(Date.UTC(2026, 0, 15, 8, 0));
    expect(instantToWall(BXL, Date.UTC(2026, 6, 15, 7, 0))).toBe(Date.UTC(2026, 6, 15, 9, 0));
    expect(getOffset('Asia/Manila', Date.UTC(2026, 6, 15))).toBe(8 * 3_600_000);
    expect(getOffset('America/Paramaribo', Date.UTC(2026, 0, 15))).toBe(-3 * 3_600_000);
  });

  it('maps an ordinary wall time back to its instant', () => {
    expect(wallToInstant(BXL, Date.UTC(2026, 0, 15, 8, 0))).toBe(Date.UTC(2026, 0, 15, 7, 0));
    expect(wallToInstant(BXL, Date.UTC(2026, 6, 15, 9, 0))).toBe(Date.UTC(2026, 6, 15, 7, 0));
  });

  it('maps a wall time in the spring-forward gap to the transition', () => {
    // 2026-03-29: 02:00 CET jumps to 03:00 CEST at 01:00 UTC.
    expect(wallToInstant(BXL, Date.UTC(2026, 2, 29, 2, 30))).toBe(Date.UTC(2026, 2, 29, 1, 0));
    expect(wallToInstant(BXL, Date.UTC(2026, 2, 29, 3, 0))).toBe(Date.UTC(2026, 2, 29, 1, 0));
  });

  it('maps an ambiguous fall-back wall time to its first occurrence', () => {
    // 2026-10-25: 03:00 CEST falls back to 02:00 CET at 01:00 UTC; 02:30 happens at 00:30 and 01:30 UTC.
    expect(wallToInstant(BXL, Date.UTC(2026, 9, 25, 2, 30))).toBe(Date.UTC(2026, 9, 25, 0, 30));
    expect(wallToInstant(BXL, Date.UTC(2026, 9, 25, 3, 0))).toBe(Date.UTC(2026, 9, 25, 2, 0));
  });

  it('gives today in a zone, formats local time, and does week arithmetic', () => {
    const lateEvening = Date.UTC(2026, 0, 1, 23, 30);
    expect(todayInZone(BXL, lateEvening)).toBe('2026-01-02');
    expect(todayInZone('America/New_York', new Date(lateEvening))).toBe('2026-01-01');
    expect(formatLocalTime(BXL, Date.UTC(2026, 6, 1, 6, 5))).toBe('08:05');
    expect(getWeekMonday('2026-03-29')).toBe('2026-03-23');
    expect(getWeekMonday('2026-03-23')).toBe('2026-03-23');
    expect(getWeekday('2026-12-25')).toBe('Fr');
    expect(addOneYear('2028-02-29')).toBe('2029-03-01');
  });
});

describe('getOffset (cached by the day, then the hour)', () => {
  // The offset as Intl gives it, to the millisecond, with no cache: the definition.
  function intlOffset(zone: string, instant: number): number {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
        .formatToParts(new Date(instant))
        .filter((p) => p.type !== 'literal')
        .map((p) => [p.type, Number(p.value)]),
    );
    return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second) + (((instant % 1000) + 1000) % 1000) - instant;
  }

  // Half-hour DST (Lord Howe), two-hour DST (Troll), a skipped day (Apia, 2011), southern and
  // northern DST, and a zone with a 45-minute offset.
  const zones = ['Europe/Brussels', 'America/New_York', 'Australia/Lord_Howe', 'Antarctica/Troll', 'Pacific/Apia', 'America/Santiago', 'Asia/Kathmandu', 'UTC'];

  it('equals Intl at any instant, transitions included', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(2010, 0, 1), max: Date.UTC(2032, 0, 1) }), (zone, instant) => {
        expect(getOffset(zone, instant)).toBe(intlOffset(zone, instant));
      }),
      { numRuns: 3000, seed: 23 },
    );
  });

  it('equals Intl around every transition of 2026, minute by minute', () => {
    for (const zone of zones) {
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 6 * 3_600_000) {
        if (intlOffset(zone, t) === intlOffset(zone, t + 6 * 3_600_000)) continue;
        for (let m = t; m <= t + 6 * 3_600_000; m += 60_000) expect(getOffset(zone, m), `${zone} ${new Date(m).toISOString()}`).toBe(intlOffset(zone, m));
      }
    }
  });

  it('writes a wall time as its ISO hours and minutes, any instant, before 1970 too', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }), (wall) => {
        expect(formatWallTime(wall)).toBe(new Date(wall).toISOString().slice(11, 16));
      }),
      { numRuns: 2000 },
    );
    expect(formatWallTime(Date.UTC(2026, 5, 15, 23, 59, 59, 999))).toBe('23:59');
    expect(formatWallTime(Date.UTC(1969, 11, 31, 0, 0, 30))).toBe('00:00');
  });
});
