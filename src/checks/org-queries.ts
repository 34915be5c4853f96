// Questions many checks ask of the normalised organisation (format.md: families, "handled by",
// allocation). Pure functions over the model.
import {
  MESSAGING_TYPES, SOCIAL_TYPES, VOICE_TYPES, WRITTEN_TYPES,
  type Channel, type ChannelFamily, type FieldPath, type Organisation, type Team,
} from '../model/organisation.js';
import type { ChannelSelector } from '../model/rule.js';

const FAMILY_TYPES: Record<ChannelFamily, readonly string[]> = {
  voice: VOICE_TYPES,
  written: WRITTEN_TYPES,
  messaging: MESSAGING_TYPES,
  social: SOCIAL_TYPES,
};

export function isInFamily(channel: Channel, family: ChannelFamily): boolean {
  return FAMILY_TYPES[family].includes(channel.type);
}

/** Whether a channel matches a rule's `applies_to`: every condition given must hold. */
export function matchesSelector(channel: Channel, selector: ChannelSelector | undefined): boolean {
  if (!selector) return true;
  if (selector.inbound !== undefined && channel.inbound !== selector.inbound) return false;
  if (selector.channel_types && !selector.channel_types.includes(channel.type)) return false;
  if (selector.families && !selector.families.some((f) => isInFamily(channel, f))) return false;
  return true;
}

export function selectChannels(org: Organisation, selector: ChannelSelector | undefined): Channel[] {
  return org.channels.filter((c) => matchesSelector(c, selector));
}

/** The teams whose `channels` list names the channel ("handled by", rules.md). */
export function teamsHandling(org: Organisation, channelId: string): Team[] {
  return org.teams.filter((t) => t.channels.includes(channelId));
}

/**
 * The share of a team's time given to one of its channels: named channels get their share,
 * the others split the rest evenly (format.md, teams.allocation). 0 when the team does not
 * handle the channel.
 */
export function teamAllocation(team: Team, channelId: string): number {
  if (!team.channels.includes(channelId)) return 0;
  const named = team.allocation ?? {};
  if (channelId in named) return named[channelId];
  const namedTotal = Object.values(named).reduce((sum, share) => sum + share, 0);
  const unnamed = team.channels.filter((id) => !(id in named)).length;
  return unnamed === 0 ? 0 : Math.max(0, 1 - namedTotal) / unnamed;
}

export function channelPath(channel: Channel, field?: string): FieldPath {
  return field === undefined ? ['channels', channel.index] : ['channels', channel.index, field];
}

export function teamPath(team: Team, field?: string): FieldPath {
  return field === undefined ? ['teams', team.index] : ['teams', team.index, field];
}
