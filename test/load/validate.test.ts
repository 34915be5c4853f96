import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { validate } from '../../src/load/validate.js';
import { validateOrganisation } from '../../src/generated/validators.js';

const EXAMPLE = readFileSync(new URL('./fixtures/format-example.yaml', import.meta.url), 'utf8');

/** A minimal valid file with `extra` lines appended under the given section. */
function file(channel: string, rest = ''): string {
  return `version: 1\norganisation:\n  name: X\n  country: BE\nchannels:\n  - id: phone\n    type: phone\n${channel}${rest}`;
}

function errorsOf(text: string) {
  const parsed = parseYaml(text);
  expect(parsed.errors).toEqual([]);
  return validate(parsed.data, parsed.locate);
}

function only(text: string) {
  const errors = errorsOf(text);
  expect(errors).toHaveLength(1);
  return errors[0];
}

describe('the organisation schema', () => {
  it('accepts the example of format.md', () => {
    expect(errorsOf(EXAMPLE)).toEqual([]);
  });

  it('accepts every optional field, and the audit section', () => {
    const text = file(
      '    label: Phone\n    owner: it\n    inbound: true\n    redirect: elsewhere\n    hours: "24/7"\n    staffed: "24/7"\n' +
        '    visibility: always\n    target: { answered: 0.8, within: 1.5h }\n    peak: { contacts_per_hour: 10.5, handle_time: 5min }\n' +
        '    concurrency: 1\n    answered: "12.5%"\n    monitored: true\n    promise: 2d\n    promise_kept: 100%\n    purpose: [service, sales]\n',
      'teams:\n  - id: t\n    agents: 0.5\n    shrinkage: 0%\n    channels: [phone]\n    allocation: { phone: 1 }\n    hours: "Mo-Fr 09:00-17:00"\n' +
        '    timezone: Europe/Brussels\n    languages: [nl]\n    training: [writing, de-escalation]\n' +
        'policies:\n  social_media: { reviewed: 2024-02-29, covers: [language] }\n  coaching: true\n' +
        'monitoring:\n  social_listening: { tool: Coosto, hours: "24/7" }\n  escalation_procedure: true\n' +
        'contact_types:\n  - id: bill\n    label: Bill\n    complexity: simple\n    channels: [phone]\n' +
        'audit:\n  ignore:\n    - { rule: hours-unstaffed, subject: phone, reason: closing in June, until: 2025-06-30 }\n    - { rule: social-absent, reason: no social }\n',
    );
    expect(errorsOf(text)).toEqual([]);
  });

  it('gives every property a description', () => {
    const schema = JSON.parse(readFileSync(new URL('../../schemas/organisation.schema.json', import.meta.url), 'utf8'));
    const missing: string[] = [];
    const walk = (node: Record<string, unknown>, where: string) => {
      for (const [key, value] of Object.entries((node.properties as Record<string, Record<string, unknown>>) ?? {})) {
        const described = typeof value.description === 'string' || (typeof value.$ref === 'string' && typeof schema.definitions[value.$ref.slice(14)]?.description === 'string');
        if (!described) missing.push(`${where}.${key}`);
        walk(value, `${where}.${key}`);
      }
      for (const branch of (node.oneOf as Array<Record<string, unknown>>) ?? []) walk(branch, where);
      if (node.items && typeof node.items === 'object') walk(node.items as Record<string, unknown>, `${where}[]`);
    };
    walk(schema, '');
    for (const [name, def] of Object.entries(schema.definitions as Record<string, Record<string, unknown>>)) walk(def, name);
    expect(missing).toEqual([]);
  });

  it('refuses a date that does not exist', () => {
    expect(validateOrganisation({ version: 1, organisation: { name: 'X' }, channels: [{ id: 'a', type: 'x' }], policies: { social_media: { reviewed: '2025-02-29', covers: [] } } })).toBe(false);
  });
});

