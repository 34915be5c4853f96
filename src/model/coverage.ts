// Hours coverage: what src/time computes once per organisation and the availability rules read
// (and, later, the coverage grid). All instants are real UTC milliseconds; the week analysed is
// the Monday-to-Sunday week, in the organisation's zone, that contains the reference date.

/** A half-open interval [start, end) of real instants, in UTC milliseconds. */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

export interface HolidayGap {
  /** ISO date of the holiday, in the organisation's zone */
  readonly date: string;
  readonly name: string;
  /** minutes published open but not staffed on that day */
  readonly unstaffed_minutes: number;
  /** minutes staffed while the channel is published closed on that day (set in holiday_disagreements) */
  readonly staffed_closed_minutes?: number;
}

export interface ChannelCoverage {
  /** published open time in the week (from `hours`), merged and sorted; undefined without `hours` */
  readonly published?: readonly Interval[];
  /**
   * staffed time in the week: `staffed`, else the union of the hours of the teams that handle it
   * (a team without hours covers the channel's published hours), intersected with `published`
   * when there is one; undefined when unknown (no `staffed` and no team).
   */
  readonly staffed?: readonly Interval[];
  /** published minus staffed; undefined when either is unknown */
  readonly unstaffed?: readonly Interval[];
  readonly published_minutes?: number;
  readonly staffed_minutes?: number;
  readonly unstaffed_minutes?: number;
  /** the unstaffed intervals as local wall-clock slots, longest first (ties: earliest first) */
  readonly unstaffed_slots?: readonly LocalSlot[];
  /** public holidays in the year from the reference date with an unstaffed gap (needs both) */
  readonly holidays?: readonly HolidayGap[];
  /**
   * staffed time outside the published hours (staffed but closed): the staffed time before it is
   * intersected with `published`; undefined when either is unknown
   */
  readonly staffed_closed?: readonly Interval[];
  readonly staffed_closed_minutes?: number;
  /**
   * public holidays in the year from the reference date on which published and staffed time
   * disagree either way (open but unstaffed, or staffed but closed); `holidays` is the first kind
   */
  readonly holiday_disagreements?: readonly HolidayGap[];
  /** how staffed time was found */
  readonly staffed_source: 'staffed' | 'teams' | 'unknown';
}

export interface Coverage {
  timezone: string;
  /** ISO dates, Monday and Sunday of the week analysed */
  week_start: string;
  week_end: string;
  /** real instants of the week's bounds (a week with a DST change is 167 or 169 hours) */
  week: Interval;
  channels: Record<string, ChannelCoverage>;
}

/** An interval as the organisation's clock shows it. */
export interface LocalSlot {
  /** ISO date the slot starts on, and its weekday as opening_hours writes it */
  readonly date: string;
  readonly weekday: 'Mo' | 'Tu' | 'We' | 'Th' | 'Fr' | 'Sa' | 'Su';
  /** HH:MM local; `to` may be `24:00`, and a slot running past midnight ends on a later date */
  readonly from: string;
  readonly to: string;
  readonly minutes: number;
}
