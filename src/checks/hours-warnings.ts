// Every hours field parsed as opening_hours reads it; a field it reads only with warnings (it
// silently rewrites some mistakes) fails, quoting the warning (rules.md, hours-ambiguous;
// notes.md). One outcome per field, so a channel with `hours` and `staffed` can have two.
// Never unknown: a field that is absent is simply not audited.
import type { FieldPath } from '../model/organisation.js';
import type { Check, Outcome } from '../model/rule.js';
import { parseHours, type HoursContext } from '../time/parse-hours.js';
import { channelPath, selectChannels, teamPath } from './org-queries.js';

interface HoursField {
  subject: string | null;
  /** the rule's message for this kind of owner */
  messageId: 'default' | 'team' | 'social-listening';
  field: string;
  value: string;
  path: FieldPath;
}

function collectHoursFields(ctx: Parameters<Check['evaluate']>[0], selector: Parameters<Check['evaluate']>[2]): HoursField[] {
  const fields: HoursField[] = [];
  for (const channel of selectChannels(ctx.org, selector)) {
    for (const field of ['hours', 'staffed'] as const) {
      const value = channel[field];
      if (value !== undefined) fields.push({ subject: channel.id, messageId: 'default', field, value, path: channelPath(channel, field) });
    }
  }
  for (const team of ctx.org.teams) {
    if (team.hours !== undefined) fields.push({ subject: team.id, messageId: 'team', field: 'hours', value: team.hours, path: teamPath(team, 'hours') });
  }
  const listening = ctx.org.monitoring.social_listening;
  if (listening && listening.hours !== undefined) {
    fields.push({ subject: null, messageId: 'social-listening', field: 'hours', value: listening.hours, path: ['monitoring', 'social_listening', 'hours'] });
  }
  return fields;
}

export const hoursWarnings: Check = {
  id: 'hours-warnings',
  options: {},
  evaluate(ctx, _options, selector) {
    const hoursContext: HoursContext = { country: ctx.org.organisation.country, region: ctx.org.organisation.region };
    const outcomes: Outcome[] = [];
    for (const field of collectHoursFields(ctx, selector)) {
      const parsed = parseHours(field.value, hoursContext);
      // The loader rejects what the library cannot parse; should one slip through, it is the
      // most ambiguous hours of all, so it fails with the parser's own words.
      const warnings = parsed.ok ? parsed.warnings : [parsed.error];
      const base = { subject: field.subject, path: field.path };
      const values = { field: field.field, hours: field.value };
      if (warnings.length === 0) {
        outcomes.push({ ...base, status: 'pass', values });
      } else {
        outcomes.push({
          ...base,
          status: 'fail',
          messageId: field.messageId,
          values: { ...values, warning: warnings.join('; ') },
          data: { field: field.field, hours: field.value, warnings },
        });
      }
    }
    return outcomes;
  },
};
