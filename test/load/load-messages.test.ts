import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOAD_MESSAGES, loadTexts, type LoadMessage } from '../../src/load/load-messages.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { readInput } from '../../src/load/read-input.js';
import { parseDuration, parseShare } from '../../src/load/values.js';
import type { FileError } from '../../src/model/report.js';
import { loadHoursLibrary } from '../../src/time/hours-library.js';
import { parseHours } from '../../src/time/parse-hours.js';
import { runCli } from '../helpers/cli.js';

describe('the loader message catalogue', () => {
  const entries = Object.entries(LOAD_MESSAGES) as Array<[string, LoadMessage<unknown[]>]>;

  it('has an English and a Dutch text for every message, taking the same arguments', () => {
    expect(entries.length).toBeGreaterThan(100);
    for (const [id, message] of entries) {
      expect(typeof message.en, id).toBe('function');
      expect(typeof message.nl, id).toBe('function');
      expect(message.nl.length, id).toBe(message.en.length);
    }
  });

  it('words every message differently in Dutch, and keeps every argument as written', () => {
    for (const [id, message] of entries) {
      const args = Array.from({ length: message.en.length }, (_, i) => `ARG${i}`);
      const en = message.en(...args);
      const nl = message.nl(...args);
      expect(nl, id).not.toBe(en);
      expect(nl.trim(), id).not.toBe('');
      const quoted = (text: string) => [...new Set(text.match(/ARG\d/g) ?? [])].sort();
      expect(quoted(nl), id).toEqual(quoted(en));
      expect(quoted(en), id).toEqual(args);
    }
  });

  it('binds a language: loadTexts(lang) gives that language, English by default', () => {
    expect(loadTexts('nl').fileEmpty()).toBe('het bestand is leeg');
    expect(loadTexts('en').fileEmpty()).toBe('the file is empty');
    expect(loadTexts().didYouMean('owner')).toBe('did you mean `owner`?');
    expect(loadTexts('nl').didYouMean('owner')).toBe('bedoel je `owner`?');
  });
});

function org(body: string, organisation = '  name: X\n  country: BE\n'): string {
  return `version: 1\norganisation:\n${organisation}channels:\n  - id: phone\n    type: phone\n  - id: chat\n    type: webchat\n${body}`;
}

/** The file's errors in English and in Dutch: the same places, other words. */
async function bothLanguages(text: string | Uint8Array): Promise<{ en: FileError[]; nl: FileError[] }> {
  const en = await loadOrganisation(text, 'org.yaml');
  const nl = await loadOrganisation(text, 'org.yaml', { lang: 'nl' });
  expect(en.org).toBeUndefined();
  expect(nl.org).toBeUndefined();
  const where = (errors: FileError[]) => errors.map((e) => [e.line, e.column, e.path, e.hint === undefined]);
  expect(where(nl.errors)).toEqual(where(en.errors));
  expect(en.errors.length).toBeGreaterThan(0);
  nl.errors.forEach((e, i) => {
    expect(e.message).not.toBe(en.errors[i].message);
    if (e.hint !== undefined) expect(e.hint).not.toBe(en.errors[i].hint);
  });
  return { en: en.errors, nl: nl.errors };
}

