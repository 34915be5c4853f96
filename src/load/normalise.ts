// The written file → the normalised Organisation (src/model/organisation.ts), and the checks the
// schema cannot express: ids unique within each list, references to channels, allocations, time
// zones and hours strings (format.md, "References between lists", value type `hours`).
//
// checkReferences reads the data defensively, so it runs even when the schema found problems
// and the user sees everything at once; normaliseOrganisation trusts valid data.
import type {
  Channel, ChannelType, ContactType, FieldPath, Monitoring, Organisation, OrganisationInfo, Owner, Policies,
  Purpose, Team, Training, Visibility,
} from '../model/organisation.js';
import { closestZone, countryZone, isKnownZone } from '../time/zones.js';
import type { HoursContext, ParsedHours } from '../time/parse-hours.js';
import type { Lang } from '../model/rule.js';
import { closestMatch } from './closest-match.js';
import { loadTexts, type LoadTexts } from './load-messages.js';
import { parseDuration, parseShare } from './values.js';

type Share = number | string;
type Duration = string;

export interface WrittenChannel {
  id: string;
  type: ChannelType;
  label?: string;
  owner?: Owner;
  inbound?: boolean;
  redirect?: string;
  hours?: string;
  staffed?: string;
  visibility?: Visibility;
  target?: { answered: Share; within: Duration };
  peak?: { contacts_per_hour: number; handle_time: Duration };
  concurrency?: number;
  answered?: Share;
  monitored?: boolean;
  promise?: Duration;
  promise_kept?: Share;
  purpose?: Purpose[];
}

export interface WrittenTeam {
  id: string;
  agents: number;
  shrinkage?: Share;
  channels: string[];
  allocation?: Record<string, Share>;
  hours?: string;
  timezone?: string;
  languages?: string[];
  training?: Training[];
}

export interface WrittenContactType {
  id: string;
  label?: string;
  complexity?: 'simple' | 'complex';
  channels: string[];
}

export interface WrittenOrganisation {
  $schema?: string;
  version: 1;
  organisation: Omit<OrganisationInfo, 'timezone' | 'timezone_source'> & { timezone?: string };
  channels: WrittenChannel[];
  teams?: WrittenTeam[];
  policies?: Policies;
  monitoring?: Monitoring;
  contact_types?: WrittenContactType[];
  audit?: { ignore?: Array<{ rule: string; subject?: string; reason: string; until?: string }> };
}

export interface Problem {
  path: FieldPath;
  message: string;
  hint?: string;
}

export type HoursParser = (value: string, ctx: HoursContext) => ParsedHours;

type Loose = Record<string, unknown>;

function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function field(value: unknown, key: string): unknown {
  return isRecord(value) && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

const COUNTRY = /^[A-Z]{2}$/;

/** Every hours field written, with its path (format.md: channels, teams, social listening). */
export function collectHoursFields(data: unknown): Array<{ path: FieldPath; value: string }> {
  const found: Array<{ path: FieldPath; value: string }> = [];
  listOf(field(data, 'channels')).forEach((channel, i) => {
    for (const key of ['hours', 'staffed']) {
      const value = field(channel, key);
      if (typeof value === 'string') found.push({ path: ['channels', i, key], value });
    }
  });
  listOf(field(data, 'teams')).forEach((team, i) => {
    const value = field(team, 'hours');
    if (typeof value === 'string') found.push({ path: ['teams', i, 'hours'], value });
  });
  const listeningHours = field(field(field(data, 'monitoring'), 'social_listening'), 'hours');
  if (typeof listeningHours === 'string') found.push({ path: ['monitoring', 'social_listening', 'hours'], value: listeningHours });
  return found;
}

/** Whether an hours string names public or school holidays (outside its "comments"). */
export function usesHolidays(hours: string): 'PH' | 'SH' | undefined {
  const withoutComments = hours.replace(/"[^"]*"/g, '');
  const match = /\b(PH|SH)\b/.exec(withoutComments);
  return match ? (match[1] as 'PH' | 'SH') : undefined;
}

const DUPLICATE_MESSAGES = { channels: 'duplicateChannelId', teams: 'duplicateTeamId', contact_types: 'duplicateContactTypeId' } as const;

function checkUniqueIds(data: unknown, list: keyof typeof DUPLICATE_MESSAGES, problems: Problem[], t: LoadTexts): void {
  const first = new Map<string, number>();
  listOf(field(data, list)).forEach((item, i) => {
    const id = field(item, 'id');
    if (typeof id !== 'string') return;
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, i);
      return;
    }
    problems.push({
      path: [list, i, 'id'],
      message: t[DUPLICATE_MESSAGES[list]](id, `${list}[${earlier}]`),
      hint: t.idsUnique(list),
    });
  });
}

function channelIds(data: unknown): string[] {
  return listOf(field(data, 'channels'))
    .map((c) => field(c, 'id'))
    .filter((id): id is string => typeof id === 'string');
}

