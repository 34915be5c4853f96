// A channel customers can use is a decision, not an accident: it has an owner, a team that
// handles it and (outside the exempt families) a target or promise; a presence-only channel says
// where customers go instead (`channel-undefined`). Absence is the finding, so never unknown.
import type { Channel, ChannelFamily, FieldPath } from '../model/organisation.js';
import type { Check, Outcome } from '../model/rule.js';
import { channelPath, isInFamily, selectChannels, teamsHandling } from './org-queries.js';

/** The reasons, in the order they are joined into a messageId (`no-owner-unhandled`). */
export const CHANNEL_GAPS = ['no-owner', 'unhandled', 'no-target'] as const;
export type ChannelGap = (typeof CHANNEL_GAPS)[number];

export const channelDefined: Check = {
  id: 'channel-defined',
  options: {
    target_exempt_families: { type: 'string[]', description: 'families that need no target or promise (social: measured by answered)' },
  },
  evaluate(ctx, options, selector) {
    const exempt = (options.target_exempt_families as ChannelFamily[] | undefined) ?? [];
    return selectChannels(ctx.org, selector).map((channel): Outcome => {
      if (!channel.inbound) {
        const hasRedirect = typeof channel.redirect === 'string' && channel.redirect.trim() !== '';
        return hasRedirect
          ? { subject: channel.id, status: 'pass', path: channelPath(channel, 'redirect') }
          : { subject: channel.id, status: 'fail', messageId: 'no-redirect', path: channelPath(channel, 'redirect'), data: { reasons: ['no-redirect'] } };
      }
      const gaps = findGaps(channel, teamsHandling(ctx.org, channel.id).length > 0, exempt);
      if (gaps.length === 0) return { subject: channel.id, status: 'pass', path: channelPath(channel) };
      return { subject: channel.id, status: 'fail', messageId: gaps.join('-'), path: gapPath(channel, gaps[0]), data: { reasons: gaps } };
    });
  },
};

function findGaps(channel: Channel, isHandled: boolean, exempt: ChannelFamily[]): ChannelGap[] {
  const gaps: ChannelGap[] = [];
  if (channel.owner === undefined) gaps.push('no-owner');
  if (!isHandled) gaps.push('unhandled');
  const isExempt = exempt.some((family) => isInFamily(channel, family));
  if (!isExempt && channel.target === undefined && channel.promise === undefined) gaps.push('no-target');
  return gaps;
}

function gapPath(channel: Channel, gap: ChannelGap): FieldPath {
  if (gap === 'no-owner') return channelPath(channel, 'owner');
  if (gap === 'no-target') return channelPath(channel, 'target');
  return channelPath(channel);
}
