// Contact types of a complexity are offered on at least one inbound channel of the right
// family (`complex-on-light-channel`: complex questions need a voice channel).
import type { ChannelFamily } from '../model/organisation.js';
import type { Check, Outcome } from '../model/rule.js';
import { isInFamily } from './org-queries.js';
import { channelNames } from './channel-names.js';

export const contactTypeOnFamily: Check = {
  id: 'contact-type-on-family',
  options: {
    complexity: { type: 'string', required: true, description: 'the complexity the rule is about, e.g. complex' },
    families: { type: 'string[]', required: true, description: 'channel families one of which must offer the contact type, e.g. [voice]' },
  },
  evaluate(ctx, options) {
    const complexity = options.complexity as string;
    const families = options.families as ChannelFamily[];
    const outcomes: Outcome[] = [];
    for (const type of ctx.org.contact_types) {
      const path = ['contact_types', type.index];
      if (type.complexity === undefined) {
        outcomes.push({ subject: type.id, status: 'unknown', missing: 'complexity', path: [...path, 'complexity'] });
        continue;
      }
      if (type.complexity !== complexity) continue;
      const offered = type.channels.flatMap((id) => ctx.org.channels.filter((c) => c.id === id));
      // A presence-only channel does not take the conversation, whatever its type.
      const fitting = offered.filter((c) => c.inbound && families.some((f) => isInFamily(c, f)));
      const values = { channels: { list: channelNames(offered) } };
      const data = { channels: offered.map((c) => c.id), fitting: fitting.map((c) => c.id) };
      outcomes.push(fitting.length > 0
        ? { subject: type.id, status: 'pass', path: [...path, 'channels'], values, data }
        : { subject: type.id, status: 'fail', messageId: offered.length === 0 ? 'no-channels' : undefined, path: [...path, 'channels'], values, data });
    }
    return outcomes;
  },
};
