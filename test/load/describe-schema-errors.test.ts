// One describer for every schema: the organisation file (test/load/validate.test.ts pins its
// messages), the configuration, rule files and baselines, in English and Dutch.
import type { ValidateFunction } from 'ajv';
import { describe, expect, test } from 'vitest';
import baselineSchema from '../../schemas/baseline.schema.json' with { type: 'json' };
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import ruleSchema from '../../schemas/rule.schema.json' with { type: 'json' };
import { validateBaseline, validateConfig, validateRule } from '../../src/generated/validators.js';
import { describeSchemaErrors, type SchemaNode } from '../../src/load/describe-schema-errors.js';
import { formatFieldPath } from '../../src/load/field-path.js';
import type { Lang } from '../../src/model/rule.js';

const SCHEMAS = {
  config: [configSchema, validateConfig],
  rule: [ruleSchema, validateRule],
  baseline: [baselineSchema, validateBaseline],
} as const;

/** `path  message (hint)` for every problem of `data`, which must be invalid. */
function problems(kind: keyof typeof SCHEMAS, data: unknown, lang: Lang = 'en'): string[] {
  const [schema, validator] = SCHEMAS[kind];
  const validate = validator as unknown as ValidateFunction;
  expect(validate(data)).toBe(false);
  return describeSchemaErrors(schema as SchemaNode, validate.errors ?? [], data, lang).map(
    (p) => `${formatFieldPath(p.path)}  ${p.message}${p.hint ? ` (${p.hint})` : ''}`,
  );
}

const RULE = {
  id: 'acme-small-team',
  category: 'people',
  severity: 'warning',
  check: 'field-at-least',
  params: { subjects: 'teams', field: 'agents' },
  options: { at_least: 3 },
  title: { en: 'Teams of three', nl: 'Teams van drie' },
  failure_title: { en: 'A small team', nl: 'Een klein team' },
  rationale: { en: 'Absences.', nl: 'Afwezigheden.' },
  recommendation: { default: { en: 'Grow {label}.', nl: 'Laat {label} groeien.' } },
  messages: { default: { en: '{label} has {value} agents.', nl: '{label} heeft {value} medewerkers.' } },
  source: [{ kind: 'practice', note: 'Acme.' }],
};
const rule = (change: Record<string, unknown>) => ({ ...structuredClone(RULE), ...change });

describe('the configuration', () => {
  test('unknown keys, values not allowed, limits and YAML 1.1 booleans, in both languages', () => {
    const data = { settings: { 'email-slow-answer': { severity: 'warnin', colour: 'red' } }, gates: { min_score: 150, require_complete: 'yes' } };
    expect(problems('config', data)).toEqual([
      'settings.email-slow-answer.colour  unknown key `colour` in email-slow-answer (known keys here: severity, weight, options)',
      'settings.email-slow-answer.severity  `warnin` is not a valid severity (did you mean `warning`? allowed: off, error, warning, info)',
      'gates.min_score  min_score must be at most 100, not `150`',
      'gates.require_complete  require_complete is `yes`, which is text here, not true or false (write true; in YAML 1.2 only true and false are booleans)',
    ]);
    expect(problems('config', data, 'nl')).toEqual([
      'settings.email-slow-answer.colour  onbekende sleutel `colour` in email-slow-answer (toegelaten sleutels hier: severity, weight, options)',
      'settings.email-slow-answer.severity  `warnin` is geen geldig severity (bedoel je `warning`? toegelaten: off, error, warning, info)',
      'gates.min_score  min_score moet hoogstens 100 zijn, niet `150`',
      'gates.require_complete  require_complete is `yes`, en dat is hier tekst, geen true of false (schrijf true; in YAML 1.2 zijn alleen true en false booleans)',
    ]);
  });

  test('a value of a kind no alternative takes names them all; ids get a slug', () => {
    expect(problems('config', { extends: 7 })).toEqual(['extends  extends must be text or a list, not `7` (e.g. strict)']);
    expect(problems('config', { settings: { 'email-slow-answer': 5 } }, 'nl')).toEqual([
      'settings.email-slow-answer  email-slow-answer moet off, error, warning, info of een mapping zijn, niet `5` (bv. off)',
    ]);
    expect(problems('config', { extends: 'Strict', settings: { 'Email Slow': 'off' } })).toEqual([
      'settings.Email Slow  `Email Slow` is not a valid id: ids use lower-case letters, digits and - (e.g. `email-slow`)',
      'extends  `Strict` is not a valid id: ids use lower-case letters, digits and - (e.g. `strict`)',
    ]);
  });
});

