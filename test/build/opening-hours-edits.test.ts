// The build edits opening_hours for speed (scripts/dependency-edits.mjs: exact edits, and its data
// tables written as JSON text); an edit must change nothing the library answers. The edited source is loaded beside the installed one and both are
// asked the same: whether a value parses (and the error), its warnings, its prettified form and its
// open intervals over weeks with holidays, for hand-picked values (every phrase the library
// corrects, in several spellings) and arbitrary ones built from the pieces people write.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import ts from 'typescript';
import { beforeAll, describe, expect, test } from 'vitest';
// @ts-expect-error: a build script, plain JavaScript
import { DEPENDENCY_EDITS } from '../../scripts/dependency-edits.mjs';

const require = createRequire(import.meta.url);
const installed = join(dirname(require.resolve('opening_hours/package.json')), 'build', 'opening_hours.esm.mjs');
const suncalc = require.resolve('suncalc', { paths: [dirname(installed)] });

type Library = new (value: string, nominatim?: unknown, mode?: number) => {
  getWarnings(): string[];
  prettifyValue(): string;
  getOpenIntervals(from: Date, to: Date): Array<[Date, Date, boolean, string | undefined]>;
};
let original: Library;
let edited: Library;

/** The library's source with the build's edits, importing suncalc from where it is installed. */
function editedSource(): string {
  let source = readFileSync(installed, 'utf8');
  const entry = (DEPENDENCY_EDITS as Array<{ file: RegExp; edits: Array<[string, string]>; transform?: (source: string, typescript: typeof ts) => string }>).find((d) => d.file.test(installed));
  if (!entry) throw new Error('no edits for opening_hours');
  for (const [from, to] of entry.edits) {
    if (source.split(from).length !== 2) throw new Error(`edit does not apply: ${from.slice(0, 60)}`);
    source = source.replace(from, () => to);
  }
  if (entry.transform) source = entry.transform(source, ts);
  const importLine = "import { getTimes } from 'suncalc';";
  if (!source.includes(importLine)) throw new Error('the suncalc import moved');
  return source
    .replace(importLine, () => `import { getTimes } from ${JSON.stringify(pathToFileURL(suncalc).href)};`)
    .replace(/^\/\/# sourceMappingURL=.*$/m, '');
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'contact-audit-oh-edits-'));
  const file = join(dir, 'opening_hours.edited.mjs');
  writeFileSync(file, editedSource());
  original = (await import(/* @vite-ignore */ pathToFileURL(installed).href)).default;
  edited = (await import(/* @vite-ignore */ pathToFileURL(file).href)).default;
  expect(edited).not.toBe(original);
  // The tables went to JSON text (dataLiteralsToJson), the holidays and word lists among them.
  expect(readFileSync(file, 'utf8').match(/= JSON\.parse\(/g)?.length).toBeGreaterThan(40);
});

const PLACES = [
  { lat: '50.85', lon: '4.35', address: { country_code: 'be', state: 'NL' } },
  { lat: '52.37', lon: '4.90', address: { country_code: 'nl', state: undefined } },
  { lat: '52.52', lon: '13.40', address: { country_code: 'de', state: 'Bayern' } },
];

/** Everything the library says about a value in a place, as plain data. */
function answer(Library: Library, value: string, place: unknown): unknown {
  const quiet = console.error;
  console.error = () => undefined;
  try {
    const hours = new Library(value, place);
    const intervals = hours
      .getOpenIntervals(new Date(Date.UTC(2026, 11, 21)), new Date(Date.UTC(2027, 0, 4)))
      .map(([from, to, unknown, comment]) => [from.toISOString(), to.toISOString(), unknown, comment]);
    return { warnings: hours.getWarnings(), pretty: hours.prettifyValue(), intervals };
  } catch (error) {
    return { error: String(error instanceof Error ? error.message : error) };
  } finally {
    console.error = quiet;
  }
}

function expectSame(value: string): void {
  for (const place of PLACES) {
    expect(answer(edited, value, place), `${JSON.stringify(value)} in ${place.address.country_code}`).toEqual(answer(original, value, place));
  }
}

// Each phrase the library corrects (its multi-word table), written as people write them, alone
// and inside rules; and values without any.
const PHRASES = [
  'sonn- und feiertags', 'an sonn und feiertagen', 'nur sonn/feiertag', 'Mo-Fr 10:00 bis open end', 'Fr 18:00-late', 'Fr 18:00 till late',
  'one day before public holiday', 'day after public holiday', 'sur rendez-vous', 'sur_rendez_vous', 'sur rdv', 'an feiertagen',
  'on appointment', 'by appointments', 'by_appointment', 'nach vereinbarung', 'nach absprache', '24 hours 7 days a week',
  'public holidays', 'holiday', 'opening_hours = Mo-Fr 08:00-18:00', 'school holidays', 'schoolholiday', 'on work days',
  'always closed', 'always open', '7 days a week', '7 days/week', 'jours fériés', 'every day', 'all days', '24 hours', 'all day',
  'ALWAYS OPEN', 'Every Day 08:00-18:00', 'Mo-Fr 08:00-18:00; public holidays off', 'Mo-Fr 08:00-18:00, by appointment',
  'Mo-Fr 08:00-18:00; PH off', 'Mo-Fr 08:00-18:00; Sa 09:00-12:00', '24/7', 'Mo-Su 00:00-24:00; PH -1 day 10:00-12:00',
  'Mo–Fr 08:00–18:00', 'Öffnungszeiten: Mo-Fr 08:00-18:00', 'Mo-Fr 8h-18h', 'ma-vr 09:00-17:00', 'lundi-vendredi 9h-17h',
  'every dayX', 'always openly', 'sur rendez-vousé', 'holidays.', 'all day.', 'open end', 'late', 'Sa,Su off; PH off; SH 10:00-12:00',
  '', ' ', ';', 'Mo-Fr 08:00-18:00 "by appointment"', 'Mo-Fr sunrise-sunset', 'week 01-53/2 Mo 10:00-12:00',
];

describe('opening_hours, as the build edits it', () => {
  test.each(PHRASES)('answers %j as the installed library does', (value) => {
    expectSame(value);
  });

  test('answers arbitrary values built from phrases, days, times and letters as the installed library does', () => {
    const piece = fc.oneof(
      fc.constantFrom(...PHRASES),
      fc.constantFrom('Mo', 'Tu', 'Fr', 'Sa', 'Su', 'PH', 'SH', 'Jan', 'Dec', 'off', 'open', 'closed', 'day', 'days', 'week', 'a', 'on', 'by', 'sonn', 'und'),
      fc.constantFrom('08:00-18:00', '9-17', '10:00+', '00:00-24:00', '12:00', '1', '24', '7'),
      fc.constantFrom(' ', '-', '–', ',', ';', ':', '.', '/', '_', '"', 'é', 'ß', 'Ж', 'K', 'ſ'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 7 }), (pieces) => {
        expectSame(pieces.join(''));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
