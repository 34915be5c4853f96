// Parse an hours string (format.md, type `hours`) once, with the organisation's country for `PH`
// and `SH`, and turn the library's warnings and errors into one readable line each (the
// `hours-ambiguous` rule quotes them; the loader reports the errors). Sync: the caller has awaited
// loadHoursLibrary() first. Results are cached by (string, country, region): parsing costs about
// 0,5 ms (notes.md) and the same strings recur across channels, teams and the holiday scan.
import type OpeningHours from 'opening_hours';
import { loadTexts, type LoadTexts } from '../load/load-messages.js';
import { innerMap } from '../load/inner-map.js';
import type { Lang } from '../model/rule.js';
import { hoursLibrary } from './hours-library.js';

export interface HoursContext {
  /** ISO 3166-1 alpha-2, any case (`BE`) */
  country?: string;
  /** subdivision as opening_hours names it (`Vlaanderen`); for Belgian and Dutch school holidays see below */
  region?: string;
}

/** A parsed opening_hours object; evaluate it on wall-clock dates (zoned-time.ts). */
export type HoursHandle = OpeningHours;

export type ParsedHours =
  | { ok: true; warnings: string[]; hours: HoursHandle }
  | { ok: false; error: string; hint?: string };

// A representative point per country, for sunrise/sunset. lat/lon must be strings: the library
// silently ignores numbers (notes.md).
const COORDINATES: Record<string, [string, string]> = {
  be: ['50.85', '4.35'], nl: ['52.37', '4.90'], lu: ['49.61', '6.13'], fr: ['48.86', '2.35'],
  de: ['52.52', '13.40'], at: ['48.21', '16.37'], ch: ['46.95', '7.45'], gb: ['51.51', '-0.13'],
  ie: ['53.35', '-6.26'], es: ['40.42', '-3.70'], it: ['41.90', '12.50'], pt: ['38.72', '-9.14'],
  dk: ['55.68', '12.57'], se: ['59.33', '18.07'], no: ['59.91', '10.75'], fi: ['60.17', '24.94'],
  pl: ['52.23', '21.01'], cz: ['50.08', '14.44'], sk: ['48.15', '17.11'], hu: ['47.50', '19.04'],
  si: ['46.06', '14.51'], hr: ['45.81', '15.98'], ro: ['44.43', '26.10'], bg: ['42.70', '23.32'],
  gr: ['37.98', '23.73'], ee: ['59.44', '24.75'], lv: ['56.95', '24.11'], lt: ['54.69', '25.28'],
  mt: ['35.90', '14.51'], us: ['38.91', '-77.04'], ca: ['45.42', '-75.70'], au: ['-35.28', '149.13'],
  nz: ['-41.29', '174.78'], br: ['-15.79', '-47.88'], mx: ['19.43', '-99.13'], za: ['-25.75', '28.19'],
  jp: ['35.68', '139.69'], sr: ['5.85', '-55.20'], ph: ['14.60', '120.98'], in: ['28.61', '77.21'],
  ma: ['34.02', '-6.83'], tr: ['39.93', '32.86'], ua: ['50.45', '30.52'],
};

// opening_hours keys Belgian school holidays by community and Dutch ones by region (notes.md);
// accept the names people write for them. Belgian public holidays are national, so passing the
// community as the state changes nothing for PH.
const STATE_ALIASES: Record<string, Record<string, string>> = {
  be: {
    nl: 'NL', vlaanderen: 'NL', flanders: 'NL', 'vlaams gewest': 'NL', 'vlaamse gemeenschap': 'NL',
    fr: 'FR', wallonie: 'FR', 'wallonië': 'FR', wallonia: 'FR', 'région wallonne': 'FR', 'fédération wallonie-bruxelles': 'FR',
    de: 'DE', ostbelgien: 'DE', 'deutschsprachige gemeinschaft': 'DE',
  },
  nl: { no: 'NO', noord: 'NO', mi: 'MI', midden: 'MI', zu: 'ZU', zuid: 'ZU' },
};

const SH_HINTS: Record<string, 'schoolRegionBE' | 'schoolRegionNL' | 'schoolRegionDE' | 'schoolRegionAT' | 'schoolRegionFR'> = {
  be: 'schoolRegionBE',
  nl: 'schoolRegionNL',
  de: 'schoolRegionDE',
  at: 'schoolRegionAT',
  fr: 'schoolRegionFR',
};

