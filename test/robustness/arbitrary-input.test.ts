// Property-based: whatever the bytes, `check` ends with 0, 1 or 2, never throws, never prints a
// stack, and every error it reports has a line, a column and a message. Seeded: a failure prints
// its seed and path, and the same run reproduces it (fc.assert's `seed` and `path`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkBytes, makeWorkDir } from './check-file.js';

const SEED = 20261123;
const fixtures = readdirSync('fixtures')
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => readFileSync(join('fixtures', name), 'utf8'));

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number; other: number }
  | { kind: 'scalar'; at: number; value: string }
  | { kind: 'bytes'; at: number; bytes: Uint8Array }
  | { kind: 'truncate'; at: number }
  | { kind: 'indent'; at: number; by: number };

// Positions are fractions of the file, so that one mutation fits any fixture.
const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
// Values a scalar could plausibly be changed to: other types, bad units, YAML syntax, nothing.
const scalar = fc.oneof(
  fc.constantFrom('', '~', 'null', 'true', 'no', '-1', '0', '1e309', '150%', '-5%', '4m', '0s', '999999h', '[]', '{}', '[a, b', '"unterminated', '&a x', '*a', '*nope', '!!binary AAAA', '!custom x', '|', '>-', '@', '`', '%', ': x', '- x', '"Mo-Fr 25:00-26:00"', '"Mo-Fr 08:00-18:00; PH off"', '"24/7"', 'Xx-Yy', '2026-02-30'),
  fc.string({ maxLength: 20 }),
  fc.integer().map(String),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fraction }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fraction }),
  fc.record({ kind: fc.constant('swap' as const), at: fraction, other: fraction }),
  fc.record({ kind: fc.constant('scalar' as const), at: fraction, value: scalar }),
  fc.record({ kind: fc.constant('bytes' as const), at: fraction, bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
  fc.record({ kind: fc.constant('indent' as const), at: fraction, by: fc.integer({ min: -4, max: 4 }) }),
);

function mutate(source: string, mutations: Mutation[]): Uint8Array {
  let lines = source.split('\n');
  let bytes: Uint8Array | undefined;
  const pick = (at: number) => Math.floor(at * lines.length);
  for (const m of mutations) {
    if (bytes !== undefined) {
      // Once raw bytes are in, the text may not be UTF-8 any more: keep mutating bytes.
      const cut = Math.floor(m.at * bytes.length);
      bytes = m.kind === 'truncate' ? bytes.subarray(0, cut) : m.kind === 'bytes' ? concat(bytes.subarray(0, cut), m.bytes, bytes.subarray(cut)) : bytes;
      continue;
    }
    const i = pick(m.at);
    switch (m.kind) {
      case 'delete':
        lines.splice(i, 1);
        break;
      case 'duplicate':
        lines.splice(i, 0, lines[i] ?? '');
        break;
      case 'swap': {
        const j = pick(m.other);
        [lines[i], lines[j]] = [lines[j], lines[i]];
        break;
      }
      case 'scalar': {
        // The value after the first `: ` or `- ` of the line, else the whole line's content.
        const line = lines[i] ?? '';
        const match = /^(\s*(?:- )?[^:#]*:\s|\s*- )/.exec(line);
        lines[i] = match ? `${match[1]}${m.value}` : `${line.match(/^\s*/)![0]}${m.value}`;
        break;
      }
      case 'indent': {
        const line = lines[i] ?? '';
        lines[i] = m.by >= 0 ? `${' '.repeat(m.by)}${line}` : line.replace(new RegExp(`^ {0,${-m.by}}`), '');
        break;
      }
      case 'truncate': {
        const text = lines.join('\n');
        lines = text.slice(0, Math.floor(m.at * text.length)).split('\n');
        break;
      }
      case 'bytes': {
        const text = new TextEncoder().encode(lines.join('\n'));
        const cut = Math.floor(m.at * text.length);
        bytes = concat(text.subarray(0, cut), m.bytes, text.subarray(cut));
        break;
      }
    }
  }
  return bytes ?? new TextEncoder().encode(lines.join('\n'));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

let work: ReturnType<typeof makeWorkDir>;
beforeAll(() => {
  work = makeWorkDir();
});
afterAll(() => work.remove());

describe('check on arbitrary input', () => {
  test('arbitrary text (unicode, YAML-ish tokens) never breaks it', async () => {
    const token = fc.constantFrom('version: 1\n', 'channels:\n', '  - ', 'id: x\n', ': ', '- ', '[', ']', '{', '}', ',', '&a ', '*a ', '<<: *a\n', '? ', '|\n', '"', "'", '#', '\t', '\r\n', '---\n', '...\n', '%YAML 1.2\n', '!!str ', '__proto__: 1\n', 'constructor: ', '\ufeff');
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(token, { maxLength: 40 }).map((t) => t.join('')));
    await fc.assert(fc.asyncProperty(text, async (content) => void (await checkBytes(work.dir, content))), { seed: SEED, numRuns: 120 });
  });

  test('arbitrary bytes never break it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (content) => void (await checkBytes(work.dir, content))),
      { seed: SEED, numRuns: 80 },
    );
  });

  test('valid files, mutated (lines deleted, duplicated, swapped, re-indented; scalars changed; bytes inserted; truncated), never break it', async () => {
    const codes = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: fixtures.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (index, mutations) => {
        const { code } = await checkBytes(work.dir, mutate(fixtures[index], mutations));
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }),
      { seed: SEED, numRuns: 200 },
    );
    // The mutations must leave some files valid (audited to the end) and break others.
    expect((codes.get(0) ?? 0) + (codes.get(1) ?? 0), JSON.stringify([...codes])).toBeGreaterThan(20);
    expect(codes.get(2) ?? 0, JSON.stringify([...codes])).toBeGreaterThan(20);
  });
});
