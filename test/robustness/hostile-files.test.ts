// Hostile files, each with the outcome it must have and a time bound. The bounds catch hangs and
// blow-ups (a quadratic step, an alias expanded a billion times), not speed: they are generous
// for a loaded two-core CI machine. Files are generated here, so none is committed, large or not.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { checkBytes, makeWorkDir, type CheckedFile } from './check-file.js';

// A file with no finding (exit 0), and one with many (exit 1) to compare findings with.
const fixture = readFileSync('fixtures/good-practice.yaml', 'utf8');
const flawed = readFileSync('fixtures/energie-vlaanderen.yaml', 'utf8');
const MiB = 1024 * 1024;

let work: ReturnType<typeof makeWorkDir>;
let plain: CheckedFile;
let plainFlawed: CheckedFile;
beforeAll(async () => {
  work = makeWorkDir();
  // Also loads every lazily imported module, so that no case below pays for that.
  plain = await checkBytes(work.dir, fixture);
  plainFlawed = await checkBytes(work.dir, flawed);
});
afterAll(() => work.remove());

async function hostile(content: string | Uint8Array, seconds: number, extra: string[] = []): Promise<CheckedFile> {
  const result = await checkBytes(work.dir, content, extra);
  expect(result.seconds, `took ${result.seconds.toFixed(2)} s`).toBeLessThan(seconds);
  return result;
}

function expectError(result: CheckedFile, message: RegExp, at?: { line: number; column?: number }): void {
  expect(result.code).toBe(2);
  expect(result.errors.map((e) => e.message)).toContainEqual(expect.stringMatching(message));
  if (at) expect(result.errors.find((e) => message.test(e.message))).toMatchObject(at);
}

/** The fixture with `insert` on a new line after the line that starts with `after`. */
function insertAfter(after: string, insert: string): string {
  const at = fixture.indexOf(after);
  expect(at).toBeGreaterThanOrEqual(0);
  const end = fixture.indexOf('\n', at) + 1;
  return fixture.slice(0, end) + insert + fixture.slice(end);
}

