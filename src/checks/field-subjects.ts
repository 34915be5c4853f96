// What the generic field checks of rule packs share: the subjects a rule names (every channel,
// team or contact type matching a `where` selector, or the organisation), a dotted field read
// from each, and value comparisons in the organisation file's own units (the normalised
// organisation holds seconds and fractions; a rule writes `4h` and `80%`).
import type { FieldPath, Organisation } from '../model/organisation.js';
import type { ChannelSelector, MessageValue, OptionSpec } from '../model/rule.js';
import { parseDuration, parseShare } from '../load/values.js';
import { matchesSelector } from './org-queries.js';

export const SUBJECT_KINDS = ['channels', 'teams', 'contact_types', 'organisation'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** The fixed params every field check takes (schemas/rule.schema.json, `field_params`). */
export const FIELD_PARAMS: Record<string, OptionSpec> = {
  subjects: { type: 'string', required: true, description: 'channels, teams, contact_types or organisation' },
  where: { type: 'mapping', description: 'which subjects: every field named must match; a list means any of' },
  field: { type: 'string', required: true, description: 'the dotted field to read (`target.within`)' },
};

export interface FieldSubject {
  /** channel, team or contact-type id; null for the organisation */
  subject: string | null;
  /** the subject's path in the file (`['channels', 2]`; `[]` for the organisation) */
  base: FieldPath;
  record: Record<string, unknown>;
}

export interface ReadField {
  value: unknown;
  path: FieldPath;
}

export function readField(subject: FieldSubject, dotted: string): ReadField {
  const parts = dotted.split('.').filter((part) => part !== '');
  let value: unknown = subject.record;
  for (const key of parts) {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.prototype.hasOwnProperty.call(value, key)) {
      value = undefined;
      break;
    }
    value = (value as Record<string, unknown>)[key];
  }
  return { value, path: [...subject.base, ...parts] };
}

/** A written value as a number in the organisation's units (`4h` → 14400, `80%` → 0.8), if it is one. */
export function toNumber(written: unknown): number | undefined {
  if (typeof written === 'number') return Number.isFinite(written) ? written : undefined;
  if (typeof written === 'object' && written !== null) {
    if ('seconds' in written) return Number((written as { seconds: number }).seconds);
    if ('share' in written) return Number((written as { share: number }).share);
  }
  if (typeof written !== 'string') return undefined;
  const share = written.trim().endsWith('%') ? parseShare(written) : undefined;
  if (share?.ok) return share.value;
  const seconds = parseDuration(written);
  return seconds.ok ? seconds.value : undefined;
}

// Shares such as 33.3 % are stored with binary noise; two values this close are equal.
const EPSILON = 1e-9;

/** Whether an organisation value matches a written one; a list matches when an item does. */
export function isMatch(actual: unknown, wanted: unknown): boolean {
  if (Array.isArray(actual)) return actual.some((item) => isMatch(item, wanted));
  if (typeof actual === 'number') {
    const n = toNumber(wanted);
    return n !== undefined && Math.abs(actual - n) <= EPSILON;
  }
  return actual === wanted;
}

function matchesWhere(subject: FieldSubject, where: Record<string, unknown> | undefined): boolean {
  if (!where) return true;
  return Object.entries(where).every(([field, wanted]) => {
    const { value } = readField(subject, field);
    if (value === undefined || value === null) return false;
    const options = Array.isArray(wanted) ? wanted : [wanted];
    return options.some((option) => isMatch(value, option));
  });
}

/**
 * The subjects a rule looks at. A channel rule's `applies_to` (if any) must hold as well as its
 * `where`; an unknown subject kind selects nothing (the rule schema refuses it first).
 */
export function selectFieldSubjects(org: Organisation, options: Record<string, unknown>, selector: ChannelSelector | undefined): FieldSubject[] {
  const where = options.where as Record<string, unknown> | undefined;
  const asRecord = (value: object) => value as unknown as Record<string, unknown>;
  let subjects: FieldSubject[];
  switch (options.subjects as SubjectKind) {
    case 'channels':
      subjects = org.channels
        .filter((c) => matchesSelector(c, selector))
        .map((c) => ({ subject: c.id, base: ['channels', c.index], record: asRecord(c) }));
      break;
    case 'teams':
      subjects = org.teams.map((t) => ({ subject: t.id, base: ['teams', t.index], record: asRecord(t) }));
      break;
    case 'contact_types':
      subjects = org.contact_types.map((t) => ({ subject: t.id, base: ['contact_types', t.index], record: asRecord(t) }));
      break;
    case 'organisation':
      subjects = [{ subject: null, base: [], record: asRecord(org) }];
      break;
    default:
      subjects = [];
  }
  return subjects.filter((s) => matchesWhere(s, where));
}

/** A value as a message shows it: in the unit of the threshold it is compared with. */
export function shownValue(actual: unknown, like?: unknown): MessageValue {
  if (typeof actual === 'number' && typeof like === 'object' && like !== null) {
    if ('seconds' in like) return { seconds: actual };
    if ('share' in like) return { share: actual };
  }
  if (typeof actual === 'number' || typeof actual === 'string') return actual;
  if (Array.isArray(actual)) return { list: actual.map(String) };
  return String(actual);
}

export function isAbsentValue(value: unknown): boolean {
  return value === undefined || value === null;
}
