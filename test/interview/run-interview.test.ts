// The flow driven by a scripted prompter: Enter through everything gives a file that loads and
// audits; each channel family asks its own questions; teams repeat; refused answers are asked
// again with the reason; hours with a warning are confirmed.
import { describe, expect, it } from 'vitest';
import { auditOrganisation } from '../../src/engine/audit-organisation.js';
import { loadRuleSet } from '../../src/engine/rule-set.js';
import { buildOrganisation } from '../../src/interview/build-organisation.js';
import { renderOrganisationYaml } from '../../src/interview/render-organisation-yaml.js';
import { runInterview } from '../../src/interview/run-interview.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { Attempts, scriptedPrompter } from './scripted-prompter.js';

async function interview(script: Record<string, unknown>, lang: 'en' | 'nl' = 'en') {
  const prompter = scriptedPrompter(script);
  const answers = await runInterview({ lang, prompter, today: '2026-01-05' });
  const text = renderOrganisationYaml(buildOrganisation(answers), { lang, schemaPath: '../schemas/organisation.schema.json' });
  const loaded = await loadOrganisation(text, 'org.yaml');
  return { prompter, answers, text, loaded };
}

const askedFor = (asked: string[], type: string) => asked.filter((id) => id.startsWith(`channel.${type}.`)).map((id) => id.slice(`channel.${type}.`.length));

