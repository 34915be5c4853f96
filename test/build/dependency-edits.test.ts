// The build's speed edits to dependencies (scripts/dependency-edits.mjs) must still apply to the
// installed versions, else the bundle silently loses them; and the CommonJS bundle bin/ reads as
// Latin-1 must be ASCII (scripts/build.mjs escapes what esbuild leaves).
import { isAscii } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
// @ts-expect-error: a build script, plain JavaScript
import { DEPENDENCY_EDITS, dataLiteralsToJson } from '../../scripts/dependency-edits.mjs';
import ts from 'typescript';

const require = createRequire(import.meta.url);
interface DependencyEdit {
  file: RegExp;
  edits: Array<[string, string]>;
}

// Where each edited file is in node_modules (the edits name them by a path pattern).
const INSTALLED: Record<string, string> = {
  'strip-ansi': join(dirname(require.resolve('strip-ansi/package.json', { paths: [dirname(require.resolve('cli-table3'))] })), 'index.js'),
  'cli-table3': join(dirname(require.resolve('cli-table3/package.json')), 'src', 'cell.js'),
  fdir: join(dirname(require.resolve('fdir/package.json', { paths: [dirname(require.resolve('tinyglobby'))] })), 'dist', 'index.mjs'),
  opening_hours: join(dirname(require.resolve('opening_hours/package.json')), 'build', 'opening_hours.esm.mjs'),
  commander: join(dirname(require.resolve('commander')), 'lib', 'command.js'),
  'supports-color': join(dirname(require.resolve('chalk')), 'vendor', 'supports-color', 'index.js'),
};

describe('dependency edits', () => {
  test('every edited file is one of the installed ones', () => {
    for (const { file } of DEPENDENCY_EDITS as DependencyEdit[]) {
      expect(Object.values(INSTALLED).some((path) => file.test(path)), String(file)).toBe(true);
    }
  });

  test("no source uses chalk's default instances (the bundle's never colour: supports-color's edit)", () => {
    const sources = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => /\.ts$/.test(f));
    for (const file of sources) {
      const text = readFileSync(join('src', file), 'utf8');
      for (const [statement] of text.matchAll(/import[^;]*from 'chalk';/g)) expect(statement, file).toMatch(/^import (type )?\{ (Chalk|ChalkInstance) \} from 'chalk';$/);
      expect(text, file).not.toMatch(/supports-color|chalkStderr/);
    }
  });

  test('commander uses child_process for spawn alone (the lazy stand-in has nothing else)', () => {
    const source = readFileSync(INSTALLED.commander, 'utf8');
    expect([...source.matchAll(/childProcess\.(\w+)/g)].map((m) => m[1]).every((name) => name === 'spawn')).toBe(true);
  });

  test.each(Object.entries(INSTALLED))('%s: each edit finds its text exactly once', (_name, path) => {
    const source = readFileSync(path, 'utf8');
    const entries = (DEPENDENCY_EDITS as DependencyEdit[]).filter((d) => d.file.test(path));
    expect(entries.length).toBe(1);
    for (const [from] of entries[0].edits) expect(source.split(from).length - 1, from).toBe(1);
  });
});

