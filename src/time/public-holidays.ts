// The public holidays of a country (and region) between two dates, with the names opening_hours
// gives them: we evaluate the string `PH` and read each interval's comment.
import { parseHours, callQuietly, type HoursContext } from './parse-hours.js';
import { DAY_MS, formatWallDate, parseWallDate } from './zoned-time.js';

export interface PublicHoliday {
  /** ISO date */
  date: string;
  name: string;
}

/**
 * Holidays on the dates [fromDate, toDate), sorted; undefined when there is no country or
 * opening_hours has no holidays for it (or its region).
 */
export function listPublicHolidays(ctx: HoursContext, fromDate: string, toDate: string): PublicHoliday[] | undefined {
  if (!ctx.country) return undefined;
  // A batch of files asks the same year of the same country again and again.
  const key = `${ctx.country}\u0000${ctx.region ?? ''}\u0000${fromDate}\u0000${toDate}`;
  if (!listed.has(key)) {
    if (listed.size >= 1_000) listed.clear();
    listed.set(key, listUncached(ctx, fromDate, toDate));
  }
  return listed.get(key)?.map((holiday) => ({ ...holiday }));
}

const listed = new Map<string, PublicHoliday[] | undefined>();

function listUncached(ctx: HoursContext, fromDate: string, toDate: string): PublicHoliday[] | undefined {
  const parsed = parseHours('PH', ctx);
  if (!parsed.ok) return undefined;
  let raw: ReturnType<typeof parsed.hours.getOpenIntervals>;
  try {
    raw = callQuietly(() => parsed.hours.getOpenIntervals(new Date(parseWallDate(fromDate)), new Date(parseWallDate(toDate))));
  } catch {
    return undefined;
  }
  const holidays = new Map<string, string>();
  for (const [start, end, , comment] of raw) {
    // An interval may cover consecutive holidays; list each day.
    for (let day = Math.floor(start.getTime() / DAY_MS) * DAY_MS; day < end.getTime(); day += DAY_MS) {
      const date = formatWallDate(day);
      if (holidays.has(date)) continue;
      const name = day === start.getTime() ? comment : callQuietly(() => parsed.hours.getComment(new Date(day + DAY_MS / 2)));
      holidays.set(date, name ?? comment ?? 'public holiday');
    }
  }
  return [...holidays].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
}
