// When an hours string is open, as real instants: the one primitive that the coverage findings
// and the future coverage grid both build on, so that they cannot disagree.
import type { Interval } from '../model/coverage.js';
import { innerMap } from '../load/inner-map.js';
import { clipIntervals, mergeIntervals } from './intervals.js';
import { callQuietly, parseHours, type HoursContext } from './parse-hours.js';
import { HOUR_MS, instantToWall, wallToInstant } from './zoned-time.js';

/** The hours string did not parse, or the library failed while evaluating it (e.g. SH past its data). */
export class HoursEvaluationError extends Error {}

const MARGIN_MS = 3 * HOUR_MS;
let isUtcChecked = false;

/**
 * The open time of `hours`, written in `zone`'s clock, within the real instants [from, to):
 * sorted, merged. The library's "unknown" state (a rule with only a comment) counts as closed.
 * PH and SH are those of `ctx`. Throws HoursEvaluationError when the string cannot be evaluated.
 */
export function openIntervals(hours: string, ctx: HoursContext, zone: string, from: number, to: number): readonly Interval[] {
  assertUtcProcess();
  // Evaluating is the costly part of an audit (the library recomputes its holidays on every
  // call), and a batch of files repeats the same strings, week and holidays: each distinct
  // question is answered once per process.
  // Keyed by the strings and numbers themselves (nested maps): a joined key would be built and
  // hashed anew on every call, a third of the time of a cached answer.
  const byCountry = innerMap(answers, hours);
  const byRegion = innerMap(byCountry, ctx.country ?? '');
  const byZone = innerMap(byRegion, ctx.region ?? '');
  const byFrom = innerMap(byZone, zone);
  const byTo = innerMap(byFrom, from);
  let answer = byTo.get(to);
  if (!answer) {
    try {
      answer = { intervals: evaluateUncached(hours, ctx, zone, from, to) };
    } catch (error) {
      if (!(error instanceof HoursEvaluationError)) throw error;
      answer = { error };
    }
    if (++answerCount > MAX_ANSWERS) {
      answers.clear();
      answerCount = 0;
    }
    byTo.set(to, answer);
  }
  if (answer.error) throw answer.error;
  // Shared: read-only to the compiler (readonly Interval[]), see compute-coverage.ts.
  return answer.intervals!;
}

type Answer = { intervals: readonly Interval[]; error?: undefined } | { intervals?: undefined; error: HoursEvaluationError };
type Answers = Map<string, Map<string, Map<string, Map<string, Map<number, Map<number, Answer>>>>>>;
const answers: Answers = new Map();
let answerCount = 0;
const MAX_ANSWERS = 50_000;

function evaluateUncached(hours: string, ctx: HoursContext, zone: string, from: number, to: number): Interval[] {
  const parsed = parseHours(hours, ctx);
  if (!parsed.ok) throw new HoursEvaluationError(parsed.error);
  if (to <= from) return [];
  // A margin wider than any DST shift (at most 2 h, Antarctica/Troll) keeps intervals that cross
  // a shift near the bounds whole; we clip in real time after.
  const wallFrom = instantToWall(zone, from) - MARGIN_MS;
  const wallTo = instantToWall(zone, to) + MARGIN_MS;
  let raw: ReturnType<typeof parsed.hours.getOpenIntervals>;
  try {
    raw = callQuietly(() => parsed.hours.getOpenIntervals(new Date(wallFrom), new Date(wallTo)));
  } catch (error) {
    throw new HoursEvaluationError(`"${hours}" cannot be evaluated: ${error instanceof Error ? error.message : String(error)}`);
  }
  const intervals = raw
    .filter(([, , isUnknown]) => !isUnknown)
    .map(([start, end]) => ({ start: wallToInstant(zone, start.getTime()), end: wallToInstant(zone, end.getTime()) }));
  return clipIntervals(mergeIntervals(intervals), from, to);
}

// The library reads Dates in the process's zone; wall-clock dates are only right when that is UTC
// (bin/ and vitest.config.ts set TZ=UTC). Checked in January and July to catch a DST zone.
function assertUtcProcess(): void {
  if (isUtcChecked) return;
  if (new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset() !== 0 || new Date(Date.UTC(2026, 6, 15)).getTimezoneOffset() !== 0) {
    throw new Error('internal: the hours engine needs the process to run with TZ=UTC');
  }
  isUtcChecked = true;
}
