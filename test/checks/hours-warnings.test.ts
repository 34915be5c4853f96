import { describe, expect, test } from 'vitest';
import { runRule } from '../helpers/rule-tester.js';

describe('hours-warnings (hours-ambiguous)', () => {
  test('one outcome per hours field, channel fields sharing the subject', async () => {
    const run = await runRule('hours-ambiguous', `version: 1
organisation: { name: Test, country: BE }
channels:
  - { id: phone, type: phone, hours: "Mo-Fr 08:00-18:00; PH off", staffed: "Mo-Fr 08:00-17:00 PH off" }
  - { id: x, type: x, inbound: false, redirect: "Bel ons", hours: "Mo-Fr 09:00-17:00" }
teams:
  - { id: t, agents: 2, channels: [phone], hours: "Mo-Fr 08:00-17:00" }
monitoring:
  social_listening: { tool: Coosto, hours: "24/7" }
`);
    expect(run.outcomes.map((o) => [o.subject, o.status, o.path.join('.')])).toEqual([
      ['phone', 'pass', 'channels.0.hours'],
      ['phone', 'fail', 'channels.0.staffed'],
      ['x', 'pass', 'channels.1.hours'],
      ['t', 'pass', 'teams.0.hours'],
      [null, 'pass', 'monitoring.social_listening.hours'],
    ]);
    expect(run.findings[0].message).toMatch(/^The `staffed` of phone, "Mo-Fr 08:00-17:00 PH off", is not read the way it is written: .*;" is probably missing/);
    expect(run.findings[0].data).toMatchObject({ field: 'staffed', hours: 'Mo-Fr 08:00-17:00 PH off' });
  });

  test('team and social-listening fields get their own wording, in Dutch too', async () => {
    const yaml = `version: 1
organisation: { name: Test, country: NL }
channels:
  - { id: mail, type: email }
teams:
  - { id: back, agents: 2, channels: [mail], hours: "Mo-Fr 9-5" }
monitoring:
  social_listening: { tool: Coosto, hours: "Mo-Fr 9-5" }
`;
    const run = await runRule('hours-ambiguous', yaml, { lang: 'nl' });
    expect(run.outcomes.map((o) => [o.subject, o.status])).toEqual([['back', 'fail'], [null, 'fail']]);
    expect(run.findings[0].message).toMatch(/^De uren van team back, "Mo-Fr 9-5", worden niet gelezen/);
    expect(run.findings[1].message).toMatch(/^De uren van de social listening, "Mo-Fr 9-5"/);
    expect(run.findings[1].line).toBe(8);
  });

  test('never unknown, not applicable without hours', async () => {
    const run = await runRule('hours-ambiguous', `version: 1
organisation: { name: Test }
channels:
  - { id: mail, type: email }
monitoring:
  social_listening: false
`);
    expect(run.outcomes).toEqual([]);
  });
});
