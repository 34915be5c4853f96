// Published hours against staffed time (rules.md, hours-unstaffed): a channel shown as open
// while nobody handles it, in the week analysed or on a public holiday in the coming year.
import type { ChannelCoverage, HolidayGap, LocalSlot } from '../model/coverage.js';
import type { Check, MessageValue, Outcome } from '../model/rule.js';
import { channelPath, selectChannels } from './org-queries.js';

const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
const SHOWN_SLOTS = 3;
const SHOWN_HOLIDAYS = 3;

function readClockMinutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return h * 60 + m;
}

/**
 * A slot as opening_hours would write it: `Mo 17:00–20:00`, or `Fr 17:00–Mo 08:00` when it runs
 * into a later day. The day count is rounded so that a DST hour inside the slot does not shift it.
 */
export function formatSlot(slot: LocalSlot): string {
  const start = readClockMinutes(slot.from);
  let days = Math.max(0, Math.round((start + slot.minutes - readClockMinutes(slot.to)) / 1440));
  let to = slot.to;
  // A slot that ends at midnight ends at 24:00 of the day before, as opening_hours writes it.
  if (to === '00:00' && days > 0) {
    days -= 1;
    to = '24:00';
  }
  if (days === 0) return `${slot.weekday} ${slot.from}–${to}`;
  const endDay = WEEKDAYS[(WEEKDAYS.indexOf(slot.weekday) + days) % 7];
  return `${slot.weekday} ${slot.from}–${endDay} ${to}`;
}

/** The worst slots, longest first as coverage sorts them, with `…` when there are more. */
export function formatWorstSlots(slots: readonly LocalSlot[]): string {
  const shown = slots.slice(0, SHOWN_SLOTS).map(formatSlot);
  return slots.length > SHOWN_SLOTS ? `${shown.join(', ')}, …` : shown.join(', ');
}

function describeHoliday(holiday: HolidayGap): string {
  return `${holiday.name} (${holiday.date})`;
}

function isCoverageKnown(coverage: ChannelCoverage | undefined): coverage is ChannelCoverage {
  return coverage !== undefined && coverage.staffed_source !== 'unknown' && coverage.staffed !== undefined;
}

export const hoursStaffed: Check = {
  id: 'hours-staffed',
  options: {
    max_unstaffed_minutes_per_week: { type: 'number', required: true, description: 'published-but-unstaffed minutes tolerated in the week analysed' },
  },
  evaluate(ctx, options, selector) {
    const limit = options.max_unstaffed_minutes_per_week as number;
    const outcomes: Outcome[] = [];
    const channels = selectChannels(ctx.org, selector);
    for (const channel of channels) {
      if (channel.hours === undefined) {
        outcomes.push({ subject: channel.id, path: channelPath(channel, 'hours'), status: 'unknown', missing: 'hours' });
        continue;
      }
      const coverage = ctx.coverage().channels[channel.id];
      if (!isCoverageKnown(coverage)) {
        // No `staffed` and no team handles the channel: either one would tell; `staffed` is the
        // field on the channel itself, so that is the one we name.
        outcomes.push({ subject: channel.id, path: channelPath(channel, 'staffed'), status: 'unknown', missing: 'staffed' });
        continue;
      }
      const path = channelPath(channel, 'hours');
      if (coverage.published === undefined || coverage.unstaffed_minutes === undefined) {
        // `hours` is there but could not be evaluated: the published time is what is missing.
        outcomes.push({ subject: channel.id, path, status: 'unknown', missing: 'hours' });
        continue;
      }
      const weekly = coverage.unstaffed_minutes;
      const holidays = (coverage.holidays ?? []).filter((h) => h.unstaffed_minutes > 0);
      const slots = coverage.unstaffed_slots ?? [];
      const data = {
        unstaffed_minutes_per_week: weekly,
        published_minutes_per_week: coverage.published_minutes ?? null,
        staffed_minutes_per_week: coverage.staffed_minutes ?? null,
        staffed_source: coverage.staffed_source,
        worst_slots: slots.slice(0, SHOWN_SLOTS),
        holidays: holidays.map((h) => ({ date: h.date, name: h.name, unstaffed_minutes: h.unstaffed_minutes })),
      };
      const isWeekOver = weekly > limit;
      if (!isWeekOver && holidays.length === 0) {
        outcomes.push({ subject: channel.id, path, status: 'pass', values: { unstaffed: { minutes: weekly } }, data });
        continue;
      }
      const values: Record<string, MessageValue> = {
        unstaffed: { minutes: weekly },
        worst_slots: formatWorstSlots(slots),
        holiday_count: holidays.length,
        holiday_names: { list: holidays.slice(0, SHOWN_HOLIDAYS).map(describeHoliday) },
      };
      const messageId = !isWeekOver ? 'holidays' : holidays.length > 0 ? 'week-and-holidays' : 'default';
      outcomes.push({ subject: channel.id, path, status: 'fail', messageId, values, data });
    }
    return outcomes;
  },
};