describe('loadOrganisation in Dutch', () => {
  it('an unknown key, with the key it probably meant', async () => {
    const { nl } = await bothLanguages(org('    owmer: contact-center\n'));
    expect(nl).toEqual([{ line: 10, column: 5, path: 'channels[1].owmer', message: 'onbekende sleutel `owmer` in channels', hint: 'bedoel je `owner`?' }]);
  });

  it('an unknown key at the top level, and a missing required field', async () => {
    const { nl } = await bothLanguages('version: 1\norganisation:\n  name: X\nchanels: []\n');
    expect(nl.map((e) => [e.path, e.message, e.hint])).toEqual([
      ['channels', 'het bestand mist het verplichte veld `channels`', undefined],
      ['chanels', 'onbekende sleutel `chanels` op het hoogste niveau', 'bedoel je `channels`?'],
    ]);
  });

  it('a share written as 80 and a duration without a unit', async () => {
    const { nl } = await bothLanguages(org('    answered: 80\n    target: { answered: 80%, within: 20 }\n'));
    expect(nl).toEqual([
      { line: 10, column: 5, path: 'channels[1].answered', message: '80 is geen aandeel', hint: 'schrijf 80% (of 0.8 als fractie)' },
      { line: 11, column: 30, path: 'channels[1].target.within', message: 'de duur 20 heeft geen eenheid', hint: 'geef een eenheid op: 20s, 20m of 20h' },
    ]);
  });

  it('a value that is not one of the allowed ones', async () => {
    const { nl } = await bothLanguages(org('  - id: fax\n    type: fax\n'));
    expect(nl).toEqual([{ line: 11, column: 5, path: 'channels[2].type', message: '`fax` is geen geldig type', hint: expect.stringMatching(/^toegelaten: phone, /) }]);
  });

  it('an unknown time zone', async () => {
    const { nl } = await bothLanguages(org('', '  name: X\n  timezone: Europe/Brussel\n'));
    expect(nl).toEqual([{ line: 4, column: 3, path: 'organisation.timezone', message: '`Europe/Brussel` is geen bekende tijdzone', hint: 'bedoel je `Europe/Brussels`?' }]);
  });

  it('a duplicate id and references to channels that do not exist', async () => {
    const { nl } = await bothLanguages(org('  - id: phone\n    type: ivr\nteams:\n  - id: front\n    agents: 5\n    channels: [phone, chatt]\n    allocation: { phonne: 30% }\ncontact_types:\n  - { id: bill, channels: [fax] }\n'));
    expect(nl.map((e) => [e.path, e.message, e.hint])).toEqual([
      ['channels[2].id', 'kanaal-id `phone` komt twee keer voor (eerst bij channels[0])', 'ids zijn uniek binnen channels; hernoem er één'],
      ['teams[0].channels[1]', 'het team `front` verwijst naar kanaal `chatt`, maar dat kanaal bestaat niet', 'bedoel je `chat`?'],
      ['teams[0].allocation.phonne', 'de verdeling van het team `front` verwijst naar kanaal `phonne`, maar dat kanaal bestaat niet', 'bedoel je `phone`?'],
      ['contact_types[0].channels[0]', 'het contacttype `bill` verwijst naar kanaal `fax`, maar dat kanaal bestaat niet', 'de kanalen zijn: phone, chat, phone'],
    ]);
  });

  it('an empty file and a binary file', async () => {
    expect((await bothLanguages('')).nl).toEqual([
      { line: 1, column: 1, path: '', message: 'het bestand is leeg', hint: 'vertrek van het voorbeeld in de documentatie van het formaat' },
    ]);
    expect((await bothLanguages(new Uint8Array([0x50, 0x4b, 0, 1]))).nl).toEqual([
      { line: 1, column: 1, path: '', message: 'dit is een binair bestand, geen YAML-tekst (het bevat NUL-bytes)' },
    ]);
  });

  it('YAML problems: a key written twice, and a message of the yaml library quoted in Dutch words', async () => {
    const { nl } = await bothLanguages('version: 1\nversion: 1\n');
    expect(nl).toEqual([{ line: 2, column: 1, path: '', message: '`version` staat twee keer in dezelfde mapping', hint: 'hou er één van over' }]);
    const broken = await bothLanguages('version: 1\norganisation: [\n');
    for (const e of broken.nl) expect(e.message).not.toMatch(/^YAML: /);
  });

  it('hours the library cannot read: its own words quoted as they are', async () => {
    const { en, nl } = await bothLanguages(org('    hours: "Mo-Fr 25:00-26:00"\n'));
    expect(nl).toHaveLength(1);
    expect(nl[0].message).toMatch(/^"Mo-Fr 25:00-26:00" is geen geldige opening_hours: .+ \(bij ".+"\)$/);
    const reason = (text: string) => /opening_hours: (.+) \((?:at|bij) "/.exec(text)?.[1];
    expect(reason(nl[0].message)).toBe(reason(en[0].message));
    expect(nl[0].hint).toBe('zie https://wiki.openstreetmap.org/wiki/Key:opening_hours/specification');
  });

  it('public or school holidays without a country', async () => {
    const { nl } = await bothLanguages(org('    hours: "Mo-Fr 08:00-17:00; PH off"\n    staffed: "Mo-Fr 08:00-17:00; SH off"\n', '  name: X\n'));
    expect(nl).toEqual([
      { line: 9, column: 5, path: 'channels[1].hours', message: '"Mo-Fr 08:00-17:00; PH off" gebruikt feestdagen (PH), maar organisation.country is niet ingevuld', hint: 'vul organisation.country in (bv. country: BE), zodat bekend is welke dagen dat zijn' },
      { line: 10, column: 5, path: 'channels[1].staffed', message: '"Mo-Fr 08:00-17:00; SH off" gebruikt schoolvakanties (SH), maar organisation.country is niet ingevuld', hint: 'vul organisation.country in (bv. country: BE), zodat bekend is welke dagen dat zijn' },
    ]);
  });
});

describe('parseHours errors in Dutch', () => {
  beforeAll(async () => {
    await loadHoursLibrary();
  });

  it('words the country-missing and missing-holiday errors in Dutch, the same parse in English by default', () => {
    expect(parseHours('Mo-Fr 09:00-17:00; PH off', {}, 'nl')).toEqual({ ok: false, error: '"Mo-Fr 09:00-17:00; PH off" gebruikt PH, maar organisation.country is niet ingevuld', hint: 'vul organisation.country in, bv. BE' });
    expect(parseHours('Mo-Fr 09:00-17:00; PH off', {})).toEqual({ ok: false, error: '"Mo-Fr 09:00-17:00; PH off" uses PH but organisation.country is not set', hint: 'add organisation.country, e.g. BE' });
    expect(parseHours('Mo-Fr 09:00-17:00; SH off', { country: 'BE' }, 'nl')).toEqual({
      ok: false,
      error: 'opening_hours kent geen schoolvakanties (SH) voor land BE',
      hint: 'zet organisation.region op de gemeenschap waarvan de schoolvakanties gelden: NL (Vlaanderen), FR (Wallonie-Bruxelles) of DE (Ostbelgien)',
    });
    expect(parseHours('Mo-Fr 09:00-17:00; PH off', { country: 'GB', region: 'Kent' }, 'nl')).toMatchObject({
      error: 'opening_hours kent geen feestdagen (PH) voor land GB en regio "Kent"',
    });
  });

  it('keeps warnings as they are: the hours-ambiguous rule quotes them', () => {
    const en = parseHours('Mo-Fr 08:00-18:00 PH off', { country: 'BE' });
    const nl = parseHours('Mo-Fr 08:00-18:00 PH off', { country: 'BE' }, 'nl');
    expect(nl).toBe(en);
  });
});

describe('values in Dutch', () => {
  it('parseShare and parseDuration take a language, English by default', () => {
    expect(parseShare(80, 'nl')).toEqual({ ok: false, message: '80 is geen aandeel', hint: 'schrijf 80% (of 0.8 als fractie)' });
    expect(parseShare(80)).toEqual({ ok: false, message: '80 is not a share', hint: 'write 80% (or 0.8 as a fraction)' });
    expect(parseShare('120%', 'nl')).toEqual({ ok: false, message: '120% is meer dan 100%', hint: 'een aandeel is hoogstens 100%' });
    expect(parseDuration('20', 'nl')).toEqual({ ok: false, message: '"20" heeft geen eenheid', hint: 'schrijf 20s, 20m of 20h' });
    expect(parseDuration('soon', 'nl')).toEqual({ ok: false, message: '"soon" is geen duur', hint: 'een getal met een eenheid: s, m (of min), h, d, bv. 20s, 5m, 1.5h' });
    expect(parseDuration('20m', 'nl')).toEqual({ ok: true, value: 1200 });
  });
});

describe('readInput in Dutch', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'load-messages-'));
    writeFileSync(join(dir, 'big.yaml'), 'x'.repeat(1600));
    writeFileSync(join(dir, 'bad.yaml'), 'version: 1\norganisation:\n  name: X\nchannels:\n  - id: phone\n    type: phone\n    owmer: it\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a missing file, a directory, a file over the limit', async () => {
    expect(await readInput('nope.yaml', { cwd: dir, lang: 'nl' })).toEqual({ ok: false, error: { line: 1, column: 1, path: '', message: 'nope.yaml bestaat niet', hint: 'controleer het pad' } });
    expect(await readInput('.', { cwd: dir, lang: 'nl' })).toMatchObject({ ok: false, error: { message: '. is een map, geen bestand' } });
    expect(await readInput('big.yaml', { cwd: dir, maxBytes: 1024, lang: 'nl' })).toMatchObject({ ok: false, error: { message: 'big.yaml is 1,6 KiB, groter dan de limiet van 1 KiB' } });
    expect(await readInput('big.yaml', { cwd: dir, maxBytes: 1024 })).toMatchObject({ ok: false, error: { message: 'big.yaml is 1.6 KiB, larger than the limit of 1 KiB' } });
  });

  it('contact-audit check --lang nl shows the file problems in Dutch', async () => {
    const nl = await runCli(['check', 'bad.yaml', 'nope.yaml', '--lang', 'nl', '--format', 'json'], { cwd: dir });
    expect(nl.code).toBe(2);
    const files = JSON.parse(nl.stdout).files as Array<{ file: string; errors: FileError[] }>;
    expect(files.map((f) => f.errors)).toEqual([
      [{ line: 7, column: 5, path: 'channels[0].owmer', message: 'onbekende sleutel `owmer` in channels', hint: 'bedoel je `owner`?' }],
      [{ line: 1, column: 1, path: '', message: 'nope.yaml bestaat niet', hint: 'controleer het pad' }],
    ]);
    const en = await runCli(['check', 'bad.yaml', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(en.stdout).files[0].errors[0].message).toBe('unknown key `owmer` in channels');
  });
});
