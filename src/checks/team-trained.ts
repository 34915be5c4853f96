// Teams that handle the selected channels are trained for them (`written-skills-missing`:
// writing; `social-coaching-missing`: social-media, or ongoing coaching for everyone).
import type { Check, Outcome } from '../model/rule.js';
import { selectChannels, teamPath } from './org-queries.js';
import { channelNames } from './channel-names.js';
import { readOrgField } from './read-org-field.js';

export const teamTrained: Check = {
  id: 'team-trained',
  options: {
    training: { type: 'string', required: true, description: 'the training a team needs, e.g. writing' },
    accept_field: { type: 'string', description: 'dotted path of an organisation field that, when true, also passes (policies.coaching)' },
  },
  evaluate(ctx, options, selector) {
    const training = options.training as string;
    const acceptField = options.accept_field as string | undefined;
    const accepted = acceptField === undefined ? undefined : readOrgField(ctx.org, acceptField);
    const isAccepted = accepted?.value === true;
    const selected = selectChannels(ctx.org, selector);
    const outcomes: Outcome[] = [];
    for (const team of ctx.org.teams) {
      const handled = selected.filter((c) => team.channels.includes(c.id));
      if (handled.length === 0) continue;
      const values = { channels: { list: channelNames(handled) } };
      const data = { channels: handled.map((c) => c.id), training: team.training ?? null };
      if (team.training?.includes(training as never)) {
        outcomes.push({ subject: team.id, status: 'pass', path: teamPath(team, 'training'), values, data });
      } else if (isAccepted && accepted) {
        outcomes.push({ subject: team.id, status: 'pass', path: accepted.path, values, data });
      } else if (team.training === undefined) {
        outcomes.push({ subject: team.id, status: 'unknown', missing: 'training', path: teamPath(team, 'training') });
      } else {
        outcomes.push({ subject: team.id, status: 'fail', path: teamPath(team, 'training'), values, data });
      }
    }
    return outcomes;
  },
};
