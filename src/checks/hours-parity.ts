// Written channels staffed for a fair share of the hours the phone is open (rules.md,
// written-hours-parity; seed 000: the phone is manned around the clock, e-mail and Twitter only
// in office hours). The reference is the inbound voice channel with the longest published hours
// in the week analysed; without a voice channel with `hours` the rule does not apply.
import type { Channel } from '../model/organisation.js';
import type { Check, Outcome } from '../model/rule.js';
import { channelPath, isInFamily, selectChannels } from './org-queries.js';

export const hoursParity: Check = {
  id: 'hours-parity',
  options: { min_ratio: { type: 'share', required: true, description: "the lowest acceptable staffed time, as a share of the voice channel's published hours" } },
  evaluate(ctx, options, selector) {
    const minRatio = options.min_ratio as number;
    const voices = ctx.org.channels.filter((c) => c.inbound && isInFamily(c, 'voice') && c.hours !== undefined);
    const written = selectChannels(ctx.org, selector);
    if (voices.length === 0 || written.length === 0) return [];
    const coverage = ctx.coverage().channels;
    // Longest first; on a tie the first in the file, as the reader would pick it.
    let reference: Channel = voices[0];
    let referenceMinutes = coverage[reference.id]?.published_minutes ?? 0;
    for (const voice of voices.slice(1)) {
      const minutes = coverage[voice.id]?.published_minutes ?? 0;
      if (minutes > referenceMinutes) {
        reference = voice;
        referenceMinutes = minutes;
      }
    }
    const threshold = minRatio * referenceMinutes;
    const outcomes: Outcome[] = [];
    for (const channel of written) {
      const staffed = coverage[channel.id]?.staffed_minutes;
      if (staffed === undefined || coverage[channel.id]?.staffed_source === 'unknown') {
        outcomes.push({ subject: channel.id, path: channelPath(channel, 'staffed'), status: 'unknown', missing: 'staffed' });
        continue;
      }
      const path = channelPath(channel, channel.staffed !== undefined ? 'staffed' : channel.hours !== undefined ? 'hours' : undefined);
      const values = {
        staffed: { minutes: staffed },
        reference_label: reference.label ?? reference.id,
        reference_hours: { minutes: referenceMinutes },
        ratio: { share: referenceMinutes === 0 ? 1 : staffed / referenceMinutes },
      };
      const data = {
        staffed_minutes_per_week: staffed,
        reference_channel: reference.id,
        reference_minutes_per_week: referenceMinutes,
        ratio: referenceMinutes === 0 ? null : staffed / referenceMinutes,
      };
      // Compare in whole minutes' precision: a ratio met exactly is met (rules.md).
      outcomes.push(
        staffed < threshold - 1e-9
          ? { subject: channel.id, path, status: 'fail', values, data }
          : { subject: channel.id, path, status: 'pass', values, data },
      );
    }
    return outcomes;
  },
};
