// The answers → the organisation file's data (format.md, version 1), keys in the format's order.
// An empty answer ('' or []) means "none" or "unknown": the field is left out. Fields the
// questionnaire does not ask (peak, staffed, label, allocation, audit, …) come from `carry`, the
// file that `--from` read, so that walking a file through the questions loses none of them.
import { chosenTypes, type Answers } from './questions.js';

export interface Carry {
  /** by channel type: the first channel of that type in the --from file */
  channels?: Record<string, Record<string, unknown>>;
  /** by position (1-based) */
  teams?: Record<string, Record<string, unknown>>;
  contactTypes?: Record<string, Record<string, unknown>>;
  /** top-level keys the questionnaire does not ask about (`audit`) */
  rest?: Record<string, unknown>;
}

type Plain = Record<string, unknown>;

const CARRIED_TEAM_FIELDS = ['allocation', 'timezone'];

function isGiven(value: unknown): boolean {
  return value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
}

/** Copy the answers named in `fields` (answer key suffix → file key) that are given. */
function pick(answers: Answers, prefix: string, fields: Record<string, string>): Plain {
  const out: Plain = {};
  for (const [suffix, key] of Object.entries(fields)) {
    const value = answers[`${prefix}${suffix}`];
    if (isGiven(value)) out[key] = value;
  }
  return out;
}

function carried(source: Plain | undefined, fields: string[]): Plain {
  const out: Plain = {};
  for (const field of fields) if (source && source[field] !== undefined) out[field] = source[field];
  return out;
}

export function buildOrganisation(answers: Answers, carry: Carry = {}): Plain {
  const organisation = pick(answers, 'organisation.', {
    name: 'name',
    country: 'country',
    region: 'region',
    timezone: 'timezone',
    languages: 'languages',
    customer_view: 'customer_view',
    knowledge_base: 'knowledge_base',
    tone_of_voice: 'tone_of_voice',
    phone_numbers: 'phone_numbers',
  });

  const channels = chosenTypes(answers).map((type) => {
    const prefix = `channel.${type}.`;
    const from = carry.channels?.[type];
    const channel: Plain = { id: answers[`${prefix}id`], type, ...carried(from, ['label']) };
    Object.assign(channel, pick(answers, prefix, { owner: 'owner' }));
    if (answers[`${prefix}inbound`] === false) {
      channel.inbound = false;
      Object.assign(channel, pick(answers, prefix, { redirect: 'redirect' }));
    }
    Object.assign(channel, pick(answers, prefix, { hours: 'hours' }), carried(from, ['staffed']));
    Object.assign(channel, pick(answers, prefix, { visibility: 'visibility' }));
    if (isGiven(answers[`${prefix}target.answered`]) && isGiven(answers[`${prefix}target.within`])) {
      channel.target = { answered: answers[`${prefix}target.answered`], within: answers[`${prefix}target.within`] };
    }
    Object.assign(channel, carried(from, ['peak', 'concurrency']));
    Object.assign(channel, pick(answers, prefix, { answered: 'answered', monitored: 'monitored', promise: 'promise', promise_kept: 'promise_kept' }));
    Object.assign(channel, carried(from, ['purpose']));
    return channel;
  });

  const channelIds = new Set(channels.map((c) => c.id as string));
  const teams: Plain[] = [];
  for (let n = 1; answers[`team.${n}.id`] !== undefined; n++) {
    const prefix = `team.${n}.`;
    const team: Plain = pick(answers, prefix, { id: 'id', agents: 'agents', shrinkage: 'shrinkage', channels: 'channels' });
    const from = carried(carry.teams?.[String(n)], CARRIED_TEAM_FIELDS);
    // An allocation may only name the team's channels (format.md): drop what the answers removed.
    if (from.allocation && typeof from.allocation === 'object') {
      const own = new Set((team.channels as string[] | undefined) ?? []);
      const kept = Object.fromEntries(Object.entries(from.allocation as Plain).filter(([id]) => own.has(id) && channelIds.has(id)));
      if (Object.keys(kept).length > 0) team.allocation = kept;
    }
    Object.assign(team, pick(answers, prefix, { hours: 'hours' }));
    if (from.timezone !== undefined) team.timezone = from.timezone;
    Object.assign(team, pick(answers, prefix, { languages: 'languages', training: 'training' }));
    teams.push(team);
  }

  const policies: Plain = {};
  if (answers['policies.social_media'] !== undefined) {
    policies.social_media =
      answers['policies.social_media'] === true
        ? pick(answers, 'policies.social_media.', { reviewed: 'reviewed', covers: 'covers' })
        : false;
  }
  Object.assign(policies, pick(answers, 'policies.', { coaching: 'coaching' }));

  const monitoring: Plain = {};
  if (answers['monitoring.social_listening'] !== undefined) {
    monitoring.social_listening =
      answers['monitoring.social_listening'] === true
        ? pick(answers, 'monitoring.social_listening.', { tool: 'tool', hours: 'hours' })
        : false;
  }
  Object.assign(monitoring, pick(answers, 'monitoring.', { escalation_procedure: 'escalation_procedure' }));

  const contactTypes: Plain[] = [];
  for (let n = 1; answers[`contact_type.${n}.id`] !== undefined; n++) {
    contactTypes.push(pick(answers, `contact_type.${n}.`, { id: 'id', label: 'label', complexity: 'complexity', channels: 'channels' }));
  }

  const file: Plain = { version: 1, organisation, channels };
  if (teams.length > 0) file.teams = teams;
  if (Object.keys(policies).length > 0) file.policies = policies;
  if (Object.keys(monitoring).length > 0) file.monitoring = monitoring;
  if (contactTypes.length > 0) file.contact_types = contactTypes;
  return { ...file, ...carry.rest };
}
