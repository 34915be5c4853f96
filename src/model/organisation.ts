// The normalised organisation: the written file (format version 1, shared/docs/format.md) after
// validation. Keys keep the file's names so that rule files, custom rule packs and messages can
// name fields exactly as the user wrote them. Values are converted: shares are fractions in
// [0, 1], durations are seconds, defaults are applied. Hours stay strings (src/time parses them).

export const CHANNEL_TYPES = [
  'phone', 'callback', 'ivr', 'video',
  'email', 'webform', 'letter', 'webchat', 'whatsapp', 'messenger', 'sms', 'app',
  'facebook', 'x', 'instagram', 'linkedin', 'youtube', 'tiktok', 'community',
] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

export const VOICE_TYPES: readonly ChannelType[] = ['phone', 'callback', 'ivr', 'video'];
export const MESSAGING_TYPES: readonly ChannelType[] = ['whatsapp', 'messenger', 'sms'];
export const SOCIAL_TYPES: readonly ChannelType[] = ['facebook', 'x', 'instagram', 'linkedin', 'youtube', 'tiktok', 'community'];
// Every non-voice type is written (format.md, "Channel families").
export const WRITTEN_TYPES: readonly ChannelType[] = CHANNEL_TYPES.filter((t) => !VOICE_TYPES.includes(t));

export type ChannelFamily = 'voice' | 'written' | 'messaging' | 'social';

export const OWNERS = ['contact-center', 'marketing', 'communications', 'sales', 'it', 'outsourced', 'other'] as const;
export type Owner = (typeof OWNERS)[number];
export type Visibility = 'always' | 'scheduled' | 'when-agents-available';
export type Purpose = 'service' | 'sales' | 'marketing' | 'recruitment';
export type Training = 'writing' | 'social-media' | 'tone-of-voice' | 'de-escalation' | 'product';
export type PolicyCover = 'tone-of-voice' | 'language' | 'escalation' | 'response-times' | 'personal-use';
export type Sharing = 'shared' | 'per-channel' | 'none';

/** A path into the written file, as yaml and ajv see it: keys and list indexes. */
export type FieldPath = ReadonlyArray<string | number>;

export interface Target {
  /** share in [0, 1] */
  answered: number;
  /** seconds */
  within: number;
}

export interface Peak {
  contacts_per_hour: number;
  /** seconds */
  handle_time: number;
}

export interface Channel {
  id: string;
  type: ChannelType;
  label?: string;
  owner?: Owner;
  /** default true */
  inbound: boolean;
  redirect?: string;
  hours?: string;
  staffed?: string;
  visibility?: Visibility;
  target?: Target;
  peak?: Peak;
  /** default 1 */
  concurrency: number;
  /** share in [0, 1] */
  answered?: number;
  monitored?: boolean;
  /** seconds */
  promise?: number;
  /** share in [0, 1] */
  promise_kept?: number;
  purpose?: Purpose[];
  /** position in `channels`, for paths */
  index: number;
}

export interface Team {
  id: string;
  agents: number;
  /** share in [0, 1], default 0 */
  shrinkage: number;
  channels: string[];
  /** channel id → share in [0, 1], as written (the even split of the rest is done by teamAllocation) */
  allocation?: Record<string, number>;
  hours?: string;
  /** IANA zone; absent: the organisation's */
  timezone?: string;
  languages?: string[];
  training?: Training[];
  index: number;
}

export interface ContactType {
  id: string;
  label?: string;
  complexity?: 'simple' | 'complex';
  channels: string[];
  index: number;
}

export interface Policies {
  social_media?: false | { reviewed?: string; covers?: PolicyCover[] };
  coaching?: boolean;
}

export interface Monitoring {
  social_listening?: false | { tool?: string; hours?: string };
  escalation_procedure?: boolean;
}

export interface OrganisationInfo {
  name: string;
  country?: string;
  region?: string;
  /** the zone actually used (explicit, derived from the country, or UTC) */
  timezone: string;
  timezone_source: 'explicit' | 'country' | 'default';
  languages?: string[];
  customer_view?: Sharing | 'unified';
  knowledge_base?: Sharing;
  tone_of_voice?: Sharing;
  phone_numbers?: number;
}

export interface Organisation {
  version: 1;
  organisation: OrganisationInfo;
  channels: Channel[];
  teams: Team[];
  policies: Policies;
  monitoring: Monitoring;
  contact_types: ContactType[];
  /** fields the file wrote that the model keeps unparsed (optional additions, later formats) */
  extra?: Record<string, unknown>;
}
