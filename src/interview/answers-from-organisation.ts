// `init --from file.yaml`: an organisation file → the answers it implies (offered as defaults)
// and the fields the questionnaire does not ask (carried over unchanged, build-organisation.ts).
// The questionnaire knows one channel per type: a second channel of a type is named in `dropped`.
import { formatShare, parseShare } from '../load/values.js';
import type { AnswerValue, Answers } from './questions.js';
import type { Carry } from './build-organisation.js';

type Plain = Record<string, unknown>;

export interface FromFile {
  defaults: Answers;
  carry: Carry;
  /** channel ids that the questionnaire cannot keep (a second channel of the same type) */
  dropped: string[];
}

const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

function asAnswer(value: unknown): AnswerValue | undefined {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((v) => String(v));
  return undefined;
}

function share(value: unknown): AnswerValue | undefined {
  if (typeof value === 'number') {
    const parsed = parseShare(value);
    return parsed.ok ? formatShare(parsed.value) : value;
  }
  return asAnswer(value);
}

function copy(defaults: Answers, prefix: string, source: Plain, fields: string[], convert: (v: unknown) => AnswerValue | undefined = asAnswer): void {
  for (const field of fields) {
    const value = convert(source[field]);
    if (value !== undefined) defaults[`${prefix}${field}`] = value;
  }
}

/** `data` is the parsed file; it has been loaded without errors. */
export function answersFromOrganisation(data: unknown): FromFile {
  const file = isPlain(data) ? data : {};
  const defaults: Answers = {};
  const carry: Carry = { channels: {}, teams: {}, contactTypes: {}, rest: {} };
  const dropped: string[] = [];

  const organisation = isPlain(file.organisation) ? file.organisation : {};
  copy(defaults, 'organisation.', organisation, ['name', 'country', 'region', 'timezone', 'languages', 'customer_view', 'knowledge_base', 'tone_of_voice', 'phone_numbers']);

  const types: string[] = [];
  for (const channel of Array.isArray(file.channels) ? file.channels.filter(isPlain) : []) {
    const type = String(channel.type);
    if (types.includes(type)) {
      dropped.push(String(channel.id));
      continue;
    }
    types.push(type);
    carry.channels![type] = channel;
    const prefix = `channel.${type}.`;
    copy(defaults, prefix, channel, ['id', 'owner', 'inbound', 'redirect', 'hours', 'visibility', 'monitored', 'promise']);
    copy(defaults, prefix, channel, ['answered', 'promise_kept'], share);
    // Absent in the file is "none" in the answers, not the questionnaire's default.
    for (const field of ['hours', 'answered', 'promise', 'promise_kept']) defaults[`${prefix}${field}`] ??= '';
    if (isPlain(channel.target)) {
      defaults[`${prefix}target.answered`] = share(channel.target.answered) ?? '';
      defaults[`${prefix}target.within`] = asAnswer(channel.target.within) ?? '';
    } else {
      defaults[`${prefix}target.answered`] = '';
    }
  }
  defaults.channels = types;

  const teams = Array.isArray(file.teams) ? file.teams.filter(isPlain) : [];
  defaults.teams = teams.length > 0;
  teams.forEach((team, i) => {
    const n = i + 1;
    carry.teams![String(n)] = team;
    copy(defaults, `team.${n}.`, team, ['id', 'agents', 'channels', 'hours', 'languages', 'training']);
    copy(defaults, `team.${n}.`, team, ['shrinkage'], share);
    defaults[`team.${n}.shrinkage`] ??= '0%';
    defaults[`team.${n}.hours`] ??= '';
    defaults[`team.${n}.languages`] ??= [];
    defaults[`team.${n}.training`] ??= [];
    defaults[`team.${n}.more`] = n < teams.length;
  });

  const policies = isPlain(file.policies) ? file.policies : {};
  if (policies.social_media !== undefined) {
    defaults['policies.social_media'] = isPlain(policies.social_media);
    if (isPlain(policies.social_media)) copy(defaults, 'policies.social_media.', policies.social_media, ['reviewed', 'covers']);
  }
  copy(defaults, 'policies.', policies, ['coaching']);

  const monitoring = isPlain(file.monitoring) ? file.monitoring : {};
  if (monitoring.social_listening !== undefined) {
    defaults['monitoring.social_listening'] = isPlain(monitoring.social_listening);
    if (isPlain(monitoring.social_listening)) copy(defaults, 'monitoring.social_listening.', monitoring.social_listening, ['tool', 'hours']);
  }
  copy(defaults, 'monitoring.', monitoring, ['escalation_procedure']);

  const contactTypes = Array.isArray(file.contact_types) ? file.contact_types.filter(isPlain) : [];
  defaults.contact_types = contactTypes.length > 0;
  contactTypes.forEach((contactType, i) => {
    const n = i + 1;
    carry.contactTypes![String(n)] = contactType;
    copy(defaults, `contact_type.${n}.`, contactType, ['id', 'label', 'complexity', 'channels']);
    defaults[`contact_type.${n}.more`] = n < contactTypes.length;
  });

  const known = new Set(['version', 'organisation', 'channels', 'teams', 'policies', 'monitoring', 'contact_types', '$schema']);
  for (const [key, value] of Object.entries(file)) if (!known.has(key)) carry.rest![key] = value;
  return { defaults, carry, dropped };
}
