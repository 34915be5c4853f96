import { describe, expect, test } from 'vitest';
import { runRule } from '../helpers/rule-tester.js';

const org = (channels: string) => `version: 1
organisation: { name: Test }
channels:
${channels}`;

describe('chat-visibility (chat-visibility-flicker)', () => {
  test('each visibility gets its own verdict, per chat', async () => {
    const run = await runRule('chat-visibility-flicker', org(`
  - { id: a, type: webchat, visibility: always }
  - { id: b, type: webchat, visibility: scheduled }
  - { id: c, type: webchat, visibility: when-agents-available }
  - { id: d, type: webchat }`));
    expect(run.outcomes.map((o) => [o.subject, o.status])).toEqual([
      ['a', 'pass'], ['b', 'pass'], ['c', 'fail'], ['d', 'unknown'],
    ]);
    expect(run.notAssessed).toEqual([expect.objectContaining({ subject: 'd', missing: 'visibility' })]);
    expect(run.result.score).toBeCloseTo(2 / 3);
  });

  test('the finding points at the visibility field and names the label', async () => {
    const run = await runRule('chat-visibility-flicker', org(`
  - id: chat
    type: webchat
    label: Chat met ons
    visibility: when-agents-available`));
    expect(run.findings).toHaveLength(1);
    expect(run.findings[0]).toMatchObject({ path: 'channels[0].visibility', line: 8, subject: 'chat' });
    expect(run.findings[0].message).toContain('Chat met ons');
  });

  test('presence-only chats and other types are not looked at', async () => {
    const run = await runRule('chat-visibility-flicker', org(`
  - { id: chat, type: webchat, inbound: false, redirect: "Bel ons", visibility: when-agents-available }
  - { id: whatsapp, type: whatsapp }`));
    expect(run.outcomes).toEqual([]);
    expect(run.result.status).toBe('not-applicable');
  });
});