describe('rule files', () => {
  test("the `then` of the rule's check says what its options and params hold", () => {
    expect(problems('rule', rule({ options: { at_least: 'lots', at_most: 4 } }))).toEqual([
      'options.at_most  unknown key `at_most` in options (known keys here: at_least)',
      'options.at_least  `lots` is not a number, a duration or a share (e.g. 3, 4h or 80%)',
    ]);
    expect(problems('rule', rule({ params: { subjects: 'team', field: 'agents' } }), 'nl')).toEqual([
      'params.subjects  `team` is geen geldig subjects (bedoel je `teams`? toegelaten: channels, teams, contact_types, organisation)',
    ]);
  });

  test('one of several keys: none, or more than one', () => {
    const equals = (options: unknown) => rule({ check: 'field-equals', options });
    expect(problems('rule', equals({}))).toEqual(['options  options is missing `equals` or `one_of` (give exactly one of them)']);
    expect(problems('rule', equals({}), 'nl')).toEqual(['options  options mist `equals` of `one_of` (vul er precies één in)']);
    expect(problems('rule', equals({ equals: 1, one_of: [1] }))).toEqual(['options  options has `equals` and `one_of`, but only one of them may be given (keep one of them)']);
    expect(problems('rule', equals({ equals: 1, one_of: [1] }), 'nl')).toEqual(['options  options bevat `equals` en `one_of`, maar er mag er maar één van zijn (hou er één van over)']);
  });

  test('an alternative named by its kind is the only one spoken of', () => {
    expect(problems('rule', rule({ source: [{ kind: 'practise', note: 'Acme.' }] }))).toEqual([
      'source[0].kind  `practise` is not a valid kind (did you mean `practice`? allowed: article, practice)',
    ]);
    expect(problems('rule', rule({ source: [{ kind: 'practice', note: 'Acme.', file: '001_ab.txt' }] }))).toEqual([
      'source[0].file  unknown key `file` in source (known keys here: kind, note)',
    ]);
    expect(problems('rule', rule({ source: [{ kind: 'article', file: 'x.txt' }] }), 'nl')).toEqual([
      'source[0].quote  source[0] mist het verplichte veld `quote`',
      'source[0].file  file `x.txt` heeft niet de verwachte vorm (bv. 004_57b759660cba3b1c.txt)',
    ]);
  });
});

describe('baselines', () => {
  test('the version, a date and time, a fingerprint', () => {
    const data = { version: 2, tool: { name: 'x', version: '1' }, created: 'gisteren', files: { 'a.yaml': [{ fingerprint: 'XYZ', rule: 'r', subject: null }] } };
    expect(problems('baseline', data)).toEqual([
      'version  unsupported version 2; this contact-audit reads version 1 (write version: 1)',
      'created  `gisteren` is not a date and time (ISO 8601) (e.g. 2026-06-15T09:30:00Z)',
      'files.a.yaml[0].fingerprint  fingerprint `XYZ` is not in the expected form (e.g. 5f0c2a9b7e1d3c4a)',
    ]);
    expect(problems('baseline', data, 'nl')).toEqual([
      'version  versie 2 wordt niet ondersteund; deze contact-audit leest versie 1 (schrijf version: 1)',
      'created  `gisteren` is geen datum met tijd (ISO 8601) (bv. 2026-06-15T09:30:00Z)',
      'files.a.yaml[0].fingerprint  fingerprint `XYZ` heeft niet de verwachte vorm (bv. 5f0c2a9b7e1d3c4a)',
    ]);
  });
});

describe('every invalid file gets a problem in words', () => {
  // Broken copies of valid files: every one gets at least one problem, and never ajv's own wording.
  const VALID = {
    config: { extends: ['strict'], rules: ['./p'], settings: { 'email-slow-answer': { severity: 'error', weight: 2, options: { max_within: '8h' } }, 'social-absent': 'off' }, gates: { fail_on: 'warning', min_score: 70, min_category_score: { social: 60 }, max_warnings: 3, require_complete: true } },
    rule: rule({ check: 'field-equals', params: { subjects: 'channels', field: 'owner', where: { type: ['facebook', 'x'] } }, options: { equals: 'marketing' }, source: [{ kind: 'article', file: '004_57b759660cba3b1c.txt', quote: 'Q' }, { kind: 'practice', note: 'N' }] }),
    baseline: { version: 1, tool: { name: 'contact-audit', version: '0.1.0' }, created: '2026-01-01T00:00:00Z', files: { 'a.yaml': [{ fingerprint: '0123456789abcdef', rule: 'x', subject: null }] } },
  };
  const BAD: unknown[] = ['yes', 'off', '80', 80, -1, 1.5, 'Phone Main', '', null, true, false, [], ['a', 'a'], {}, { x: 1 }, 'warnin', 'article', 'practice', { equals: 1, one_of: [1] }, 'lots', '4h'];
  let seed = 11;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const paths = (node: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> => [
    prefix,
    ...(Array.isArray(node) ? node.flatMap((v, i) => paths(v, [...prefix, i])) : node && typeof node === 'object' ? Object.entries(node).flatMap(([k, v]) => paths(v, [...prefix, k])) : []),
  ];
  const broken = (valid: unknown): unknown => {
    const data = structuredClone(valid) as Record<string | number, unknown>;
    const all = paths(data).filter((p) => p.length > 0);
    const path = all[random(all.length)];
    const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, data);
    const last = path[path.length - 1];
    const how = random(3);
    if (how === 0 && Array.isArray(parent)) parent.splice(Number(last), 1);
    else if (how === 0) delete parent[last];
    else if (how === 1 && parent[last] && typeof parent[last] === 'object' && !Array.isArray(parent[last])) (parent[last] as Record<string, unknown>)['Bad Key'] = 1;
    else parent[last] = structuredClone(BAD[random(BAD.length)]);
    return data;
  };

  test.each(Object.keys(VALID) as Array<keyof typeof VALID>)('%s', (kind) => {
    const [schema, validator] = SCHEMAS[kind];
    const validate = validator as unknown as ValidateFunction;
    expect(validate(VALID[kind])).toBe(true);
    let invalid = 0;
    for (let i = 0; i < 300; i++) {
      const data = broken(VALID[kind]);
      if (validate(data)) continue;
      invalid += 1;
      for (const lang of ['en', 'nl'] as const) {
        const described = describeSchemaErrors(schema as SchemaNode, validate.errors ?? [], data, lang);
        expect(described.length, JSON.stringify(data)).toBeGreaterThan(0);
        for (const p of described) {
          expect(p.message, JSON.stringify(data)).not.toMatch(/ongeldige waarde|undefined|\[object/);
          for (const error of validate.errors ?? []) expect(p.message, JSON.stringify(data)).not.toContain(error.message);
        }
      }
    }
    expect(invalid).toBeGreaterThan(100);
  });
});
