import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadOrganisation } from '../../src/load/load-organisation.js';

const EXAMPLE = readFileSync(new URL('./fixtures/format-example.yaml', import.meta.url), 'utf8');

function org(body: string, organisation = '  name: X\n  country: BE\n'): string {
  return `version: 1\norganisation:\n${organisation}channels:\n  - id: phone\n    type: phone\n  - id: chat\n    type: webchat\n${body}`;
}

async function errorsOf(text: string) {
  const loaded = await loadOrganisation(text, 'org.yaml');
  expect(loaded.org).toBeUndefined();
  return loaded.errors;
}

describe('loadOrganisation: the format.md example', () => {
  it('loads and normalises it', async () => {
    const loaded = await loadOrganisation(EXAMPLE, 'example.yaml');
    expect(loaded.errors).toEqual([]);
    expect(loaded.file).toBe('example.yaml');
    const o = loaded.org!;
    expect(o.organisation).toMatchObject({ name: 'Energie Vlaanderen', timezone: 'Europe/Brussels', timezone_source: 'explicit', phone_numbers: 3 });
    const [phone, chat, whatsapp, callback, facebook, x] = o.channels;
    expect(phone).toMatchObject({ id: 'phone', index: 0, inbound: true, concurrency: 1, target: { answered: 0.8, within: 20 }, peak: { contacts_per_hour: 120, handle_time: 300 } });
    expect(chat).toMatchObject({ concurrency: 2, visibility: 'when-agents-available', index: 1 });
    expect(whatsapp.target).toEqual({ answered: 0.9, within: 86400 });
    expect(callback).toMatchObject({ promise: 7200, promise_kept: 0.7 });
    expect(facebook).toMatchObject({ answered: 0.05, monitored: false });
    expect(x).toMatchObject({ inbound: false, redirect: 'Questions go to the webchat', index: 5 });
    expect(o.teams).toEqual([{ id: 'front-nl', agents: 14, shrinkage: 0.3, channels: ['phone', 'chat', 'callback', 'whatsapp'], hours: 'Mo-Fr 08:00-17:00', languages: ['nl'], training: ['product'], index: 0 }]);
    expect(o.policies).toEqual({ social_media: false, coaching: false });
    expect(o.monitoring).toEqual({ social_listening: false, escalation_procedure: false });
    expect(o.contact_types).toEqual([{ id: 'final-bill', complexity: 'complex', channels: ['chat', 'whatsapp'], index: 0 }]);
    expect(loaded.locate(['channels', 2, 'hours'])).toEqual({ line: 29, column: 5 });
  });

  it('accepts bytes as well as text', async () => {
    const loaded = await loadOrganisation(new TextEncoder().encode(EXAMPLE), 'example.yaml');
    expect(loaded.errors).toEqual([]);
    expect(loaded.org?.channels).toHaveLength(6);
  });
});

describe('loadOrganisation: defaults and zones', () => {
  it('applies defaults: no teams, policies, monitoring or contact types', async () => {
    const o = (await loadOrganisation(org(''), 'o.yaml')).org!;
    expect(o.teams).toEqual([]);
    expect(o.policies).toEqual({});
    expect(o.monitoring).toEqual({});
    expect(o.contact_types).toEqual([]);
    expect(o.channels[1]).toEqual({ id: 'chat', type: 'webchat', inbound: true, concurrency: 1, index: 1 });
  });

  it('takes the zone of the country, else UTC, and says where it came from', async () => {
    expect((await loadOrganisation(org(''), 'o.yaml')).org!.organisation).toMatchObject({ timezone: 'Europe/Brussels', timezone_source: 'country' });
    expect((await loadOrganisation(org('', '  name: X\n  country: US\n'), 'o.yaml')).org!.organisation).toMatchObject({ timezone: 'UTC', timezone_source: 'default' });
    expect((await loadOrganisation(org('', '  name: X\n'), 'o.yaml')).org!.organisation).toMatchObject({ timezone: 'UTC', timezone_source: 'default' });
    expect((await loadOrganisation(org('', '  name: X\n  country: US\n  timezone: America/Chicago\n'), 'o.yaml')).org!.organisation).toMatchObject({ timezone: 'America/Chicago', timezone_source: 'explicit' });
  });

  it('refuses an unknown zone with the closest one, for the organisation and for teams', async () => {
    const errors = await errorsOf(org('teams:\n  - id: t\n    agents: 1\n    channels: [phone]\n    timezone: Asia/Manilla\n', '  name: X\n  timezone: Europe/Brussel\n'));
    expect(errors).toEqual([
      { line: 4, column: 3, path: 'organisation.timezone', message: '`Europe/Brussel` is not a known time zone', hint: 'did you mean `Europe/Brussels`?' },
      { line: 14, column: 5, path: 'teams[0].timezone', message: '`Asia/Manilla` is not a known time zone', hint: 'did you mean `Asia/Manila`?' },
    ]);
  });

  it('keeps the audit section for later use', async () => {
    const o = (await loadOrganisation(org('audit:\n  ignore:\n    - { rule: social-absent, reason: no social yet }\n'), 'o.yaml')).org!;
    expect(o.extra).toEqual({ audit: { ignore: [{ rule: 'social-absent', reason: 'no social yet' }] } });
  });
});

