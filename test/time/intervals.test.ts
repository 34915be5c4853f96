// The set operations on intervals against their plain definition: minutes as a row of booleans.
// Inputs may be unsorted, overlapping, touching or empty; results are merged lists, and inputs are
// never changed (they are frozen here: a write would throw).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Interval } from '../../src/model/coverage.js';
import {
  clipIntervals, intersectIntervals, mergeIntervals, subtractIntervals, totalMinutes, unionIntervals,
} from '../../src/time/intervals.js';

const MINUTE = 60_000;
const SPAN = 120;

const interval = fc
  .tuple(fc.integer({ min: 0, max: SPAN }), fc.integer({ min: 0, max: SPAN }))
  .map(([a, b]): Interval => Object.freeze({ start: a * MINUTE, end: b * MINUTE }));
const list = fc.array(interval, { maxLength: 6 }).map((items) => Object.freeze(items));

function minutes(intervals: readonly Interval[]): boolean[] {
  const row = Array.from({ length: SPAN }, () => false);
  for (const { start, end } of intervals) for (let m = start / MINUTE; m < end / MINUTE; m++) row[m] = true;
  return row;
}

function expectMerged(intervals: Interval[]): void {
  for (let k = 0; k < intervals.length; k++) {
    expect(intervals[k].end).toBeGreaterThan(intervals[k].start);
    if (k > 0) expect(intervals[k].start).toBeGreaterThan(intervals[k - 1].end);
  }
}

describe('interval operations', () => {
  test('merge, union, intersection, difference, clip and total as minute by minute', () => {
    fc.assert(
      fc.property(list, list, fc.integer({ min: 0, max: SPAN }), fc.integer({ min: 0, max: SPAN }), (a, b, from, to) => {
        const [rowA, rowB] = [minutes(a), minutes(b)];
        const cases: Array<[Interval[], boolean[]]> = [
          [mergeIntervals(a), rowA],
          [unionIntervals(a, b), rowA.map((x, m) => x || rowB[m])],
          [intersectIntervals(a, b), rowA.map((x, m) => x && rowB[m])],
          [subtractIntervals(a, b), rowA.map((x, m) => x && !rowB[m])],
          [clipIntervals(a, from * MINUTE, to * MINUTE), rowA.map((x, m) => x && m >= from && m < to)],
        ];
        for (const [result, row] of cases) {
          expectMerged(result);
          expect(minutes(result)).toEqual(row);
        }
        expect(totalMinutes(a)).toBe(rowA.filter(Boolean).length);
      }),
      { numRuns: 1000 },
    );
  });

  test('results are fresh lists of fresh intervals, even when an input is merged already', () => {
    const merged = Object.freeze([Object.freeze({ start: 0, end: MINUTE })]);
    for (const result of [mergeIntervals(merged), unionIntervals(merged), intersectIntervals(merged, merged), subtractIntervals(merged, [])]) {
      expect(result).not.toBe(merged);
      expect(result[0]).not.toBe(merged[0]);
      (result[0] as { end: number }).end = 2 * MINUTE;
      expect(merged[0].end).toBe(MINUTE);
    }
  });
});