describe('hostile files', () => {
  test('the fixtures themselves: the baselines the others are compared with', () => {
    expect(plain.code).toBe(0);
    expect(plainFlawed.code).toBe(1);
    expect(plainFlawed.report.files[0].findings.length).toBeGreaterThan(5);
  });

  test('billion laughs: nine levels of nine aliases each are refused, not expanded', async () => {
    let text = 'version: 1\nextra:\n  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
    for (let i = 1; i <= 9; i++) text += `  l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]\n`;
    expectError(await hostile(text, 2), /expands aliases \(\*name\) more than 100 times/, { line: 1, column: 1 });
  });

  test('an alias bomb through merge keys is refused too', async () => {
    let text = 'version: 1\nextra:\n  m0: &m0 { a: 1, b: 2 }\n';
    for (let i = 1; i <= 30; i++) text += `  m${i}: &m${i} { <<: [*m${i - 1}, *m${i - 1}], k${i}: ${i} }\n`;
    const result = await hostile(text, 2);
    expect(result.code).toBe(2);
  });

  test('20,000-deep flow sequences and flow mappings stop at the depth limit, at the bracket', async () => {
    expectError(await hostile(`version: 1\nx: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`, 2), /nests more than 64 levels deep/, { line: 2, column: 67 });
    expectError(await hostile(`version: 1\nx: ${'{a: '.repeat(20_000)}1${'}'.repeat(20_000)}\n`, 2), /nests more than 64 levels deep/, { line: 2 });
  });

  test('20,000-deep block nesting: compact sequences on one line, and mappings as deep as fit in the size limit', async () => {
    expectError(await hostile(`version: 1\nx:\n  ${'- '.repeat(20_000)}x\n`, 2), /nests more than 64 levels deep/, { line: 3 });
    // One space more per level: 4,000 levels are 8 MB, under the 10 MiB limit.
    const lines = ['version: 1'];
    for (let i = 0; i < 4_000; i++) lines.push(`${' '.repeat(i)}a:`);
    const text = `${lines.join('\n')} 1\n`;
    expect(text.length).toBeLessThan(10 * MiB);
    expectError(await hostile(text, 5), /nests more than 64 levels deep/, { line: 66 });
  });

  test('a 30 MB file is refused by size before it is read, naming the flag that raises the limit', async () => {
    const big = `${flawed}# ${'x'.repeat(30 * MiB)}\n`;
    const result = await hostile(big, 5);
    expectError(result, /^org\.yaml is 30 MiB, larger than the limit of 10 MiB$/, { line: 1, column: 1 });
    expect(result.errors[0].hint).toMatch(/--max-input-size/);
    expect(result.stderr).toMatch(/org\.yaml:1:1 .*larger than the limit of 10 MiB/);
    // Raised, the same file is read and audited like the fixture it starts with.
    const raised = await hostile(big, 30, ['--max-input-size', '50MB']);
    expect(raised.code).toBe(plainFlawed.code);
    expect(raised.report.files[0].findings).toEqual(plainFlawed.report.files[0].findings);
  });

  // Opening a named pipe waits for a writer: without a non-blocking open, check hung for ever.
  test.skipIf(process.platform === 'win32')('a named pipe and an endless device are refused as not regular files, without waiting', async () => {
    execFileSync('mkfifo', [join(work.dir, 'pipe.yaml')]);
    for (const path of ['pipe.yaml', ...(existsSync('/dev/zero') ? ['/dev/zero'] : [])]) {
      const started = performance.now();
      const result = await runCli(['check', path, '--format', 'json'], { cwd: work.dir });
      expect(performance.now() - started).toBeLessThan(2000);
      expect(result.code).toBe(2);
      expect(JSON.parse(result.stdout).files[0].errors).toEqual([{ line: 1, column: 1, path: '', message: `${path} is not a regular file` }]);
    }
  });

  test('binary: seeded random bytes are refused as binary', async () => {
    const bytes = new Uint8Array(64 * 1024);
    let x = 7;
    for (let i = 0; i < bytes.length; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      bytes[i] = x >>> 24;
    }
    expectError(await hostile(bytes, 2), /binary file, not YAML text/, { line: 1, column: 1 });
  });

  test('a NUL in the middle of a good file makes it binary (a whole-file problem: line 1, column 1)', async () => {
    const middle = fixture.length >> 1;
    expectError(await hostile(`${fixture.slice(0, middle)}\u0000${fixture.slice(middle)}`, 2), /binary file.*NUL/, { line: 1, column: 1 });
  });

  test('invalid UTF-8 is refused at the bad byte, with a hint', async () => {
    const bytes = new TextEncoder().encode(fixture);
    const at = fixture.indexOf('Waterlink');
    const result = await hostile(new Uint8Array([...bytes.subarray(0, at), 0xc3, 0x28, ...bytes.subarray(at)]), 2);
    expectError(result, /not UTF-8 text/, { line: 6, column: 9 });
    expect(result.errors[0].hint).toBe('save the file as UTF-8');
  });

  test('a byte order mark and CRLF line ends change nothing: same exit, same findings at the same places', async () => {
    for (const variant of [`\ufeff${flawed}`, flawed.replace(/\n/g, '\r\n'), `\ufeff${flawed.replace(/\n/g, '\r\n')}`]) {
      const result = await hostile(variant, 2);
      expect(result.code).toBe(plainFlawed.code);
      expect(result.report.files[0].findings).toEqual(plainFlawed.report.files[0].findings);
    }
  });

  test('a key written twice is an error at the second one', async () => {
    expectError(await hostile(insertAfter('  region:', '  country: NL\n'), 2), /^`country` appears twice in the same mapping$/, { line: 9, column: 3 });
  });

  test('__proto__ keys are unknown keys like any other and pollute nothing', async () => {
    const text = `${insertAfter('  region:', '  __proto__: { polluted: yes }\n').replace('    type: phone\n', '    type: phone\n    __proto__:\n      type: email\n')}__proto__:\n  polluted: yes\n`;
    const result = await hostile(text, 2);
    expect(result.code).toBe(2);
    expect(result.errors.map((e) => e.path).sort()).toEqual(['__proto__', 'channels[0].__proto__', 'organisation.__proto__']);
    for (const e of result.errors) expect(e.message).toMatch(/unknown key `__proto__`/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  test('tabs for indentation are refused at the tab', async () => {
    const result = await hostile(fixture.replace('  name: Waterlink', '\tname: Waterlink'), 2);
    expect(result.code).toBe(2);
    expect(result.errors[0]).toMatchObject({ line: 6 });
    expect(result.errors[0].message).toMatch(/tab/i);
  });

  test('very long lines: a 5 MB name and a 5 MB comment are read like short ones', async () => {
    const name = await hostile(fixture.replace('  name: Waterlink Antwerpen', `  name: "${'W\\u00e9'.repeat(800_000)}"`), 5);
    expect(name.code).toBe(plain.code);
    const comment = await hostile(insertAfter('version: 1', `# ${'#'.repeat(5_000_000)}\n`), 5);
    expect(comment.code).toBe(plain.code);
    expect(comment.report.files[0].findings.map((f) => f.rule)).toEqual(plain.report.files[0].findings.map((f) => f.rule));
  });

  test('100,000 channels (presence only, under the size limit) are audited, in bounded time', async () => {
    const items = Array.from({ length: 100_000 }, (_, i) => `  - { id: p${i}, type: x, inbound: false, redirect: "Questions go to the webchat" }\n`).join('');
    const text = fixture.replace('channels:\n', `channels:\n${items}`);
    expect(text.length).toBeLessThan(10 * MiB);
    const result = await hostile(text, 60);
    expect(result.code).toBe(plain.code);
  }, 120_000);

  test('10,000 channels that each fail a rule: 10,000 findings, in bounded time (no search per finding)', async () => {
    const items = Array.from({ length: 10_000 }, (_, i) => `  - { id: e${i}, type: email }\n`).join('');
    const result = await hostile(fixture.replace('channels:\n', `channels:\n${items}`), 30);
    expect(result.code).toBe(1);
    expect(new Set(result.report.files[0].findings.filter((f) => f.subject?.startsWith('e')).map((f) => f.subject)).size).toBe(10_000);
  }, 60_000);
});