const PH_HINTS: Record<string, 'publicRegionGB'> = {
  gb: 'publicRegionGB',
};

type Failure = Extract<ParsedHours, { ok: false }>;
/** A failure is kept in every language: the parse is the expensive part, not the words. */
type Cached = Extract<ParsedHours, { ok: true }> | { ok: false; byLang: Record<Lang, Failure> };

// By value, country and region, each the string itself (nested maps): a key joined from them would
// be built and hashed anew on every call, and a batch asks for every hours field twice per file.
const cache = new Map<string, Map<string, Map<string, Cached>>>();

/** Errors are worded in `lang` (default en); warnings are always English (the hours-ambiguous rule quotes them). */
export function parseHours(value: string, ctx: HoursContext, lang: Lang = 'en'): ParsedHours {
  const byCountry = innerMap(cache, value);
  const byRegion = innerMap(byCountry, ctx.country ?? '');
  const region = ctx.region ?? '';
  let parsed = byRegion.get(region);
  if (parsed === undefined) {
    parsed = parseUncached(value, ctx);
    byRegion.set(region, parsed);
  }
  return parsed.ok ? parsed : parsed.byLang[lang];
}

/** The state key handed to opening_hours for a context (aliases applied). */
export function resolveLibraryState(ctx: HoursContext): string | undefined {
  if (ctx.region === undefined) return undefined;
  const country = ctx.country?.toLowerCase() ?? '';
  return STATE_ALIASES[country]?.[ctx.region.trim().toLowerCase()] ?? ctx.region;
}

/**
 * Run a library call with console.error silenced: on missing holiday data opening_hours writes
 * its error to the console before throwing it, and only src/cli may write to the terminal.
 */
export function callQuietly<T>(call: () => T): T {
  const original = console.error;
  console.error = () => undefined;
  try {
    return call();
  } finally {
    console.error = original;
  }
}

function parseUncached(value: string, ctx: HoursContext): Cached {
  const OpeningHoursClass = hoursLibrary();
  const country = ctx.country?.trim().toLowerCase() || undefined;
  const [lat, lon] = (country && COORDINATES[country]) ?? ['0', '0'];
  // Never null: a null location silently uses German holidays (notes.md). Without a country the
  // library throws "country code missing" as soon as PH or SH is used, which we report below.
  const location = { lat, lon, address: { country_code: country, state: resolveLibraryState(ctx) } };
  let hours: HoursHandle;
  try {
    hours = callQuietly(() => new OpeningHoursClass(value, location as unknown as ConstructorParameters<typeof OpeningHoursClass>[1]));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, byLang: { en: describeError(value, ctx, message, loadTexts('en')), nl: describeError(value, ctx, message, loadTexts('nl')) } };
  }
  return { ok: true, warnings: describeWarnings(value, hours), hours };
}

function describeError(value: string, ctx: HoursContext, message: string, t: LoadTexts): Failure {
  const missingHolidays = /no holidays \((PH|SH)\) defined/.exec(message);
  if (missingHolidays || /country code missing/i.test(message)) {
    const kind = missingHolidays?.[1] ?? (/\bSH\b/.test(value) && !/\bPH\b/.test(value) ? 'SH' : 'PH');
    if (!ctx.country) {
      return { ok: false, error: t.hoursNeedCountry(value, kind), hint: t.addCountry() };
    }
    const cc = ctx.country.toLowerCase();
    const country = ctx.country.toUpperCase();
    if (kind === 'SH') {
      return { ok: false, error: t.noSchoolHolidays(country, ctx.region), hint: t[SH_HINTS[cc] ?? 'schoolRegionOther']() };
    }
    return { ok: false, error: t.noPublicHolidays(country, ctx.region), hint: t[PH_HINTS[cc] ?? 'holidaysAsDates']() };
  }
  const [context, reason] = splitMarker(message);
  return {
    ok: false,
    error: reason ? t.invalidHoursAt(value, lowercaseFirst(reason), context) : t.invalidHours(value, message),
    hint: t.seeHoursSpecification(),
  };
}

