import { describe, expect, test } from 'vitest';
import { runRule } from '../helpers/rule-tester.js';

const org = (channels: string) => `version: 1
organisation: { name: Test }
channels:
${channels}`;

describe('response-within (messaging-slow-answer, email-slow-answer)', () => {
  test('a limit met exactly is met; a second more is not', async () => {
    const run = await runRule('email-slow-answer', org(`
  - { id: a, type: email, target: { answered: 90%, within: 24h } }
  - { id: b, type: email, target: { answered: 90%, within: 86401s } }`));
    expect(run.outcomes.map((o) => [o.subject, o.status])).toEqual([['a', 'pass'], ['b', 'fail']]);
    expect(run.findings[0].data).toEqual({ within_seconds: 86401, max_within_seconds: 86400 });
  });

  test('no target fails with its own message and recommendation, pointing at where target goes', async () => {
    const run = await runRule('messaging-slow-answer', org(`
  - id: whatsapp
    type: whatsapp
    label: WhatsApp
    answered: 90%`));
    expect(run.outcomes).toEqual([expect.objectContaining({ status: 'fail', messageId: 'no-target', path: ['channels', 0, 'target'] })]);
    expect(run.findings[0].message).toMatch(/WhatsApp has no service-level target/);
    expect(run.findings[0].recommendation).toMatch(/15 min/);
    expect(run.findings[0].line).toBe(5);
  });

  test('an overridden limit is used and shown in the message', async () => {
    const run = await runRule(
      'email-slow-answer',
      org(`
  - { id: mail, type: email, target: { answered: 90%, within: 4h } }`),
      { options: { max_within: '1h' } },
    );
    expect(run.outcomes[0].status).toBe('fail');
    expect(run.findings[0].message).toBe('mail promises an answer within 4 h; the limit is 1 h.');
  });

  test('Dutch texts render durations the Dutch way', async () => {
    const run = await runRule('messaging-slow-answer', org(`
  - { id: sms, type: sms, target: { answered: 90%, within: 2h } }`), { lang: 'nl' });
    expect(run.findings[0].message).toBe('sms belooft een antwoord binnen 2 u; op een berichtenkanaal verwachten klanten er een binnen 15 min.');
  });

  test('each rule looks only at its own channel types, inbound only', async () => {
    const yaml = org(`
  - { id: mail, type: email }
  - { id: form, type: webform, inbound: false, redirect: "Mail ons" }
  - { id: wa, type: whatsapp }
  - { id: fb, type: messenger, inbound: false, redirect: "Mail ons" }
  - { id: chat, type: webchat }`);
    expect((await runRule('email-slow-answer', yaml)).outcomes.map((o) => o.subject)).toEqual(['mail']);
    expect((await runRule('messaging-slow-answer', yaml)).outcomes.map((o) => o.subject)).toEqual(['wa']);
  });
});