function notAChannel(owner: string, id: string, known: string[], t: LoadTexts): Omit<Problem, 'path'> {
  const close = closestMatch(id, known);
  return {
    message: t.notAChannel(owner, id),
    hint: close ? t.didYouMean(close) : known.length > 0 ? t.theChannelsAre(known.join(', ')) : t.listChannelFirst(),
  };
}

/** `team \`front-nl\``, or the item's path when it has no id. */
function describeSubject(kind: 'teamSubject' | 'contactTypeSubject', item: unknown, index: number, list: string, t: LoadTexts): string {
  const id = field(item, 'id');
  return typeof id === 'string' ? t[kind](id) : `${list}[${index}]`;
}

function checkChannelReferences(data: unknown, problems: Problem[], t: LoadTexts): void {
  const known = channelIds(data);
  const isKnown = (id: string) => known.includes(id);
  listOf(field(data, 'teams')).forEach((team, i) => {
    const owner = describeSubject('teamSubject', team, i, 'teams', t);
    const teamChannels = listOf(field(team, 'channels'));
    teamChannels.forEach((id, j) => {
      if (typeof id === 'string' && !isKnown(id)) problems.push({ path: ['teams', i, 'channels', j], ...notAChannel(owner, id, known, t) });
    });
    const allocation = field(team, 'allocation');
    if (!isRecord(allocation)) return;
    let total = 0;
    for (const [id, share] of Object.entries(allocation)) {
      if (!isKnown(id)) {
        problems.push({ path: ['teams', i, 'allocation', id], ...notAChannel(t.allocationOf(owner), id, known, t) });
      } else if (!teamChannels.includes(id)) {
        problems.push({
          path: ['teams', i, 'allocation', id],
          message: t.allocatesToForeignChannel(owner, id),
          hint: t.addOrRemoveAllocation(id),
        });
      }
      const parsed = parseShare(share);
      if (parsed.ok) total += parsed.value;
    }
    // Rounded so that 33.3% + 33.3% + 33.4% is exactly 100%.
    const percent = Math.round(total * 1e6) / 1e4;
    if (percent > 100) {
      problems.push({
        path: ['teams', i, 'allocation'],
        message: t.allocationOver100(owner, String(percent)),
        hint: t.allocationAtMost100(),
      });
    }
  });
  listOf(field(data, 'contact_types')).forEach((contactType, i) => {
    const owner = describeSubject('contactTypeSubject', contactType, i, 'contact_types', t);
    listOf(field(contactType, 'channels')).forEach((id, j) => {
      if (typeof id === 'string' && !isKnown(id)) problems.push({ path: ['contact_types', i, 'channels', j], ...notAChannel(owner, id, known, t) });
    });
  });
}

function checkZone(zone: unknown, path: FieldPath, problems: Problem[], t: LoadTexts): void {
  if (typeof zone !== 'string' || zone === '' || isKnownZone(zone)) return;
  const close = closestZone(zone);
  problems.push({
    path,
    message: t.unknownZone(zone),
    hint: close ? t.didYouMean(close) : t.writeIanaZone(),
  });
}

function hoursContext(data: unknown): HoursContext {
  const info = field(data, 'organisation');
  const country = field(info, 'country');
  const region = field(info, 'region');
  return {
    country: typeof country === 'string' && COUNTRY.test(country) ? country : undefined,
    region: typeof region === 'string' && region !== '' ? region : undefined,
  };
}

function checkHours(data: unknown, parseHours: HoursParser | undefined, problems: Problem[], t: LoadTexts): void {
  const ctx = hoursContext(data);
  const hasCountry = typeof field(field(data, 'organisation'), 'country') === 'string';
  for (const { path, value } of collectHoursFields(data)) {
    if (value.trim() === '') continue;
    const holidays = usesHolidays(value);
    if (holidays && !hasCountry) {
      problems.push({
        path,
        message: holidays === 'PH' ? t.publicHolidaysWithoutCountry(value) : t.schoolHolidaysWithoutCountry(value),
        hint: t.addCountryForHolidays(),
      });
      continue;
    }
    if (!parseHours) continue;
    const parsed = parseHours(value, ctx);
    // Warnings are not errors: the hours-ambiguous rule reports them.
    if (!parsed.ok) problems.push(parsed.hint === undefined ? { path, message: parsed.error } : { path, message: parsed.error, hint: parsed.hint });
  }
}

/**
 * The problems the schema cannot see. Reads any data (even invalid) without throwing. Hours are
 * parsed with `parseHours` when given (the caller has loaded the hours library, and gives the
 * parser the same language).
 */