/** `Mo-Fr 25:00 <--- (Time range starts outside of the current day)` → [`Mo-Fr 25:00`, `Time range …`] */
function splitMarker(message: string): [string, string | undefined] {
  const match = /^([\s\S]*?)\s*<---\s*\(([\s\S]*)\)\s*$/.exec(message);
  return match ? [match[1].trim(), match[2].trim()] : [message, undefined];
}

function lowercaseFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const TIME_RANGE = /\b(\d{2}):(\d{2})-(\d{2}):(\d{2})\b/g;

function describeWarnings(value: string, hours: HoursHandle): string[] {
  const structured = hours.getStructuredWarnings();
  const pretty = hours.prettifyValue();
  const lines: string[] = [];
  const skip = new Set<string>();

  if (structured.some((w) => w.type === 'switched')) {
    skip.add('switched');
    lines.push(describeSwitched(value, pretty));
  }

  // `weekdays 9 to 5` is 09:00-05:00: the library only warns about the single-digit hours
  // (format.md: read as 09:00 to 05:00 the next day), so say what it did.
  const unclear = structured.some((w) => (w.type as string) === 'ambiguous_single_digit_hour' || w.type === 'without_minutes');
  const wrapping = unclear ? findWrappingRanges(pretty) : [];
  if (wrapping.length > 0) {
    skip.add('ambiguous_single_digit_hour');
    skip.add('without_minutes');
    const examples = wrapping.map((r) => `${r.range} (did you mean ${r.suggestion}?)`).join(', ');
    lines.push(`"${value}" is read as "${pretty}": ${examples} runs past midnight into the next morning; write hours with two digits and minutes, 24-hour clock`);
  }

  for (const warning of structured) {
    if (skip.has(warning.type)) continue;
    const text = warning.message.replace(/:?\s*https?:\/\/\S+/g, '').trim();
    const context = warning.position === null ? '' : warning.value.slice(0, warning.position).trim();
    lines.push(context ? `at "${context}": ${text}` : text);
  }

  for (const rule of splitRules(pretty)) {
    const withoutComments = rule.replace(/"[^"]*"/g, '');
    if (withoutComments !== rule && !/\b(open|closed|off|unknown)\b/.test(withoutComments)) {
      lines.push(`"${rule}" has a comment but no state, so opening_hours reads it as unknown and the audit counts it as closed; write "open" before the comment if it is open`);
    }
  }

  if (/\b(sunrise|sunset|dawn|dusk)\b/.test(pretty)) {
    lines.push(`"${value}" uses sun times: they are computed for one point in the country and can be off by up to the zone's UTC offset; write fixed times`);
  }
  return [...new Set(lines)];
}

function describeSwitched(value: string, pretty: string): string {
  const closedHolidayRule = splitRules(pretty).find((rule) => /^(PH|SH)\b/.test(rule) && /\d{2}:\d{2}/.test(rule) && /\b(off|closed)$/.test(rule));
  if (closedHolidayRule) {
    const kind = closedHolidayRule.startsWith('SH') ? 'school holidays' : 'public holidays';
    const fixed = value.replace(/([^;\s])\s+((?:PH|SH)\s+(?:off|closed))/, '$1; $2');
    const suggestion = fixed !== value ? `; a ";" is probably missing: "${fixed}"` : '';
    return `"${value}" is read as "${pretty}": one rule that applies only on ${kind} and says closed, so the hours are never open on an ordinary day${suggestion}`;
  }
  return `the selectors of "${value}" were put in the standard order and read as "${pretty}"; check that this is what you mean`;
}

function splitRules(pretty: string): string[] {
  return pretty.split(/;|\|\|/).map((rule) => rule.trim()).filter((rule) => rule.length > 0);
}

function findWrappingRanges(pretty: string): Array<{ range: string; suggestion: string }> {
  const ranges: Array<{ range: string; suggestion: string }> = [];
  for (const match of pretty.matchAll(TIME_RANGE)) {
    const start = Number(match[1]) * 60 + Number(match[2]);
    const end = Number(match[3]) * 60 + Number(match[4]);
    if (end >= start || end === 0) continue;
    const afternoon = Number(match[3]) + 12;
    const suggestion = afternoon < 24 && afternoon * 60 + Number(match[4]) > start ? `${match[1]}:${match[2]}-${afternoon}:${match[4]}` : `${match[1]}:${match[2]}-24:00`;
    ranges.push({ range: match[0], suggestion });
  }
  return ranges;
}
