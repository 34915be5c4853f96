// The week as a grid of local clock slots per channel (issue 5, `contact-audit coverage`), built
// from the very Coverage that the hours rules read (src/time/compute-coverage.ts), so that the
// grid and the findings of `hours-unstaffed` and `written-hours-parity` cannot disagree.
//
// Decisions:
// - Rows are the local dates of the week in the organisation's zone; columns are local clock
//   slots (00:00–01:00, … or half hours). A cell holds every instant whose local clock reading on
//   that date falls in its slot. On the spring-forward day the skipped slot holds no instant
//   (state `missing`, 0 minutes); on the fall-back day the repeated slot holds both occurrences
//   (120 minutes for an hour cell). So a DST day has 23 or 25 hours of cells, in 24 columns.
// - A cell partly in several states shows the worst one present for at least a minute:
//   gap (open, nobody staffed) over staffed-closed over open-staffed over closed. The minutes of
//   each state are kept per cell, so nothing is lost to the rounding.
import type { ChannelCoverage, Coverage, HolidayGap, Interval } from '../model/coverage.js';
import type { Organisation } from '../model/organisation.js';
import { intersectIntervals, subtractIntervals, totalMinutes, unionIntervals } from '../time/intervals.js';
import {
  MINUTE_MS, addDays, getOffset, getWeekday, parseWallDate, startOfDayInZone, type Weekday,
} from '../time/zoned-time.js';

export type CellState = 'gap' | 'staffed-closed' | 'open-staffed' | 'closed' | 'missing';

export interface CellMinutes {
  open_staffed: number;
  gap: number;
  staffed_closed: number;
  closed: number;
}

export interface GridCell {
  /** local clock `HH:MM`; `to` may be `24:00` */
  from: string;
  to: string;
  state: CellState;
  /** real minutes in each state (a cell on a DST day may hold 0 or twice the slot's minutes) */
  minutes: CellMinutes;
}

export interface GridDay {
  date: string;
  weekday: Weekday;
  /** real length of the local day in minutes: 1440, or 1380 / 1500 on a DST change */
  minutes: number;
  cells: GridCell[];
  /** the day's totals, from its cells */
  totals: CellMinutes;
}

export type GridSkipReason = 'no-hours' | 'hours-unreadable' | 'staffing-unknown' | 'staffing-unreadable';

export interface GridHoliday {
  date: string;
  weekday: Weekday;
  name: string;
  unstaffed_minutes: number;
  staffed_closed_minutes: number;
}

export interface ChannelGrid {
  channel: string;
  label?: string;
  hours?: string;
  staffed_source: ChannelCoverage['staffed_source'];
  /** null when the grid cannot be drawn (see reason) */
  days: GridDay[] | null;
  reason?: GridSkipReason;
  /** the week's totals, equal to the Coverage the rules read */
  totals: {
    published_minutes: number | null;
    staffed_minutes: number | null;
    unstaffed_minutes: number | null;
    staffed_closed_minutes: number | null;
  };
  /** null when the holidays are unknown (no country, or no grid) */
  holidays: GridHoliday[] | null;
}

export interface CoverageGrid {
  organisation: string;
  timezone: string;
  week_start: string;
  week_end: string;
  slot_minutes: 30 | 60;
  channels: ChannelGrid[];
}

export interface GridOptions {
  slotMinutes: 30 | 60;
  /** only this channel */
  channel?: string;
}

export function buildCoverageGrid(org: Organisation, coverage: Coverage, options: GridOptions): CoverageGrid {
  const channels = org.channels
    .filter((c) => options.channel === undefined || c.id === options.channel)
    .map((channel) => {
      const cov = coverage.channels[channel.id];
      const grid: ChannelGrid = {
        channel: channel.id,
        staffed_source: cov?.staffed_source ?? 'unknown',
        days: null,
        totals: {
          published_minutes: cov?.published_minutes ?? null,
          staffed_minutes: cov?.staffed_minutes ?? null,
          unstaffed_minutes: cov?.unstaffed_minutes ?? null,
          staffed_closed_minutes: cov?.staffed_closed_minutes ?? null,
        },
        holidays: null,
      };
      if (channel.label !== undefined) grid.label = channel.label;
      if (channel.hours !== undefined) grid.hours = channel.hours;
      const reason = findSkipReason(channel.hours !== undefined, cov);
      if (reason) {
        grid.reason = reason;
        return grid;
      }
      grid.days = buildDays(coverage, cov!, options.slotMinutes);
      grid.holidays = cov!.holiday_disagreements === undefined ? null : cov!.holiday_disagreements.map(toGridHoliday);
      return grid;
    });
  return {
    organisation: org.organisation.name,
    timezone: coverage.timezone,
    week_start: coverage.week_start,
    week_end: coverage.week_end,
    slot_minutes: options.slotMinutes,
    channels,
  };
}

