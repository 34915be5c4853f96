// Wall-clock ↔ instant conversion for IANA zones. opening_hours reads every Date in the process's
// local zone and the process runs with TZ=UTC (notes.md), so the hours engine evaluates the
// library on "wall-clock dates": numbers whose UTC fields are the local time of the zone in
// question. Real instants and wall-clock numbers are both milliseconds; the names say which.
//
// DST (documented decision): a wall time that does not exist (the spring-forward gap) maps to the
// transition instant; a wall time that occurs twice (fall-back) maps to its first occurrence.

export type Weekday = 'Mo' | 'Tu' | 'We' | 'Th' | 'Fr' | 'Sa' | 'Su';

/** In the order of Date.getUTCDay(): 0 is Sunday. */
const WEEKDAYS_BY_UTC_DAY: readonly Weekday[] = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'];

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

const formatters = new Map<string, Intl.DateTimeFormat>();

function getFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    // Throws a RangeError for an unknown zone: the loader checks zones before we get here.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall-clock time (as UTC milliseconds) that the zone's clock shows at an instant. */
export function instantToWall(zone: string, instant: number): number {
  return instant + getOffset(zone, instant);
}

// Intl.DateTimeFormat.formatToParts costs microseconds and the coverage scan asks for thousands of
// offsets a file, nearly all at the same few hours. Offsets are cached per zone at whole UTC hours;
// when the offsets at both ends of an hour agree, they hold for the whole hour (no zone changes its
// offset twice within an hour and back), else the instant is asked of Intl itself.
const offsetsAtHours = new Map<string, Map<number, number>>();
const MAX_CACHED_OFFSETS = 100_000;

function exactOffset(zone: string, instant: number): number {
  const fields: Record<string, number> = {};
  for (const part of getFormatter(zone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const wholeSeconds = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour % 24, fields.minute, fields.second);
  // Intl drops the milliseconds; keep them so that conversion round-trips exactly.
  return wholeSeconds + (((instant % 1000) + 1000) % 1000) - instant;
}

function offsetAtHour(zone: string, hour: number): number {
  let byHour = offsetsAtHours.get(zone);
  if (!byHour) {
    byHour = new Map();
    offsetsAtHours.set(zone, byHour);
  }
  let offset = byHour.get(hour);
  if (offset === undefined) {
    if (byHour.size >= MAX_CACHED_OFFSETS) byHour.clear();
    offset = exactOffset(zone, hour);
    byHour.set(hour, offset);
  }
  return offset;
}

/** The zone's offset from UTC at an instant, in milliseconds (Brussels in winter: 3 600 000). */
export function getOffset(zone: string, instant: number): number {
  // Whole days first: when a zone's offsets at two successive UTC midnights agree, the day
  // between has that offset throughout (no zone changes its offset and back within a day), as
  // all but a few transition days a year; those go by the hour, and the transition hour to Intl.
  const day = Math.floor(instant / DAY_MS) * DAY_MS;
  const dayOffset = offsetAtHour(zone, day);
  if (instant === day || dayOffset === offsetAtHour(zone, day + DAY_MS)) return dayOffset;
  const hour = Math.floor(instant / HOUR_MS) * HOUR_MS;
  const offset = offsetAtHour(zone, hour);
  if (instant === hour || offset === offsetAtHour(zone, hour + HOUR_MS)) return offset;
  return exactOffset(zone, instant);
}

/**
 * The instant at which the zone's clock shows a wall time. In a spring-forward gap: the
 * transition (the first instant after the gap); at a fall-back overlap: the first occurrence.
 */
export function wallToInstant(zone: string, wall: number): number {
  // Offsets a day either side bracket every offset that can apply to this wall time (no zone
  // changes its offset twice within two days); when they agree, there is no transition near.
  const before = getOffset(zone, wall - DAY_MS);
  const after = getOffset(zone, wall + DAY_MS);
  if (before === after) return wall - before;
  const offsets = new Set([before, getOffset(zone, wall), after]);
  const candidates = [...offsets].map((offset) => wall - offset).filter((instant) => instantToWall(zone, instant) === wall);
  if (candidates.length > 0) return Math.min(...candidates);
  // The gap: search the transition between the earliest and latest candidate instants.
  const tries = [...offsets].map((offset) => wall - offset);
  let low = Math.min(...tries);
  let high = Math.max(...tries);
  const lowOffset = getOffset(zone, low);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (getOffset(zone, middle) === lowOffset) low = middle;
    else high = middle;
  }
  return high;
}

/** `2026-03-29` → the wall-clock number of that day's 00:00. */
export function parseWallDate(isoDate: string): number {
  let wall = wallDates.get(isoDate);
  if (wall === undefined) {
    wall = parseWallDateUncached(isoDate);
    if (wallDates.size >= 10_000) wallDates.clear();
    wallDates.set(isoDate, wall);
  }
  return wall;
}

// The coverage scan turns the same few hundred dates into numbers many times a file.
const wallDates = new Map<string, number>();

function parseWallDateUncached(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`internal: "${isoDate}" is not an ISO date`);
  const wall = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (formatWallDate(wall) !== isoDate) throw new Error(`internal: "${isoDate}" is not a calendar date`);
  return wall;
}

// Coverage and the holiday scan ask for the same few hundred days again and again.
const isoDates = new Map<number, string>();

/** The ISO date of a wall-clock number. */
export function formatWallDate(wall: number): string {
  const day = Math.floor(wall / DAY_MS);
  let text = isoDates.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (isoDates.size > 100_000) isoDates.clear();
    isoDates.set(day, text);
  }
  return text;
}

export function addDays(isoDate: string, days: number): string {
  return formatWallDate(parseWallDate(isoDate) + days * DAY_MS);
}

/** Same month and day a year later (29 February → 1 March). */
export function addOneYear(isoDate: string): string {
  const date = new Date(parseWallDate(isoDate));
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return formatWallDate(date.getTime());
}

export function getWeekday(isoDate: string): Weekday {
  return WEEKDAYS_BY_UTC_DAY[new Date(parseWallDate(isoDate)).getUTCDay()];
}

/** The Monday of the Monday-to-Sunday week that contains the date. */
export function getWeekMonday(isoDate: string): string {
  const sundayBased = new Date(parseWallDate(isoDate)).getUTCDay();
  return addDays(isoDate, -((sundayBased + 6) % 7));
}

/** The date the zone's calendar shows at an instant (the CLI's default reference date). */
export function todayInZone(zone: string, now: number | Date): string {
  return formatWallDate(instantToWall(zone, typeof now === 'number' ? now : now.getTime()));
}

/** The instant of a local date's 00:00 in the zone (a day starting in a gap starts at the transition). */
export function startOfDayInZone(zone: string, isoDate: string): number {
  return wallToInstant(zone, parseWallDate(isoDate));
}

/** An instant as the zone's clock shows it: `HH:MM`. */
export function formatLocalTime(zone: string, instant: number): string {
  return formatWallTime(instantToWall(zone, instant));
}

export function formatWallTime(wall: number): string {
  // As new Date(wall).toISOString().slice(11, 16), without a Date and a string per call (every gap
  // and slot of every file is written this way).
  const minutes = Math.floor((((wall % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS);
  return TWO_DIGITS[Math.floor(minutes / 60)] + ':' + TWO_DIGITS[minutes % 60];
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));