describe('loadOrganisation: references between lists', () => {
  it('refuses duplicate ids, pointing at the second', async () => {
    const text = org('  - id: phone\n    type: ivr\nteams:\n  - { id: t, agents: 1, channels: [phone] }\n  - { id: t, agents: 1, channels: [chat] }\ncontact_types:\n  - { id: c, channels: [phone] }\n  - { id: c, channels: [phone] }\n');
    const errors = await errorsOf(text);
    expect(errors.map((e) => [e.path, e.line, e.message])).toEqual([
      ['channels[2].id', 10, 'channel id `phone` is used twice (first at channels[0])'],
      ['teams[1].id', 14, 'team id `t` is used twice (first at teams[0])'],
      ['contact_types[1].id', 17, 'contact type id `c` is used twice (first at contact_types[0])'],
    ]);
  });

  it('refuses channel ids that are not channels, with the closest', async () => {
    const text = org('teams:\n  - id: front-nl\n    agents: 5\n    channels: [phone, chatt]\n    allocation: { chat: 20%, phonne: 30% }\ncontact_types:\n  - id: bill\n    channels: [fax]\n');
    const errors = await errorsOf(text);
    expect(errors).toEqual([
      { line: 13, column: 23, path: 'teams[0].channels[1]', message: 'team `front-nl` names channel `chatt`, which is not a channel', hint: 'did you mean `chat`?' },
      { line: 14, column: 19, path: 'teams[0].allocation.chat', message: 'team `front-nl` allocates time to `chat`, which is not one of its channels', hint: "add chat to the team's channels, or remove it from allocation" },
      { line: 14, column: 30, path: 'teams[0].allocation.phonne', message: 'the allocation of team `front-nl` names channel `phonne`, which is not a channel', hint: 'did you mean `phone`?' },
      { line: 17, column: 16, path: 'contact_types[0].channels[0]', message: 'contact type `bill` names channel `fax`, which is not a channel', hint: 'the channels are: phone, chat' },
    ]);
  });

  it('refuses allocations above 100%, and accepts exactly 100%', async () => {
    const team = (allocation: string) => org(`teams:\n  - id: t\n    agents: 5\n    channels: [phone, chat]\n    allocation: ${allocation}\n`);
    expect(await errorsOf(team('{ phone: 70%, chat: 0.4 }'))).toEqual([
      { line: 14, column: 5, path: 'teams[0].allocation', message: 'the allocation of team `t` adds up to 110%, more than 100%', hint: "the shares of a team's channels add up to at most 100%" },
    ]);
    const loaded = await loadOrganisation(team('{ phone: 66.7%, chat: 33.3% }'), 'o.yaml');
    expect(loaded.errors).toEqual([]);
    expect(loaded.org!.teams[0].allocation!.phone).toBeCloseTo(0.667, 12);
    expect(loaded.org!.teams[0].allocation!.chat).toBeCloseTo(0.333, 12);
  });
});

