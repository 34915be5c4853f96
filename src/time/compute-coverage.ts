// The hours coverage of every channel in the week analysed, plus the public holidays in the year
// from the reference date on which a channel is published open but not staffed (rules.md "Time",
// `hours-unstaffed`; format.md `staffed`, `teams.hours`, `teams.timezone`).
//
// Staffed time, in this order: the channel's `staffed` (organisation zone); else the union over
// the teams whose `channels` name it of their `hours`, each in the team's own zone with the
// organisation's PH; a team without `hours` is available whenever the channel is published open.
// No `staffed` and no team: unknown. With `hours`, staffed time is intersected with it.
// Every string that cannot be evaluated makes what depends on it unknown; nothing here throws.
import type { ChannelCoverage, Coverage, HolidayGap, Interval, LocalSlot } from '../model/coverage.js';
import type { Channel, Organisation, Team } from '../model/organisation.js';
import { detach, innerMap } from '../load/inner-map.js';
import { intersectIntervals, subtractIntervals, totalMinutes, unionIntervals } from './intervals.js';
import { openIntervals } from './open-intervals.js';
import type { HoursContext } from './parse-hours.js';
import { listPublicHolidays, type PublicHoliday } from './public-holidays.js';
import {
  DAY_MS, addDays, addOneYear, formatWallTime, instantToWall, formatWallDate, getWeekMonday, startOfDayInZone, getWeekday,
} from './zoned-time.js';

interface Availability {
  published?: readonly Interval[];
  staffed?: readonly Interval[];
  /** staffed time outside the published hours (the coverage grid's "staffed but closed") */
  staffedClosed?: Interval[];
  source: ChannelCoverage['staffed_source'];
}

export function computeCoverage(org: Organisation, referenceDate: string): Coverage {
  return coverageOf(org, referenceDate, true);
}

/** The same, every channel computed anew (tests compare the two). */
export function computeCoverageUncached(org: Organisation, referenceDate: string): Coverage {
  return coverageOf(org, referenceDate, false);
}

function coverageOf(org: Organisation, referenceDate: string, isShared: boolean): Coverage {
  const { timezone: zone, country, region } = org.organisation;
  const ctx: HoursContext = { country, region };
  // The week, the holidays and the answers of one place and date, shared by the organisations
  // that have them (a batch of files); computed anew for computeCoverageUncached.
  const placeKey = JSON.stringify([referenceDate, zone, country ?? null, region ?? null]);
  let place = isShared ? places.get(placeKey) : undefined;
  if (place === undefined) {
    place = describePlace(ctx, zone, referenceDate);
    if (isShared) {
      if (places.size >= MAX_PLACES || answerCount >= MAX_ANSWERS || holidayHoursCount >= MAX_HOLIDAY_HOURS) {
        places.clear();
        answerCount = 0;
        holidayHoursCount = 0;
      }
      places.set(placeKey, place);
    }
  }
  const { week, weekStart } = place;

  const channels: Record<string, ChannelCoverage> = {};
  for (const channel of org.channels) {
    const question = isShared ? questionOf(place.answers, org, channel) : undefined;
    let answer = question?.answer;
    if (answer === undefined) {
      answer = computeChannelCoverage(org, channel, ctx, week, place);
      if (question !== undefined) {
        question.answer = answer;
        answerCount += 1;
      }
    }
    channels[channel.id] = answer;
  }
  return { timezone: zone, week_start: weekStart, week_end: addDays(weekStart, 6), week, channels };
}

interface Place {
  weekStart: string;
  week: Interval;
  /** each holiday with its bounds in the zone, once for all channels */
  holidays: HolidayDay[] | undefined;
  /** channel questions answered here (questionOf) */
  answers: Question;
  /** each hours string's open time on each holiday, by zone and string (onHolidays) */
  holidayHours: Map<string, Map<string, readonly Hours[]>>;
}

/** A step in the questions of a place: one part of a question (questionOf) leads to the next. */
interface Question {
  next: Map<string | typeof UNSET, Question>;
  answer?: ChannelCoverage;
}

function describePlace(ctx: HoursContext, zone: string, referenceDate: string): Place {
  const weekStart = getWeekMonday(referenceDate);
  const week: Interval = { start: startOfDayInZone(zone, weekStart), end: startOfDayInZone(zone, addDays(weekStart, 7)) };
  const holidays = listPublicHolidays(ctx, referenceDate, addOneYear(referenceDate))?.map(
    (holiday): HolidayDay => ({ ...holiday, from: startOfDayInZone(zone, holiday.date), to: startOfDayInZone(zone, addDays(holiday.date, 1)) }),
  );
  return { weekStart, week, holidays, answers: { next: new Map() }, holidayHours: new Map() };
}