describe('validate: messages and hints', () => {
  it('suggests the known key for a misspelt one', () => {
    expect(only(file('    owmer: marketing\n'))).toEqual({
      line: 8, column: 5, path: 'channels[0].owmer', message: 'unknown key `owmer` in channels', hint: 'did you mean `owner`?',
    });
    expect(only(file('', 'team:\n  - id: t\n')).hint).toBe('did you mean `teams`?');
  });

  it('lists the known keys when none is close', () => {
    expect(only(file('    colour: red\n')).hint).toMatch(/^known keys here: id, type, label, owner/);
  });

  it('share 80 → write 80%; 120% → at most 100%', () => {
    expect(only(file('    answered: 80\n'))).toMatchObject({ path: 'channels[0].answered', message: '80 is not a share', hint: 'write 80% (or 0.8 as a fraction)' });
    expect(only(file('    answered: 120%\n'))).toMatchObject({ message: '120% is more than 100%', hint: 'a share is at most 100%' });
    expect(only(file('    answered: lots\n'))).toMatchObject({ message: '"lots" is not a share' });
  });

  it('a bare-number duration: say which unit', () => {
    expect(only(file('    target: { answered: 80%, within: 20 }\n'))).toEqual({
      line: 8, column: 30, path: 'channels[0].target.within', message: 'the duration 20 has no unit', hint: 'say which unit: 20s, 20m or 20h',
    });
    expect(only(file('    promise: 2 weeks\n'))).toMatchObject({ message: '"2 weeks" is not a duration' });
  });

  it('an enum value: the closest match and the allowed values', () => {
    const error = only(file('    visibility: allways\n'));
    expect(error).toMatchObject({ path: 'channels[0].visibility', message: '`allways` is not a valid visibility' });
    expect(error.hint).toBe('did you mean `always`? allowed: always, scheduled, when-agents-available');
    expect(only(file('    owner: nobody\n')).hint).toBe('allowed: contact-center, marketing, communications, sales, it, outsourced, other');
  });

  it('a wrong type: what was expected, with an example', () => {
    expect(only(file('    inbound: no\n'))).toMatchObject({ message: 'inbound is `no`, which is text here, not true or false', hint: 'write false; in YAML 1.2 only true and false are booleans' });
    expect(only(file('    target: 80%\n'))).toMatchObject({ message: 'target must be a mapping, not `80%`', hint: 'e.g. target: { answered: 80%, within: 20s }' });
    expect(only(file('    concurrency: 1.5\n'))).toMatchObject({ message: 'concurrency must be a whole number, not 1.5', hint: 'e.g. 2' });
    expect(only(file('    purpose: service\n'))).toMatchObject({ message: 'purpose must be a list, not `service`', hint: 'e.g. purpose: [service]' });
    expect(only(file('    label: 12\n'))).toMatchObject({ message: 'label must be text, not `12`', hint: 'put it in quotes: "12"' });
  });

  it('version 2: unsupported', () => {
    const errors = errorsOf(file('').replace('version: 1', 'version: 2'));
    expect(errors).toEqual([{ line: 1, column: 1, path: 'version', message: 'unsupported version 2; this contact-audit reads version 1', hint: 'write version: 1' }]);
  });

  it('missing required fields point at the parent', () => {
    const errors = errorsOf('version: 1\norganisation:\n  country: BE\nchannels:\n  - id: phone\n');
    expect(errors).toEqual([
      { line: 2, column: 1, path: 'organisation.name', message: 'organisation is missing the required field `name`', hint: 'e.g. name: Energie Vlaanderen' },
      { line: 5, column: 5, path: 'channels[0].type', message: 'channels[0] is missing the required field `type`' },
    ]);
  });

  it('ids: the form, with a suggestion', () => {
    expect(only(file('', 'teams:\n  - id: Front NL\n    agents: 1\n    channels: [phone]\n'))).toMatchObject({
      path: 'teams[0].id', message: '`Front NL` is not a valid id: ids use lower-case letters, digits and -', hint: 'e.g. `front-nl`',
    });
  });

  it('dates, countries, languages, empty lists', () => {
    expect(only(file('', 'policies:\n  social_media: { reviewed: 1/3/2025, covers: [] }\n'))).toMatchObject({ message: '`1/3/2025` is not an ISO date', hint: 'write it as YYYY-MM-DD, e.g. 2025-03-01' });
    expect(only(file('', 'policies:\n  social_media: { reviewed: 2025-02-29, covers: [] }\n'))).toMatchObject({ message: '`2025-02-29` is not a real date' });
    expect(only(file('').replace('country: BE', 'country: be'))).toMatchObject({ hint: 'write BE' });
    expect(only(file('').replace('country: BE', 'country: BE\n  languages: [NL]'))).toMatchObject({ path: 'organisation.languages[0]', hint: 'write nl' });
    expect(only('version: 1\norganisation: { name: X }\nchannels: []\n')).toMatchObject({ path: 'channels', message: 'channels lists nothing; list at least 1' });
  });

  it('false-or-mapping fields: one message for a wrong kind, field messages for a mapping', () => {
    expect(only(file('', 'policies:\n  social_media: true\n'))).toMatchObject({
      path: 'policies.social_media', message: 'social_media must be false or a mapping, not `true`',
    });
    expect(only(file('', 'policies:\n  social_media: { covers: [tone-of-voice], reviwed: 2025-01-01 }\n'))).toMatchObject({
      path: 'policies.social_media.reviwed', hint: 'did you mean `reviewed`?',
    });
  });

  it('reports every problem at once, one per field, in file order', () => {
    const text = [
      'version: 1',
      'organisation:',
      '  name: X',
      '  custmer_view: unified',
      'channels:',
      '  - id: phone',
      '    type: phone',
      '    target: { answered: 80, within: 20 }',
      '    inbound: yes',
      '  - id: mail',
      '    type: e-mail',
      '    answered: 150%',
      'teams:',
      '  - id: t',
      '    agents: -1',
      '    channels: [phone]',
      '    shrinkage: 30',
      '',
    ].join('\n');
    const errors = errorsOf(text);
    expect(errors.map((e) => [e.path, e.line, e.column])).toEqual([
      ['organisation.custmer_view', 4, 3],
      ['channels[0].target.answered', 8, 15],
      ['channels[0].target.within', 8, 29],
      ['channels[0].inbound', 9, 5],
      ['channels[1].type', 11, 5],
      ['channels[1].answered', 12, 5],
      ['teams[0].agents', 15, 5],
      ['teams[0].shrinkage', 17, 5],
    ]);
    expect(errors[0].hint).toBe('did you mean `customer_view`?');
    expect(errors[4].hint).toMatch(/^did you mean `email`\?/);
    expect(new Set(errors.map((e) => e.path)).size).toBe(errors.length);
  });

  it('allocation keys must be ids; duplicate list entries are refused', () => {
    const errors = errorsOf(file('', 'teams:\n  - id: t\n    agents: 2\n    channels: [phone, phone]\n    allocation: { Phone: 50% }\n'));
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      ['teams[0].channels[1]', '`phone` is listed twice in channels'],
      ['teams[0].allocation.Phone', '`Phone` is not a channel id: ids use lower-case letters, digits and -'],
    ]);
  });

  it('never puts a stack in a message', () => {
    const errors = errorsOf('version: x\norganisation: []\nchannels: {}\nteams: 3\npolicies: []\nmonitoring: 1\ncontact_types: [1]\naudit: { ignore: [{}] }\n');
    expect(errors.length).toBeGreaterThan(5);
    for (const e of errors) {
      expect(e.message).not.toMatch(/\n|    at |Error:/);
      expect(e.message.length).toBeGreaterThan(5);
    }
  });
});
