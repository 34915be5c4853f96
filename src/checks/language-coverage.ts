// The teams that handle a channel together speak every language the organisation serves
// customers in (`language-gap`). Channels no team handles are `channel-undefined`'s finding.
import type { Check, Outcome } from '../model/rule.js';
import { channelPath, selectChannels, teamPath, teamsHandling } from './org-queries.js';

export const languageCoverage: Check = {
  id: 'language-coverage',
  options: {},
  evaluate(ctx, _options, selector) {
    const orgLanguages = ctx.org.organisation.languages;
    const outcomes: Outcome[] = [];
    for (const channel of selectChannels(ctx.org, selector)) {
      const teams = teamsHandling(ctx.org, channel.id);
      if (teams.length === 0) continue;
      if (orgLanguages === undefined) {
        outcomes.push({ subject: channel.id, status: 'unknown', missing: 'organisation.languages', path: ['organisation', 'languages'] });
        continue;
      }
      const spoken = new Set(teams.flatMap((t) => t.languages ?? []).map((l) => l.toLowerCase()));
      const missing = orgLanguages.filter((l) => !spoken.has(l.toLowerCase()));
      const data = { languages: orgLanguages, spoken: [...spoken], missing, teams: teams.map((t) => t.id) };
      if (missing.length === 0) {
        outcomes.push({ subject: channel.id, status: 'pass', path: channelPath(channel), values: { spoken: { list: [...spoken] } }, data });
        continue;
      }
      // A team that does not say which languages it speaks might speak the missing ones.
      const silent = teams.find((t) => t.languages === undefined);
      if (silent) {
        outcomes.push({ subject: channel.id, status: 'unknown', missing: 'teams[].languages', path: teamPath(silent, 'languages') });
        continue;
      }
      outcomes.push({
        subject: channel.id,
        status: 'fail',
        messageId: spoken.size === 0 ? 'no-languages' : undefined,
        path: channelPath(channel),
        values: { missing: { list: missing }, spoken: { list: [...spoken] }, teams: { list: teams.map((t) => t.id) } },
        data,
      });
    }
    return outcomes;
  },
};