// A batch of files asks the same question of many channels: the same hours and rosters in the same
// place (zone, country, region) and week. Each is answered once per process. The place and the
// question hold every input of computeChannelCoverage but the channel's id. Answers are shared as
// they are: read-only to the compiler all the way down (model/coverage.ts), and not frozen, as
// frozen lists beside fresh ones made V8 compile the interval code again and again (BENCHMARKS.md);
// test/engine/shared-answers.test.ts checks that no file changes what another is given.
const places = new Map<string, Place>();
const MAX_PLACES = 1_000;
const MAX_ANSWERS = 20_000;
let answerCount = 0;
const MAX_HOLIDAY_HOURS = 20_000;
let holidayHoursCount = 0;
/** A field not written: not a string, so no value can stand for it. */
const UNSET = Symbol('unset');

/**
 * The channel's question in a place, found by its parts in turn (no key joined and hashed anew
 * per channel): its hours, its `staffed`, and without `staffed` the hours and zone of each team
 * that handles it, in order. Every team adds two parts, so no two questions share a path.
 */
function questionOf(answers: Question, org: Organisation, channel: Channel): Question {
  let question = step(step(answers, channel.hours), channel.staffed);
  if (channel.staffed === undefined) {
    for (const team of teamsHandling(org, channel.id)) question = step(step(question, team.hours), team.timezone);
  }
  return question;
}

function step(question: Question, part: string | undefined): Question {
  const key = part ?? UNSET;
  let next = question.next.get(key);
  if (next === undefined) {
    next = { next: new Map() };
    question.next.set(typeof key === 'string' ? detach(key) : key, next);
  }
  return next;
}

function computeChannelCoverage(
  org: Organisation, channel: Channel, ctx: HoursContext, week: Interval, place: Place,
): ChannelCoverage {
  const zone = org.organisation.timezone;
  const { published, staffed, staffedClosed, source } = findAvailability(org, channel, ctx, week.start, week.end);
  const coverage: { -readonly [K in keyof ChannelCoverage]: ChannelCoverage[K] } = { staffed_source: source };
  if (published) {
    coverage.published = published;
    coverage.published_minutes = totalMinutes(published);
  }
  if (staffed) {
    coverage.staffed = staffed;
    coverage.staffed_minutes = totalMinutes(staffed);
  }
  if (published && staffed) {
    const unstaffed = subtractIntervals(published, staffed);
    coverage.unstaffed = unstaffed;
    coverage.unstaffed_minutes = totalMinutes(unstaffed);
    coverage.unstaffed_slots = toLocalSlots(zone, unstaffed);
    if (staffedClosed) {
      coverage.staffed_closed = staffedClosed;
      coverage.staffed_closed_minutes = totalMinutes(staffedClosed);
    }
    if (place.holidays) {
      const disagreements = findHolidayGaps(org, channel, ctx, place as Place & { holidays: HolidayDay[] });
      coverage.holidays = disagreements
        .filter((gap) => gap.unstaffed_minutes > 0)
        .map(({ date, name, unstaffed_minutes }) => ({ date, name, unstaffed_minutes }));
      coverage.holiday_disagreements = disagreements;
    }
  }
  return coverage;
}

// Which teams handle a channel, indexed once per organisation: asked for the week and for every
// holiday of every channel (500 channels × 200 teams × 13 days was 1.3 million comparisons).
const teamIndex = new WeakMap<Organisation, Map<string, Team[]>>();

function teamsHandling(org: Organisation, channelId: string): Team[] {
  let index = teamIndex.get(org);
  if (!index) {
    index = new Map();
    for (const team of org.teams) {
      for (const id of new Set(team.channels)) {
        const teams = index.get(id);
        if (teams) teams.push(team);
        else index.set(id, [team]);
      }
    }
    teamIndex.set(org, index);
  }
  return index.get(channelId) ?? [];
}

type Hours = readonly Interval[] | undefined;

/**
 * What a channel's availability is made of, in a stretch of time: its published time (undefined
 * without `hours` or when they cannot be evaluated), where staffed time comes from, and the parts
 * it is the union of (its `staffed`; else each handling team's hours, the published time for a team
 * without them). `at` evaluates an hours string in a zone over that stretch.
 */
interface Parts<T> {
  published: T | undefined;
  source: ChannelCoverage['staffed_source'];
  staffed: Array<T | undefined>;
}