export function checkReferences(data: unknown, parseHours?: HoursParser, lang: Lang = 'en'): Problem[] {
  const t = loadTexts(lang);
  const problems: Problem[] = [];
  checkUniqueIds(data, 'channels', problems, t);
  checkUniqueIds(data, 'teams', problems, t);
  checkUniqueIds(data, 'contact_types', problems, t);
  checkChannelReferences(data, problems, t);
  checkZone(field(field(data, 'organisation'), 'timezone'), ['organisation', 'timezone'], problems, t);
  listOf(field(data, 'teams')).forEach((team, i) => checkZone(field(team, 'timezone'), ['teams', i, 'timezone'], problems, t));
  checkHours(data, parseHours, problems, t);
  return problems;
}

// A batch writes the same shares and durations again and again (`80%`, `20s`): each read once.
const shares = new Map<Share, number>();
const durations = new Map<Duration, number>();
const MAX_VALUES = 10_000;

function share(value: Share): number {
  let fraction = shares.get(value);
  if (fraction === undefined) {
    const parsed = parseShare(value);
    if (!parsed.ok) throw new Error(`internal: share ${String(value)} passed validation`);
    fraction = parsed.value;
    if (shares.size >= MAX_VALUES) shares.clear();
    shares.set(value, fraction);
  }
  return fraction;
}

function seconds(value: Duration): number {
  let duration = durations.get(value);
  if (duration === undefined) {
    const parsed = parseDuration(value);
    if (!parsed.ok) throw new Error(`internal: duration ${value} passed validation`);
    duration = parsed.value;
    if (durations.size >= MAX_VALUES) durations.clear();
    durations.set(value, duration);
  }
  return duration;
}

// A fresh object with the defined keys, in their order. Not `delete`: an object that loses a
// property falls back to slow dictionary mode, and every check reads these objects.
function withoutUndefined<T extends object>(value: T): T {
  return convertFields(value, NO_CONVERSIONS, {}) as T;
}

const NO_CONVERSIONS: Conversions = new Map();

function normaliseInfo(written: WrittenOrganisation['organisation']): OrganisationInfo {
  const { timezone, ...rest } = written;
  const fromCountry = written.country === undefined ? undefined : countryZone(written.country);
  const resolved: Pick<OrganisationInfo, 'timezone' | 'timezone_source'> =
    timezone !== undefined
      ? { timezone, timezone_source: 'explicit' }
      : fromCountry !== undefined
        ? { timezone: fromCountry, timezone_source: 'country' }
        : { timezone: 'UTC', timezone_source: 'default' };
  return { ...rest, ...resolved };
}

type Conversions = Map<string, (value: never) => unknown>;

// The fields the model converts (shares to fractions, durations to seconds); every other field is
// kept as written.
const CHANNEL_CONVERSIONS: Conversions = new Map<string, (value: never) => unknown>([
  ['target', (target: NonNullable<WrittenChannel['target']>) => ({ answered: share(target.answered), within: seconds(target.within) })],
  ['peak', (peak: NonNullable<WrittenChannel['peak']>) => ({ contacts_per_hour: peak.contacts_per_hour, handle_time: seconds(peak.handle_time) })],
  ['answered', share],
  ['promise', seconds],
  ['promise_kept', share],
]);

const TEAM_CONVERSIONS: Conversions = new Map<string, (value: never) => unknown>([
  ['shrinkage', share],
  ['allocation', (allocation: NonNullable<WrittenTeam['allocation']>) => Object.fromEntries(Object.entries(allocation).map(([id, s]) => [id, share(s)]))],
]);

/**
 * The written fields in their order, converted, without undefined ones; then `defaults` for the
 * fields not written, in the defaults' order. One pass and one object per channel or team (a
 * batch normalises thousands), never `delete` (see withoutUndefined).
 */
function convertFields(written: object, conversions: Conversions, defaults: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(written)) {
    const value = (written as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const convert = conversions.get(key);
    out[key] = convert === undefined ? value : convert(value as never);
  }
  for (const key of Object.keys(defaults)) if (out[key] === undefined) out[key] = defaults[key];
  return out;
}

function normaliseChannel(written: WrittenChannel, index: number): Channel {
  const channel = convertFields(written, CHANNEL_CONVERSIONS, { inbound: true, concurrency: 1 }) as unknown as Channel;
  channel.index = index;
  return channel;
}

function normaliseTeam(written: WrittenTeam, index: number): Team {
  const team = convertFields(written, TEAM_CONVERSIONS, { shrinkage: 0 }) as unknown as Team;
  team.index = index;
  return team;
}

/** Valid written data (schema and checkReferences passed) → the model. */
export function normaliseOrganisation(written: WrittenOrganisation): Organisation {
  const org: Organisation = {
    version: 1,
    organisation: withoutUndefined(normaliseInfo(written.organisation)),
    channels: written.channels.map(normaliseChannel),
    teams: (written.teams ?? []).map(normaliseTeam),
    policies: { ...(written.policies ?? {}) },
    monitoring: { ...(written.monitoring ?? {}) },
    contact_types: (written.contact_types ?? []).map((c, index): ContactType => ({ ...c, index })),
  };
  if (written.audit !== undefined) org.extra = { audit: written.audit };
  return org;
}