describe('data literals as JSON text', () => {
  const convert = (source: string): string => dataLiteralsToJson(source, ts, 10);
  const run = (source: string): unknown => new Function(`${source}\nreturn { a: typeof a === 'undefined' ? undefined : a };`)();

  test('writes a plain table as JSON.parse of the same value, keys in their order', () => {
    const source = 'const a = { z: [1, 2.5, "x", null, true], "b-c": { y: "ö\\n" }, 10: 1, 2: [] };';
    const out = convert(source);
    expect(out).toMatch(/^const a = JSON\.parse\(/);
    expect(run(out)).toEqual(run(source));
    expect(Object.keys((run(out) as { a: object }).a)).toEqual(Object.keys((run(source) as { a: object }).a));
  });

  test('parses a table named once, as another object\'s property, when that property is first read', () => {
    const source = 'const t = { a: [1, 2, 3], b: "xxxxxxxxxxxx" };\nconst u = { c: "yyyyyyyyyyyyyy" };\nconst all = Object.freeze({ __proto__: null, t: t, u });\nconst a = [all, Object.keys(all)];';
    const out = convert(source);
    expect(out).toContain('get t() {');
    expect(out).toContain('get u() {');
    const [all, keys] = (run(out) as { a: [Record<string, unknown>, string[]] }).a;
    expect(keys).toEqual(['t', 'u']);
    expect(all.t).toBe(all.t);
    expect(all.t).toEqual({ a: [1, 2, 3], b: 'xxxxxxxxxxxx' });
    expect(all.u).toEqual({ c: 'yyyyyyyyyyyyyy' });
    // Named twice: parsed where it is declared.
    const twice = convert('const t = { a: [1, 2, 3], b: "xxxxxxxxxxxx" };\nconst all = { t };\nconst a = [all, t];');
    expect(twice).toMatch(/^const t = JSON\.parse\(/);
  });

  test.each([
    ['minus zero', 'const a = { n: -0, padding: "xxxxxxxxxx" };'],
    ['NaN', 'const a = { n: NaN, padding: "xxxxxxxxxx" };'],
    ['undefined', 'const a = { n: undefined, padding: "xxxxxxxxxx" };'],
    ['a function', 'const a = { f() { return 1; }, padding: "xxxxxxxxxx" };'],
    ['another binding', 'const b = 1; const a = { n: b, padding: "xxxxxxxxxx" };'],
    ['a date', 'const a = { d: new Date(0), padding: "xxxxxxxxxx" };'],
    ['a hole', 'const a = [1, , 2, "xxxxxxxxxxxxx"];'],
    ['a prototype', 'const a = { __proto__: { p: 1 }, padding: "xxxxxxxxxx" };'],
    ['too small to matter', 'const a = {};'],
  ])('leaves a literal with %s as it is', (_what, source) => {
    expect(convert(source)).toBe(source);
  });
});

describe('the CommonJS bundle', () => {
  test('is ASCII, so bin/ reads it as Latin-1', () => {
    expect(isAscii(readFileSync('dist/cli.cjs'))).toBe(true);
  });

  test('gives the same report as the sources: hours with the characters and words opening_hours corrects', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'contact-audit-ascii-'));
    const values = ['Mo–Fr 08:00–18:00; PH off', 'Mo-Fr 08:00-18:00 and Sa 10:00-12:00', 'Öffnungszeiten: Mo-Fr 08:00-18:00', 'Mo-Fr 08:00 till 18:00', 'Mo-Fr 8h-18h'];
    let org = readFileSync('fixtures/good-practice.yaml', 'utf8');
    let n = 0;
    org = org.replace(/hours: "Mo-Fr 08:00-18:00; PH off"/g, () => `hours: "${values[n++ % values.length]}"`);
    expect(n).toBeGreaterThanOrEqual(values.length);
    writeFileSync(join(dir, 'org.yaml'), org);
    const args = ['check', join(dir, 'org.yaml'), '--date', '2026-06-15', '--format', 'json'];
    const bundled = spawnSync(process.execPath, ['bin/contact-audit.cjs', ...args], { encoding: 'utf8' });
    const sources = await runCli(args);
    expect(bundled.status).toBe(sources.code);
    const withoutVersion = (text: string) => ({ ...JSON.parse(text), tool: undefined });
    expect(withoutVersion(bundled.stdout)).toEqual(withoutVersion(sources.stdout));
    // The corrections were made (as warnings), so the escaped expressions still match.
    expect(sources.stdout).toMatch(/hours-warnings|corrected|instead of/);
  }, 30_000);

  test('gives the same holidays as the sources: countries with shifted and substitute days, a day either side, two years', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'contact-audit-holidays-'));
    // GB and AU move a holiday that falls on a weekend or add a substitute day; US shifts; Bayern
    // adds its own; `PH +1 day` and `PH -1 day` read the list of a neighbouring year at its ends.
    const places = ['BE', 'NL', 'DE\n  region: Bayern', 'GB\n  region: England', 'US', 'AU'];
    for (const [n, place] of places.entries()) {
      const org = [
        'version: 1',
        'organisation:',
        '  name: Holidays',
        `  country: ${place}`,
        '  timezone: Europe/Brussels',
        'channels:',
        '  - id: phone',
        '    type: phone',
        '    owner: contact-center',
        '    hours: "Mo-Su 00:00-24:00; PH -1 day 10:00-12:00"',
        '    staffed: "Mo-Fr 09:00-17:00; PH +1 day off; PH off"',
        '',
      ].join('\n');
      const file = join(dir, `org-${n}.yaml`);
      writeFileSync(file, org);
      for (const date of ['2026-12-28', '2027-04-05']) {
        const args = ['coverage', file, '--date', date, '--format', 'json'];
        const bundled = spawnSync(process.execPath, ['bin/contact-audit.cjs', ...args], { encoding: 'utf8' });
        const sources = await runCli(args);
        expect(sources.code, sources.stderr).toBe(0);
        expect(bundled.status, bundled.stderr).toBe(0);
        expect(JSON.parse(bundled.stdout), `${place} ${date}`).toEqual(JSON.parse(sources.stdout));
        expect(sources.stdout).toMatch(/"holidays":\s*\[\s*\{/);
      }
    }
  }, 60_000);
});