describe('loadOrganisation: hours', () => {
  it('quotes the parser error for every kind of hours field', async () => {
    const text = org(
      '    hours: "Mo-Fr 25:00-26:00"\n    staffed: "Mo-Fr 08:00-17:00"\nteams:\n  - { id: t, agents: 1, channels: [phone], hours: "Mo-Xx 08:00-17:00" }\nmonitoring:\n  social_listening: { tool: Coosto, hours: "whenever" }\n',
    );
    const errors = await errorsOf(text);
    expect(errors.map((e) => e.path)).toEqual(['channels[1].hours', 'teams[0].hours', 'monitoring.social_listening.hours']);
    expect(errors[0].message).toContain('"Mo-Fr 25:00-26:00"');
    expect(errors[0].line).toBe(10);
    for (const e of errors) expect(e.message).not.toMatch(/\n|    at /);
  });

  it('refuses PH or SH without a country, with the hint to add one', async () => {
    const errors = await errorsOf(org('    hours: "Mo-Fr 08:00-17:00; PH off"\n', '  name: X\n'));
    expect(errors).toEqual([
      { line: 9, column: 5, path: 'channels[1].hours', message: '"Mo-Fr 08:00-17:00; PH off" uses public holidays (PH), but organisation.country is not set', hint: 'add organisation.country (e.g. country: BE) so the holidays are known' },
    ]);
    // A "comment" that says PH is not a use of PH.
    expect((await loadOrganisation(org('    hours: \'Mo-Fr 08:00-17:00 "not on PH"\'\n', '  name: X\n'), 'o.yaml')).errors).toEqual([]);
  });

  it('does not refuse hours that parse with warnings (a rule reports them)', async () => {
    const loaded = await loadOrganisation(org('    hours: "Mo-Fr 08:00-18:00 PH off"\n'), 'o.yaml');
    expect(loaded.errors).toEqual([]);
    expect(loaded.org!.channels[1].hours).toBe('Mo-Fr 08:00-18:00 PH off');
  });
});

describe('loadOrganisation: all problems at once', () => {
  it('reports schema, reference, zone and hours problems together, sorted by line and column', async () => {
    const text = [
      'version: 1',
      'organisation:',
      '  name: X',
      '  timezone: Europe/Amsterdan',
      'channels:',
      '  - id: phone',
      '    type: phone',
      '    owmer: contact-center',
      '    hours: "Mo-Fr 25:00-26:00; PH off"',
      '  - id: phone',
      '    type: email',
      '    answered: 80',
      'teams:',
      '  - id: t',
      '    agents: 3',
      '    channels: [phone, mail]',
      '',
    ].join('\n');
    const errors = await errorsOf(text);
    expect(errors.map((e) => `${e.line}:${e.column} ${e.path}`)).toEqual([
      '4:3 organisation.timezone',
      '8:5 channels[0].owmer',
      '9:5 channels[0].hours',
      '10:5 channels[1].id',
      '12:5 channels[1].answered',
      '16:23 teams[0].channels[1]',
    ]);
  });

  it('refuses hostile input quickly, as file errors', async () => {
    const inputs: Array<string | Uint8Array> = [
      '',
      new Uint8Array([0, 1, 2, 3]),
      '['.repeat(20000) + ']'.repeat(20000),
      'a: 1\na: 2\n',
      ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 11 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(10).fill(i === 0 ? '*a' : `*l${i}`).join(', ')}]`)].join('\n'),
    ];
    for (const input of inputs) {
      const start = performance.now();
      const loaded = await loadOrganisation(input, 'hostile.yaml');
      expect(performance.now() - start).toBeLessThan(1500);
      expect(loaded.org).toBeUndefined();
      expect(loaded.errors.length).toBeGreaterThan(0);
      for (const e of loaded.errors) expect(e.message).not.toMatch(/\n|    at /);
    }
  });

  it('a __proto__ key is an unknown key, and pollutes nothing', async () => {
    const errors = await errorsOf(org('__proto__: { polluted: true }\n'));
    expect(errors).toMatchObject([{ path: '__proto__', message: 'unknown key `__proto__` at the top level', line: 10 }]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
