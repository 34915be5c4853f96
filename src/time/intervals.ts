// Set operations on half-open intervals [start, end) of milliseconds. Every function returns a
// sorted, merged list (touching intervals joined) and leaves its arguments alone.
import type { Interval } from '../model/coverage.js';

export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  // Most lists are merged already (every function here returns one): then a copy is the answer.
  if (isMerged(intervals)) return intervals.map((i) => ({ start: i.start, end: i.end }));
  return mergeUnsorted(intervals);
}

function isMerged(intervals: readonly Interval[]): boolean {
  for (let k = 0; k < intervals.length; k++) {
    if (!(intervals[k].end > intervals[k].start && (k === 0 || intervals[k].start > intervals[k - 1].end))) return false;
  }
  return true;
}

/** The list itself when it is merged already, else a merged copy: for functions that only read it. */
function readMerged(intervals: readonly Interval[]): readonly Interval[] {
  return isMerged(intervals) ? intervals : mergeUnsorted(intervals);
}

function mergeUnsorted(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const merged: Array<{ start: number; end: number }> = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ start: interval.start, end: interval.end });
  }
  return merged;
}

export function unionIntervals(...lists: ReadonlyArray<readonly Interval[]>): Interval[] {
  return mergeIntervals(lists.flat());
}

export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const left = readMerged(a);
  const right = readMerged(b);
  const result: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const start = Math.max(left[i].start, right[j].start);
    const end = Math.min(left[i].end, right[j].end);
    if (end > start) result.push({ start, end });
    if (left[i].end < right[j].end) i++;
    else j++;
  }
  return result;
}

/** a − b */
export function subtractIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const removed = readMerged(b);
  const result: Interval[] = [];
  for (const interval of readMerged(a)) {
    let start = interval.start;
    for (const cut of removed) {
      if (cut.end <= start || cut.start >= interval.end) continue;
      if (cut.start > start) result.push({ start, end: cut.start });
      start = Math.max(start, cut.end);
    }
    if (start < interval.end) result.push({ start, end: interval.end });
  }
  return result;
}

export function clipIntervals(intervals: readonly Interval[], from: number, to: number): Interval[] {
  return intersectIntervals(intervals, [{ start: from, end: to }]);
}

/** Total length in whole minutes (instants from opening_hours fall on minutes; rounding absorbs the rest). */
export function totalMinutes(intervals: readonly Interval[]): number {
  let sum = 0;
  for (const interval of readMerged(intervals)) sum += interval.end - interval.start;
  return Math.round(sum / 60_000);
}