function partsOf<T>(org: Organisation, channel: Channel, at: (hours: string, zone: string) => T): Parts<T> {
  const zone = org.organisation.timezone;
  const published = channel.hours === undefined ? undefined : at(channel.hours, zone);
  if (channel.staffed !== undefined) return { published, source: 'staffed', staffed: [at(channel.staffed, zone)] };
  const teams = teamsHandling(org, channel.id);
  // A team without hours works whenever the channel is open (format.md, teams.hours); when the
  // channel has no hours either, that is unknown.
  const staffed = teams.map((team) => (team.hours === undefined ? published : at(team.hours, team.timezone ?? zone)));
  return { published, source: teams.length > 0 ? 'teams' : 'unknown', staffed };
}

/** Published and staffed time from their parts, evaluated over one stretch of time. */
function availabilityOf(channel: Channel, published: Hours, source: Availability['source'], parts: Hours[]): Availability {
  let staffed: Hours;
  if (source === 'staffed') staffed = parts[0];
  else staffed = parts.length > 0 && parts.every((intervals) => intervals !== undefined) ? unionIntervals(...(parts as Array<readonly Interval[]>)) : undefined;
  let staffedClosed: Interval[] | undefined;
  if (staffed && channel.hours !== undefined) {
    staffedClosed = published ? subtractIntervals(staffed, published) : undefined;
    staffed = published ? intersectIntervals(staffed, published) : undefined;
  }
  return { published, staffed, staffedClosed, source };
}

/** Published and staffed time of a channel within the real instants [from, to). */
function findAvailability(org: Organisation, channel: Channel, ctx: HoursContext, from: number, to: number): Availability {
  const { published, source, staffed } = partsOf(org, channel, (hours, zone) => evaluate(hours, ctx, zone, from, to));
  return availabilityOf(channel, published, source, staffed);
}

function evaluate(hours: string, ctx: HoursContext, zone: string, from: number, to: number): Hours {
  try {
    return openIntervals(hours, ctx, zone, from, to);
  } catch {
    return undefined;
  }
}

/** A public holiday with its real bounds: [from, to) is the day in the organisation's zone. */
interface HolidayDay extends PublicHoliday {
  from: number;
  to: number;
}

/**
 * Holidays on which published and staffed time disagree, either way (the grid lists them all).
 * Each hours string is evaluated on every holiday at once (onHolidays): a question asks a dozen
 * days of the same few strings.
 */
function findHolidayGaps(org: Organisation, channel: Channel, ctx: HoursContext, place: Place & { holidays: HolidayDay[] }): HolidayGap[] {
  const { holidays } = place;
  const { published, source, staffed } = partsOf(org, channel, (hours, zone) => onHolidays(hours, ctx, zone, place));
  const gaps: HolidayGap[] = [];
  for (let i = 0; i < holidays.length; i++) {
    const day = availabilityOf(channel, published?.[i], source, staffed.map((intervals) => intervals?.[i]));
    if (!day.published || !day.staffed) continue;
    const minutes = totalMinutes(subtractIntervals(day.published, day.staffed));
    const staffedClosedMinutes = day.staffedClosed ? totalMinutes(day.staffedClosed) : 0;
    if (minutes > 0 || staffedClosedMinutes > 0) {
      const holiday = holidays[i];
      gaps.push({ date: holiday.date, name: holiday.name, unstaffed_minutes: minutes, staffed_closed_minutes: staffedClosedMinutes });
    }
  }
  return gaps;
}

/** An hours string's open time on each holiday of the place, once per zone and string. */
function onHolidays(hours: string, ctx: HoursContext, zone: string, place: Place & { holidays: HolidayDay[] }): readonly Hours[] {
  const byHours = innerMap(place.holidayHours, zone);
  let days = byHours.get(hours);
  if (days === undefined) {
    days = place.holidays.map((holiday) => evaluate(hours, ctx, zone, holiday.from, holiday.to));
    byHours.set(detach(hours), days);
    holidayHoursCount += 1;
  }
  return days;
}

/** Unstaffed intervals as the organisation's clock shows them, longest first, ties earliest first. */
function toLocalSlots(zone: string, intervals: Interval[]): LocalSlot[] {
  return intervals
    .map((interval) => {
      const startWall = instantToWall(zone, interval.start);
      const endWall = instantToWall(zone, interval.end);
      const date = formatWallDate(startWall);
      const endsAtNextMidnight = endWall === Math.floor(startWall / DAY_MS) * DAY_MS + DAY_MS;
      return {
        slot: {
          date,
          weekday: getWeekday(date),
          from: formatWallTime(startWall),
          to: endsAtNextMidnight ? '24:00' : formatWallTime(endWall),
          minutes: Math.round((interval.end - interval.start) / 60_000),
        },
        start: interval.start,
      };
    })
    .sort((a, b) => b.slot.minutes - a.slot.minutes || a.start - b.start)
    .map(({ slot }) => slot);
}
