// Someone watches what happens on a channel: the channel itself is `monitored`, or the
// organisation has social listening that covers every social platform.
import type { Check, Outcome } from '../model/rule.js';
import { channelPath, selectChannels } from './org-queries.js';
import { isInPlace } from './read-org-field.js';

export const channelMonitored: Check = {
  id: 'channel-monitored',
  options: {},
  evaluate(ctx, _options, selector) {
    const listening = ctx.org.monitoring.social_listening;
    const listeningPath = ['monitoring', 'social_listening'];
    return selectChannels(ctx.org, selector).map((channel): Outcome => {
      if (channel.monitored === true) return { subject: channel.id, status: 'pass', path: channelPath(channel, 'monitored') };
      if (isInPlace(listening)) return { subject: channel.id, status: 'pass', path: listeningPath };
      if (channel.monitored === false && listening === false) {
        return { subject: channel.id, status: 'fail', path: channelPath(channel, 'monitored'), data: { monitored: false, social_listening: false } };
      }
      // One of the two is not filled in, and the other does not rescue the channel. When both
      // are missing we ask for the channel's own field: it is the one about this subject.
      return channel.monitored === undefined
        ? { subject: channel.id, status: 'unknown', missing: 'monitored', path: channelPath(channel, 'monitored') }
        : { subject: channel.id, status: 'unknown', missing: 'monitoring.social_listening', path: listeningPath };
    });
  },
};