function findSkipReason(hasHours: boolean, cov: ChannelCoverage | undefined): GridSkipReason | undefined {
  if (!hasHours) return 'no-hours';
  if (!cov || cov.published === undefined) return 'hours-unreadable';
  if (cov.staffed_source === 'unknown') return 'staffing-unknown';
  // `staffed`, or a team's hours, could not be evaluated.
  if (cov.staffed === undefined || cov.unstaffed === undefined || cov.staffed_closed === undefined) return 'staffing-unreadable';
  return undefined;
}

function toGridHoliday(gap: HolidayGap): GridHoliday {
  return {
    date: gap.date,
    weekday: getWeekday(gap.date),
    name: gap.name,
    unstaffed_minutes: gap.unstaffed_minutes,
    staffed_closed_minutes: gap.staffed_closed_minutes ?? 0,
  };
}

function buildDays(coverage: Coverage, cov: ChannelCoverage, slotMinutes: number): GridDay[] {
  const zone = coverage.timezone;
  const published = cov.published!;
  const unstaffed = cov.unstaffed!;
  const staffedClosed = cov.staffed_closed!;
  const openStaffed = cov.staffed!;
  const days: GridDay[] = [];
  for (let i = 0; i < 7; i += 1) {
    const date = addDays(coverage.week_start, i);
    const dayStart = startOfDayInZone(zone, date);
    const dayEnd = startOfDayInZone(zone, addDays(date, 1));
    const pieces = splitByOffset(zone, dayStart, dayEnd);
    const wallMidnight = parseWallDate(date);
    const cells: GridCell[] = [];
    for (let slot = 0; slot < 1440; slot += slotMinutes) {
      const cell = findCellInstants(pieces, wallMidnight + slot * MINUTE_MS, wallMidnight + (slot + slotMinutes) * MINUTE_MS);
      const minutes: CellMinutes = {
        open_staffed: totalMinutes(intersectIntervals(openStaffed, cell)),
        gap: totalMinutes(intersectIntervals(unstaffed, cell)),
        staffed_closed: totalMinutes(intersectIntervals(staffedClosed, cell)),
        closed: totalMinutes(subtractIntervals(cell, unionIntervals(published, staffedClosed))),
      };
      cells.push({ from: formatClock(slot), to: formatClock(slot + slotMinutes), state: pickState(minutes, totalMinutes(cell)), minutes });
    }
    days.push({ date, weekday: getWeekday(date), minutes: Math.round((dayEnd - dayStart) / MINUTE_MS), cells, totals: sumMinutes(cells.map((c) => c.minutes)) });
  }
  return days;
}

interface OffsetPiece {
  start: number;
  end: number;
  offset: number;
}

/** The day's real instants cut where the zone's offset changes (at most once a day in practice). */
function splitByOffset(zone: string, start: number, end: number): OffsetPiece[] {
  const first = getOffset(zone, start);
  const last = getOffset(zone, end - 1);
  if (first === last) return [{ start, end, offset: first }];
  let low = start;
  let high = end - 1;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (getOffset(zone, middle) === first) low = middle;
    else high = middle;
  }
  return [{ start, end: high, offset: first }, { start: high, end, offset: last }];
}

/** The real instants whose wall clock reads within [wallFrom, wallTo) during the day's pieces. */
function findCellInstants(pieces: OffsetPiece[], wallFrom: number, wallTo: number): Interval[] {
  return unionIntervals(pieces.flatMap((piece) => intersectIntervals([{ start: wallFrom - piece.offset, end: wallTo - piece.offset }], [piece])));
}

function pickState(minutes: CellMinutes, cellMinutes: number): CellState {
  if (cellMinutes === 0) return 'missing';
  if (minutes.gap > 0) return 'gap';
  if (minutes.staffed_closed > 0) return 'staffed-closed';
  if (minutes.open_staffed > 0) return 'open-staffed';
  return 'closed';
}

function sumMinutes(list: CellMinutes[]): CellMinutes {
  return list.reduce(
    (sum, m) => ({ open_staffed: sum.open_staffed + m.open_staffed, gap: sum.gap + m.gap, staffed_closed: sum.staffed_closed + m.staffed_closed, closed: sum.closed + m.closed }),
    { open_staffed: 0, gap: 0, staffed_closed: 0, closed: 0 },
  );
}

function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
