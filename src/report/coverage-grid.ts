// The coverage grid as text (`contact-audit coverage`): a pure (grid, options) => string.
// Geometry: an hour is two columns (an hour cell is two characters, a half-hour cell one), in
// groups of six hours, so a day is 51 columns with either slot and a row stays within 80.
// Every state has its own character, so the grid reads the same without colour.
import type { ChalkInstance } from 'chalk';
import type { CellState, ChannelGrid, CoverageGrid, GridDay, GridSkipReason } from '../coverage/build-coverage-grid.js';
import type { Lang } from '../model/rule.js';
import type { Weekday } from '../time/zoned-time.js';

export interface CoverageGridOptions {
  chalk: ChalkInstance;
  lang: Lang;
}

export const CELL_SYMBOLS: Record<CellState, string> = {
  'open-staffed': '█',
  gap: '!',
  'staffed-closed': 's',
  closed: '·',
  missing: '-',
};

/** Width of the day label column, the asterisk of a DST day included. */
const LABEL_WIDTH = 11;

interface GridText {
  title: (start: string, end: string, zone: string) => string;
  slot: (minutes: number) => string;
  legend: Record<CellState, string>;
  worst: string;
  weekdays: Record<Weekday, string>;
  months: string[];
  staffedBy: Record<ChannelGrid['staffed_source'], string>;
  skipped: Record<GridSkipReason, string>;
  week: (open: string, staffed: string, gap: string, staffedClosed: string) => string;
  holidaysHeader: string;
  noHolidays: string;
  holidaysUnknown: string;
  holidayOpenUnstaffed: (time: string) => string;
  holidayStaffedClosed: (time: string) => string;
  skippedHour: (day: string, from: string, to: string, hours: number) => string;
  repeatedHour: (day: string, from: string, to: string, hours: number) => string;
  noChannels: string;
}

const TEXT: Record<Lang, GridText> = {
  en: {
    title: (start, end, zone) => `Coverage, week ${start} – ${end}, ${zone} time`,
    slot: (minutes) => (minutes === 60 ? 'one cell an hour' : 'one cell a half hour'),
    legend: {
      'open-staffed': 'open, staffed',
      gap: 'open, nobody staffed',
      'staffed-closed': 'staffed, closed',
      closed: 'closed',
      missing: 'no such hour (clocks forward)',
    },
    worst: 'a mixed cell shows its worst: ! then s then █',
    weekdays: { Mo: 'Mo', Tu: 'Tu', We: 'We', Th: 'Th', Fr: 'Fr', Sa: 'Sa', Su: 'Su' },
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    staffedBy: { staffed: 'staffed hours from its `staffed`', teams: 'staffed hours from its teams', unknown: 'staffing unknown' },
    skipped: {
      'no-hours': 'no grid: the channel has no published `hours`',
      'hours-unreadable': 'no grid: its `hours` cannot be evaluated',
      'staffing-unknown': 'no grid: nobody handles it and it has no `staffed` hours',
      'staffing-unreadable': 'no grid: its staffed hours (`staffed` or a team\'s `hours`) cannot be evaluated',
    },
    week: (open, staffed, gap, staffedClosed) => `Week: open ${open}, staffed ${staffed}, gap ${gap}, staffed but closed ${staffedClosed}`,
    holidaysHeader: 'Public holidays in the coming year where published and staffed hours disagree:',
    noHolidays: 'Public holidays in the coming year: published and staffed hours agree.',
    holidaysUnknown: 'Public holidays: unknown (set organisation.country).',
    holidayOpenUnstaffed: (time) => `! ${time} open, unstaffed`,
    holidayStaffedClosed: (time) => `s ${time} staffed, closed`,
    skippedHour: (day, from, to, hours) => `* ${day} has ${hours} hours: the clock skips ${from}–${to} (-)`,
    repeatedHour: (day, from, to, hours) => `* ${day} has ${hours} hours: ${from}–${to} happens twice; its cells hold both`,
    noChannels: 'No channel to show.',
  },
  nl: {
    title: (start, end, zone) => `Dekking, week ${start} – ${end}, tijd van ${zone}`,
    slot: (minutes) => (minutes === 60 ? 'één vakje per uur' : 'één vakje per halfuur'),
    legend: {
      'open-staffed': 'open, bemand',
      gap: 'open, niemand bemant',
      'staffed-closed': 'bemand, gesloten',
      closed: 'gesloten',
      missing: 'uur bestaat niet (klok vooruit)',
    },
    worst: 'een gemengd vakje toont het ergste: ! dan s dan █',
    weekdays: { Mo: 'ma', Tu: 'di', We: 'wo', Th: 'do', Fr: 'vr', Sa: 'za', Su: 'zo' },
    months: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    staffedBy: { staffed: 'bemande uren uit `staffed`', teams: 'bemande uren van de teams', unknown: 'bemanning onbekend' },
    skipped: {
      'no-hours': 'geen rooster: het kanaal heeft geen gepubliceerde `hours`',
      'hours-unreadable': 'geen rooster: de `hours` zijn niet te evalueren',
      'staffing-unknown': 'geen rooster: niemand behandelt het en er zijn geen `staffed`-uren',
      'staffing-unreadable': 'geen rooster: de bemande uren (`staffed` of de `hours` van een team) zijn niet te evalueren',
    },
    week: (open, staffed, gap, staffedClosed) => `Week: open ${open}, bemand ${staffed}, gat ${gap}, bemand maar gesloten ${staffedClosed}`,
    holidaysHeader: 'Feestdagen in het komende jaar waarop gepubliceerd en bemand verschillen:',
    noHolidays: 'Feestdagen in het komende jaar: gepubliceerde en bemande uren kloppen.',
    holidaysUnknown: 'Feestdagen: onbekend (vul organisation.country in).',
    holidayOpenUnstaffed: (time) => `! ${time} open, onbemand`,
    holidayStaffedClosed: (time) => `s ${time} bemand, gesloten`,
    skippedHour: (day, from, to, hours) => `* ${day} telt ${hours} uur: de klok slaat ${from}–${to} over (-)`,
    repeatedHour: (day, from, to, hours) => `* ${day} telt ${hours} uur: ${from}–${to} komt twee keer voor; het vakje telt beide`,
    noChannels: 'Geen kanaal om te tonen.',
  },
};