describe('runInterview', () => {
  it('Enter through every question gives a small organisation that loads and audits (exit 0 or 1)', async () => {
    for (const lang of ['en', 'nl'] as const) {
      const { loaded, text } = await interview({}, lang);
      expect(loaded.errors).toEqual([]);
      expect(text.startsWith('# yaml-language-server: $schema=../schemas/organisation.schema.json\n')).toBe(true);
      expect(loaded.org!.channels.map((c) => c.type)).toEqual(['phone', 'email']);
      expect(loaded.org!.teams).toHaveLength(1);
      const report = await auditOrganisation(loaded, { rules: loadRuleSet(), lang, date: '2026-01-05' });
      expect(report.errors).toEqual([]);
      expect(report.score).toBeGreaterThan(0);
      expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    }
  });

  it('puts a comment above every section', async () => {
    const { text } = await interview({ contact_types: true });
    for (const section of ['organisation', 'channels', 'teams', 'policies', 'monitoring', 'contact_types']) {
      expect(text).toMatch(new RegExp(`# [^\\n]+\\n${section}:`));
    }
  });

  it('voice: hours, target and phone numbers; callback: the promise', async () => {
    const { prompter, loaded } = await interview({ channels: ['phone', 'callback'], 'channel.callback.promise': '2h', 'channel.callback.promise_kept': '70%' });
    expect(askedFor(prompter.asked, 'phone')).toEqual(['id', 'owner', 'hours', 'target.answered', 'target.within']);
    expect(askedFor(prompter.asked, 'callback')).toEqual(['id', 'owner', 'hours', 'target.answered', 'target.within', 'promise', 'promise_kept']);
    expect(prompter.asked).toContain('organisation.phone_numbers');
    expect(loaded.org!.channels[1]).toMatchObject({ type: 'callback', promise: 7200, promise_kept: 0.7 });
  });

  it('written and messaging: target, with a default that fits the kind; webchat: visibility', async () => {
    const { prompter, loaded } = await interview({ channels: ['email', 'webchat', 'whatsapp'], 'channel.webchat.id': 'chat' });
    expect(askedFor(prompter.asked, 'email')).toEqual(['id', 'owner', 'hours', 'target.answered', 'target.within']);
    expect(askedFor(prompter.asked, 'webchat')).toEqual(['id', 'owner', 'hours', 'target.answered', 'target.within', 'visibility']);
    expect(askedFor(prompter.asked, 'whatsapp')).toEqual(['id', 'owner', 'hours', 'target.answered', 'target.within']);
    expect(prompter.asked).not.toContain('organisation.phone_numbers');
    expect(prompter.contexts.get('channel.whatsapp.target.within')!.default).toBe('1h');
    expect(loaded.errors).toEqual([]);
    expect(loaded.org!.channels.map((c) => c.id)).toEqual(['email', 'chat', 'whatsapp']);
    expect(loaded.org!.teams[0].channels).toEqual(['email', 'chat', 'whatsapp']);
  });

  it('social: answered share, monitoring, ownership, inbound; presence only asks where customers go', async () => {
    const { prompter, loaded } = await interview({
      channels: ['facebook', 'x'],
      'channel.facebook.owner': 'marketing',
      'channel.facebook.answered': '5%',
      'channel.facebook.monitored': false,
      'channel.x.inbound': false,
      'channel.x.redirect': 'Questions go to the webchat',
    });
    expect(askedFor(prompter.asked, 'facebook')).toEqual(['id', 'owner', 'inbound', 'hours', 'answered', 'monitored']);
    expect(askedFor(prompter.asked, 'x')).toEqual(['id', 'owner', 'inbound', 'redirect', 'hours', 'monitored']);
    expect(loaded.errors).toEqual([]);
    expect(loaded.org!.channels[0]).toMatchObject({ owner: 'marketing', answered: 0.05, monitored: false });
    expect(loaded.org!.channels[1]).toMatchObject({ inbound: false, redirect: 'Questions go to the webchat' });
    // A presence-only channel is not offered to a team by default.
    expect(loaded.org!.teams[0].channels).toEqual(['facebook']);
  });

  it('adds teams while asked to, each with its own channels by default', async () => {
    const { loaded, prompter } = await interview({
      channels: ['phone', 'email'],
      'team.1.id': 'voice',
      'team.1.channels': ['phone'],
      'team.1.more': true,
      'team.2.id': 'written',
      'team.2.training': ['writing', 'product'],
    });
    expect(prompter.contexts.get('team.2.channels')!.default).toEqual(['email']);
    expect(prompter.asked).toContain('team.2.more');
    expect(prompter.asked).not.toContain('team.3.id');
    expect(loaded.org!.teams.map((t) => [t.id, t.channels])).toEqual([['voice', ['phone']], ['written', ['email']]]);
  });

  it('no teams, a policy and monitoring, two contact types', async () => {
    const { loaded, prompter } = await interview({
      teams: false,
      'policies.social_media': true,
      'policies.social_media.covers': ['escalation'],
      'monitoring.social_listening': true,
      'monitoring.social_listening.tool': 'Coosto',
      contact_types: true,
      'contact_type.1.id': 'final-bill',
      'contact_type.1.complexity': 'complex',
      'contact_type.1.more': true,
    });
    expect(prompter.asked.some((id) => id.startsWith('team.'))).toBe(false);
    expect(loaded.errors).toEqual([]);
    expect(loaded.org!.teams).toEqual([]);
    expect(loaded.org!.policies.social_media).toEqual({ reviewed: '2026-01-05', covers: ['escalation'] });
    expect(loaded.org!.monitoring.social_listening).toMatchObject({ tool: 'Coosto', hours: 'Mo-Fr 09:00-17:00; PH off' });
    expect(loaded.org!.contact_types.map((c) => c.id)).toEqual(['final-bill', 'question-2']);
  });

  it('asks again with the reason and an example when an answer is refused', async () => {
    const { prompter, answers } = await interview({ 'channel.phone.target.within': new Attempts(['20', '30s']) });
    expect(prompter.errors).toHaveLength(1);
    expect(prompter.errors[0].id).toBe('channel.phone.target.within');
    expect(prompter.errors[0].error).toMatch(/unit/);
    expect(prompter.errors[0].error).toMatch(/example: 20s/);
    expect(answers['channel.phone.target.within']).toBe('30s');
  });

  it('shows an hours warning and asks to keep it; no gives the typed hours back to correct', async () => {
    const typo = 'Mo-Fr 08:00-18:00 PH off';
    const { prompter, answers } = await interview({
      'channel.phone.hours': new Attempts([typo, 'Mo-Fr 08:00-18:00; PH off']),
      'channel.phone.hours.keep': false,
      'channel.email.hours': typo,
      'channel.email.hours.keep': true,
    });
    expect(prompter.contexts.get('channel.phone.hours.keep')!.message).toMatch(/";" is probably missing/);
    expect(answers['channel.phone.hours']).toBe('Mo-Fr 08:00-18:00; PH off');
    expect(answers['channel.email.hours']).toBe(typo);
  });

  it('does not ask given answers again, and saves every answer as it comes', async () => {
    const saved: Array<Record<string, unknown>> = [];
    const prompter = scriptedPrompter();
    const given = { 'organisation.name': 'Kept', channels: ['email'], 'team.1.agents': 7 };
    const answers = await runInterview({ lang: 'en', prompter, given, today: '2026-01-05', onAnswer: (a) => void saved.push(a) });
    expect(prompter.asked).not.toContain('organisation.name');
    expect(prompter.asked).not.toContain('team.1.agents');
    expect(answers).toMatchObject(given);
    // The draft always holds the given answers, reached or not.
    expect(saved[0]).toMatchObject(given);
    expect(saved.at(-1)).toMatchObject(answers);
  });
});