/** `90` → `1h30`, `0` → `0h00`. */
export function formatHoursMinutes(minutes: number): string {
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}`;
}

export function formatCoverageGrid(grid: CoverageGrid, options: CoverageGridOptions): string {
  const t = TEXT[options.lang];
  const { chalk } = options;
  const lines: string[] = [chalk.bold(grid.organisation), ...wrap(t.title(grid.week_start, grid.week_end, grid.timezone), ''), ''];
  lines.push(...formatLegend(t, chalk), `${t.slot(grid.slot_minutes)}; ${t.worst}`, '');
  if (grid.channels.length === 0) lines.push(t.noChannels, '');
  for (const channel of grid.channels) lines.push(...formatChannel(channel, grid.slot_minutes, t, chalk), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

function paint(state: CellState, text: string, chalk: ChalkInstance): string {
  switch (state) {
    case 'open-staffed':
      return chalk.green(text);
    case 'gap':
      return chalk.red.bold(text);
    case 'staffed-closed':
      return chalk.yellow(text);
    default:
      return chalk.dim(text);
  }
}

function formatLegend(t: GridText, chalk: ChalkInstance): string[] {
  const item = (state: CellState) => `${paint(state, CELL_SYMBOLS[state], chalk)} ${t.legend[state]}`;
  return [
    (['open-staffed', 'gap', 'staffed-closed', 'closed'] as const).map(item).join('   '),
    item('missing'),
  ];
}

function formatChannel(channel: ChannelGrid, slotMinutes: number, t: GridText, chalk: ChalkInstance): string[] {
  const name = channel.label ? `${channel.channel} (${channel.label})` : channel.channel;
  const lines = [chalk.bold(name)];
  // Hours strings can be long: they get their own lines, broken after a semicolon.
  if (channel.hours) lines.push(...wrap(channel.hours, '  '));
  if (!channel.days) {
    lines.push(`  ${t.skipped[channel.reason ?? 'staffing-unknown']}`);
    return lines;
  }
  lines.push(chalk.dim(t.staffedBy[channel.staffed_source]));
  lines.push(' '.repeat(LABEL_WIDTH) + formatHourHeader());
  const notes: string[] = [];
  for (const day of channel.days) {
    const label = formatDayLabel(day, t);
    const dstNote = describeDst(day, slotMinutes, label, t);
    if (dstNote) notes.push(dstNote);
    const row = `${`${label}${dstNote ? '*' : ''}`.padEnd(LABEL_WIDTH)}${formatCells(day, slotMinutes, chalk)}`;
    const suffix: string[] = [];
    if (day.totals.gap > 0) suffix.push(paint('gap', `! ${formatHoursMinutes(day.totals.gap)}`, chalk));
    if (day.totals.staffed_closed > 0) suffix.push(paint('staffed-closed', `s ${formatHoursMinutes(day.totals.staffed_closed)}`, chalk));
    lines.push(suffix.length > 0 ? `${row}  ${suffix.join(' ')}` : row);
  }
  lines.push(...notes.flatMap((note) => wrap(note, '')));
  const totals = channel.totals;
  lines.push(...wrap(t.week(
    formatHoursMinutes(totals.published_minutes ?? 0),
    formatHoursMinutes(totals.staffed_minutes ?? 0),
    formatHoursMinutes(totals.unstaffed_minutes ?? 0),
    formatHoursMinutes(totals.staffed_closed_minutes ?? 0),
  ), ''));
  lines.push(...formatHolidays(channel, t, chalk));
  return lines;
}

function formatHourHeader(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g += 1) groups.push(`${String(6 * g).padStart(2, '0')}    ${String(6 * g + 3).padStart(2, '0')}    `);
  return groups.join(' ').trimEnd();
}

function formatDayLabel(day: GridDay, t: GridText): string {
  const [, month, date] = day.date.split('-').map(Number);
  return `${t.weekdays[day.weekday]} ${String(date).padStart(2, ' ')} ${t.months[month - 1]}`;
}

function formatCells(day: GridDay, slotMinutes: number, chalk: ChalkInstance): string {
  const width = slotMinutes === 60 ? 2 : 1;
  const perGroup = 360 / slotMinutes;
  const groups: string[] = [];
  for (let start = 0; start < day.cells.length; start += perGroup) {
    // Runs of one state are painted once: fewer escape codes, same text.
    let text = '';
    let run = '';
    let runState: CellState | undefined;
    for (const cell of day.cells.slice(start, start + perGroup)) {
      if (cell.state !== runState && runState !== undefined) {
        text += paint(runState, run, chalk);
        run = '';
      }
      runState = cell.state;
      run += CELL_SYMBOLS[cell.state].repeat(width);
    }
    if (runState !== undefined) text += paint(runState, run, chalk);
    groups.push(text);
  }
  return groups.join(' ');
}

/** A note for a day of 23 or 25 hours: which clock slots are skipped or happen twice. */
function describeDst(day: GridDay, slotMinutes: number, label: string, t: GridText): string | undefined {
  if (day.minutes === 1440) return undefined;
  const hours = Math.round(day.minutes / 60);
  const cellMinutes = (c: GridDay['cells'][number]) => c.minutes.open_staffed + c.minutes.gap + c.minutes.staffed_closed + c.minutes.closed;
  const odd = day.cells.filter((c) => (day.minutes < 1440 ? cellMinutes(c) < slotMinutes : cellMinutes(c) > slotMinutes));
  if (odd.length === 0) return undefined;
  const from = odd[0].from;
  const to = odd[odd.length - 1].to;
  return day.minutes < 1440 ? t.skippedHour(label, from, to, hours) : t.repeatedHour(label, from, to, hours);
}

function formatHolidays(channel: ChannelGrid, t: GridText, chalk: ChalkInstance): string[] {
  if (channel.holidays === null) return wrap(t.holidaysUnknown, '');
  if (channel.holidays.length === 0) return wrap(t.noHolidays, '');
  const lines = wrap(t.holidaysHeader, '');
  for (const holiday of channel.holidays) {
    const parts: string[] = [];
    if (holiday.unstaffed_minutes > 0) parts.push(paint('gap', t.holidayOpenUnstaffed(formatHoursMinutes(holiday.unstaffed_minutes)), chalk));
    if (holiday.staffed_closed_minutes > 0) parts.push(paint('staffed-closed', t.holidayStaffedClosed(formatHoursMinutes(holiday.staffed_closed_minutes)), chalk));
    const head = `  ${t.weekdays[holiday.weekday]} ${holiday.date}  ${holiday.name}`;
    const tail = parts.join('; ');
    // Long holiday names push the figures to the next line rather than past 80 columns.
    if (head.length + 2 + stripLength(tail) <= 80) lines.push(`${head}: ${tail}`);
    else lines.push(`${head}:`, `      ${tail}`);
  }
  return lines;
}

/** Words wrapped within 80 columns; continuation lines indented two more. */
function wrap(text: string, indent: string, width = 80): string[] {
  const lines: string[] = [];
  let line = indent;
  for (const word of text.split(' ')) {
    if (line.length + word.length > width && line.trim() !== '') {
      lines.push(line.trimEnd());
      line = `${indent}  `;
    }
    line += `${word} `;
  }
  lines.push(line.trimEnd());
  return lines;
}

function stripLength(text: string): number {
  return [...text.replace(/\u001b\[[0-9;]*m/g, '')].length;
}
