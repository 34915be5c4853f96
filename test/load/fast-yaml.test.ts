// The fast path (js-yaml, src/load/fast-yaml.ts) must give exactly what the yaml path gives: the
// data, the errors and the position of every key and list item. Both are compared here on every
// fixture, the benchmark's files, hand-picked cases and mutated or generated texts (seeded
// fast-check: a failure prints its seed and path, and the same run reproduces it).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseYamlFast } from '../../src/load/fast-yaml.js';
import { parseYaml, parseYamlSlow, type ParseYamlOptions } from '../../src/load/parse-yaml.js';
import type { FieldPath } from '../../src/model/organisation.js';
// @ts-expect-error: a plain .mjs script without types
import { createRandom, generateLarge, generateSmall } from '../../scripts/bench-files.mjs';

const SEED = 20260601;

// The real fast path, watched: which reading parseYaml returned is then known, not assumed.
vi.mock('../../src/load/fast-yaml.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/load/fast-yaml.js')>();
  return { ...original, parseYamlFast: vi.fn(original.parseYamlFast) };
});

function listYaml(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return listYaml(path);
      return /\.ya?ml$/.test(name) ? [path] : [];
    });
}
const fixtures = listYaml('fixtures').map((path) => ({ path, text: readFileSync(path, 'utf8') }));

/** Every path to a value of `data`, and around each some that lead nowhere. */
function pathsOf(data: unknown, prefix: FieldPath = [], out: FieldPath[] = []): FieldPath[] {
  out.push(prefix);
  if (Array.isArray(data)) {
    data.forEach((item, i) => pathsOf(item, [...prefix, i], out));
    out.push([...prefix, data.length], [...prefix, -1], [...prefix, 'length'], [...prefix, '0']);
  } else if (typeof data === 'object' && data !== null) {
    for (const key of Object.keys(data)) pathsOf((data as Record<string, unknown>)[key], [...prefix, key], out);
    out.push([...prefix, 'not-written'], [...prefix, 0], [...prefix, 'toString'], [...prefix, 'not-written', 'deeper']);
  } else {
    out.push([...prefix, 'below'], [...prefix, 0]);
  }
  return out;
}

/** What differs between parseYaml and the yaml path alone (nothing, when they agree). */
function differences(text: string, options: ParseYamlOptions = {}): string[] {
  const auto = parseYaml(text, options);
  const slow = parseYamlSlow(text, options);
  const found: string[] = [];
  // isDeepStrictEqual: NaN equals NaN, -0 differs from 0, own __proto__ keys count.
  if (!isDeepStrictEqual(auto.data, slow.data)) found.push(`data ${JSON.stringify(auto.data)} ≠ ${JSON.stringify(slow.data)}`);
  if (!isDeepStrictEqual(auto.errors, slow.errors)) found.push(`errors ${JSON.stringify(auto.errors)} ≠ ${JSON.stringify(slow.errors)}`);
  const paths = slow.data === undefined ? [[], ['a'], [0]] : pathsOf(slow.data);
  for (const path of paths) {
    const [a, b] = [auto.locate(path), slow.locate(path)];
    if (!isDeepStrictEqual(a, b)) found.push(`locate ${JSON.stringify(path)} ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
  }
  return found;
}

const isFast = (text: string, maxDepth = 64): boolean => parseYamlFast(text, maxDepth) !== undefined;

describe('the fast YAML path', () => {
  it.each(fixtures.map((f) => [f.path, f.text]))('reads %s fast, exactly as yaml', (_path, text) => {
    expect(isFast(text)).toBe(true);
    expect(differences(text)).toEqual([]);
  });

  it("reads the benchmark's small and large files fast, exactly as yaml", () => {
    const random = createRandom(1000);
    const texts: string[] = [...Array.from({ length: 40 }, () => generateSmall(random) as string), generateLarge(createRandom(7))];
    for (const text of texts) {
      expect(isFast(text)).toBe(true);
      expect(differences(text)).toEqual([]);
    }
  });

  it('is what parseYaml returns when it answers, and parseYamlSlow never asks it', () => {
    const watched = vi.mocked(parseYamlFast);
    for (const { text } of fixtures.slice(0, 5)) {
      watched.mockClear();
      const parsed = parseYaml(text);
      expect(watched).toHaveBeenCalledTimes(1);
      expect(parsed).toBe(watched.mock.results[0].value);
      watched.mockClear();
      parseYamlSlow(text);
      expect(watched).not.toHaveBeenCalled();
    }
    // A text it refuses: parseYaml asked, then read it with yaml.
    watched.mockClear();
    const refused = parseYaml('a: &x 1\nb: *x\n');
    expect(watched.mock.results[0].value).toBeUndefined();
    expect(refused.data).toEqual({ a: 1, b: 1 });
  });

  it.each([
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['an anchor alone', 'a: &x 1\n'],
    ['an alias without anchor', 'a: *x\n'],
    ['an explicit tag', 'a: !!str 1\n'],
    ['the non-specific tag', 'a: ! 1\n'],
    ['a local tag', 'a: !local 1\n'],
    ["the fast path's own tag", 'a: !<tag:contact-audit,2026:core-scalar> 1\n'],
    ['a merge key', 'base: &b {x: 1}\nother:\n  <<: *b\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['an explicit key', '? a\n: 1\n'],
    ['an explicit key in a flow mapping', 'a: {? b : 1}\n'],
    ['a __proto__ key', '__proto__: 1\n'],
    ['a null key', '~: 1\n'],
    ['a null key spelled out', 'null: 1\n'],
    ['an empty flow key', 'a: {: 1}\n'],
    ['a sequence as key', '[1]: a\n'],
    ['a mapping as key', '{a: 1}: b\n'],
    ['a key over 1024 characters', `${'k'.repeat(1100)}: 1\n`],
    ['a flow key without value', 'a: {b}\n'],
    ['a pair in a flow sequence', 'a: [b: 1]\n'],
    ['a list item without value', 'a:\n  -\n  - x\n'],
    ['a tab', 'a:\t1\n'],
    ['a lone CR', 'a: 1\rb: 2\n'],
    ['a BOM inside the text', 'a: 1\n\ufeffb: 2\n'],
    ['a comment against a quote', 'a: "x"#c\n'],
    ['a comment against a bracket', 'a: {b: 1}#c\n'],
    ['content on the document marker line', '--- a: 1\n'],
    ['a block scalar with an indentation number', 'a: |2\n   x\n'],
    ['an empty block scalar', 'a: |\n\nb: 1\n'],
    ['an empty block scalar before a less indented comment', 'a: >-\n    \n  # c\nnext: 1\n'],
    ['a flow sequence less indented than its key', 'a:\n  b: [1,\n  2]\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['keys that are the same text', '1: a\n"1": b\n'],
    ['bad indentation', 'a: 1\n b: 2\n'],
    ['an unterminated string', 'a: "x\n'],
    ['a list at the top', '- a\n'],
    ['a scalar at the top', 'x\n'],
    ['only a comment', '# nothing\n'],
    ['nesting past the limit', 'a:\n- b:\n  - c:\n    - d:\n      - 1\n'],
  ])('leaves %s to yaml', (_name, text) => {
    expect(isFast(text, 6)).toBe(false);
    expect(differences(text)).toEqual([]);
    expect(differences(text, { maxDepth: 6 })).toEqual([]);
  });

  it('checks the exact depth, which the text pre-check underestimates', () => {
    // Sequences at their key's indentation: the pre-check counts 4 levels, there are 7.
    const text = 'a:\n- b:\n  - c:\n    - d: 1\n';
    expect(isFast(text, 7)).toBe(true);
    expect(isFast(text, 6)).toBe(false);
    const slow = parseYamlSlow(text, { maxDepth: 6 });
    expect(slow.errors[0].message).toBe('the file nests more than 6 levels deep');
    expect(parseYaml(text, { maxDepth: 6 }).errors).toEqual(slow.errors);
    expect(differences(text, { maxDepth: 7 })).toEqual([]);
  });

  it.each([
    ['keys, items and flow collections', 'a:\n  - b: 1\n    c: [x, {d: y}]\n  - - 1\n    - 2\nz: {q: [1, 2], r: {}}\n'],
    ['a list at its key’s indentation', 'a:\n- x\n- y: 1\nb: 2\n'],
    ['comments and blank lines', '# head\n\na: 1 # c\n\n  # indented\nb:\n  # before\n  - x # after\n\n  - y\n'],
    ['an indented top mapping', '  a: 1\n  b: [x]\n'],
    ['a flow mapping at the top', '  {a: 1, b: [x, {c: 2}]}\n# end\n'],
    ['the document markers', '---\na: 1\n...\n'],
    ['quoted keys and values', '"a b": \'it\'\'s\'\n\'c\' : "\\x41\\u00e9\\U0001F600\\n\\t"\n"": 1\n'],
    ['multi-line scalars', 'a: one\n  two\n\n  three\nb: "x\n  y \\\n  z"\nc: \'p\n\n  q\'\n'],
    ['block scalars', 'a: |\n  x\n\n   y\nb: >-\n  p\n  q\n\n  r\nc: |+\n  k\n\nd: >\n  m\n    n\n  o\n'],
    ['CRLF line ends', 'a: 1\r\nb:\r\n  - x\r\n  - "y\r\n    z"\r\nc: |\r\n  p\r\n  q\r\n'],
    ['characters beyond the BMP', '😀: 1\nb: 😀x\nc:\n  - 😀\n  - d: "😀\n     e"\n'],
    ['keys JavaScript orders itself', '2: a\n1: b\nx: c\n0x10: d\n1.50: e\n.inf: f\n'],
    ['keys named like Object methods', 'constructor: 1\ntoString: 2\nhasOwnProperty: 3\nvalueOf: [1]\n'],
    ['JSON-like pairs', 'a: {"b":1, "c": [ {"d":2} ]}\n"e" : 1\n'],
    ['empty values', 'a:\nb: []\nc: {}\nd: ""\ne: \'\'\n'],
    ['no final newline', 'a: 1\nb: [x, y]'],
  ])('reads %s fast, exactly as yaml', (_name, text) => {
    expect(isFast(text)).toBe(true);
    expect(differences(text)).toEqual([]);
  });

  it.each([
    ...['~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRue', 'false', 'yes', 'no', 'on', 'off', 'y'],
    ...['0', '-0', '+0', '007', '12', '+12', '-12', '9007199254740993', '100000000000000000000', '1_000', '1,000'],
    ...['0o17', '0o8', '0o', '-0o1', '0O17', '0x1F', '0x1f', '0x', '0x1g', '+0x1', '-0x1', '0X1F', '0b101'],
    ...['1.5', '1.50', '1.', '.5', '+.5', '-.5', '.', '+.', '1e3', '1E-3', '.5e2', '1.0e+3', '1e', 'e3', '.e3', '1e400', '12e03', '1_0.5'],
    ...['.inf', '.Inf', '.INF', '+.inf', '-.inf', '-.Inf', '.iNf', 'inf', '.nan', '.NaN', '.NAN', '-.nan', 'nan'],
    ...['2026-03-01', '2026-03-01T10:00:00Z', '12:30', '1:20', '80%', '20s', 'Mo-Fr 08:00-17:00', '-a', '+', 'x-y', 'é'],
  ])('resolves the plain scalar %s as the core schema does', (scalar) => {
    expect(isFast(`a: ${scalar}\n`)).toBe(true);
    // As a flow item and as a key too (a null key, `[-]`: left to yaml).
    expect(differences(`a: ${scalar}\nb: [${scalar}, x]\n${scalar}: key\n`)).toEqual([]);
  });

  it('resolves generated plain scalars as the core schema does', () => {
    const unit = fc.constantFrom(...'0123456789+-.eExXoOb_~nNuUlLtTrRfFaAsSiI: ');
    const digits = fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF_'), maxLength: 4 });
    // Numbers: a sign, a radix prefix, digits, a fraction, an exponent, each maybe.
    const numeric = fc
      .tuple(fc.constantFrom('', '+', '-'), fc.constantFrom('', '0o', '0x', '0b', '0O', '0X', '.', '0'), digits, fc.constantFrom('', '.', '.5', '.50', 'e3', 'E-2', 'e+1', 'e', '_0'))
      .map((parts) => parts.join(''))
      .filter((s) => s.length > 0);
    const words = fc.tuple(fc.constantFrom('', '+', '-', '.'), fc.constantFrom('inf', 'Inf', 'INF', 'iNf', 'nan', 'NaN', 'NAN', 'null', 'Null', 'true', 'True', 'TRUE', 'false', 'False', '~'));
    const radix = fc.tuple(fc.constantFrom('0o', '0x', '0O', '0X', '0b', '-0o', '+0x'), fc.string({ unit: fc.constantFrom(...'0178aF_g'), maxLength: 3 }));
    const scalars = fc.oneof(fc.string({ unit, minLength: 1, maxLength: 10 }), numeric, ...[words, radix].map((a) => a.map((parts) => parts.join(''))));
    fc.assert(
      fc.property(scalars, (scalar) => {
        expect(differences(`a: ${scalar}\nb: [${scalar}]\n`)).toEqual([]);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('agrees with yaml on mutated fixtures', () => {
    let fast = 0;
    fc.assert(
      fc.property(fc.constantFrom(...fixtures.map((f) => f.text)), fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.boolean(), (text, mutations, isCrlf) => {
        let mutated = mutate(text, mutations);
        if (isCrlf) mutated = mutated.replace(/\n/g, '\r\n');
        if (isFast(mutated)) fast++;
        expect(differences(mutated)).toEqual([]);
      }),
      { seed: SEED, numRuns: 400 },
    );
    // A comparison is worth something only where the fast path answered.
    expect(fast).toBeGreaterThan(100);
  });

  it('agrees with yaml on generated documents', () => {
    let fast = 0;
    fc.assert(
      fc.property(document, fc.boolean(), (text, isCrlf) => {
        const written = isCrlf ? text.replace(/\n/g, '\r\n') : text;
        if (isFast(written)) fast++;
        expect(differences(written)).toEqual([]);
      }),
      { seed: SEED, numRuns: 600 },
    );
    expect(fast).toBeGreaterThan(120);
  });
});

// Mutations of a fixture, each at a line chosen by a fraction of the file.
const INSERTS = [
  '0o17', '1_000', '+.5', '.Inf', '~', 'yes', '0x1F', '1e3', '"quoted"', "'single'", '|', '>-', '|\n  block', '{a: 1}', '[1, 2]',
  '# comment', 'x # comment', '\t', 'a\tb', '&a x', '*a', '!!str 1', '<<: {a: 1}', '? x', '- x', ': x', '---', '...', '%', '"x"#c',
  '[a: 1]', '{a}', 'null: 1', '2026-03-01', '12:30', '"multi\n  line"', 'é😀', '\u2028', '\r',
];
type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'indent'; at: number; by: number }
  | { kind: 'insert'; at: number; column: number; value: string }
  | { kind: 'value'; at: number; value: string }
  | { kind: 'line'; at: number; value: string };
const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const inserted = fc.oneof(fc.constantFrom(...INSERTS), fc.string({ maxLength: 6 }));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), at: fraction }),
  fc.record({ kind: fc.constant('indent' as const), at: fraction, by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fraction, column: fraction, value: inserted }),
  fc.record({ kind: fc.constant('value' as const), at: fraction, value: inserted }),
  fc.record({ kind: fc.constant('line' as const), at: fraction, value: inserted }),
);

function mutate(text: string, mutations: Mutation[]): string {
  const lines = text.split('\n');
  for (const m of mutations) {
    const i = Math.floor(m.at * lines.length);
    const line = lines[i] ?? '';
    if (m.kind === 'delete') lines.splice(i, 1);
    else if (m.kind === 'duplicate') lines.splice(i, 0, line);
    else if (m.kind === 'indent') lines[i] = m.by >= 0 ? ' '.repeat(m.by) + line : line.replace(new RegExp(`^ {0,${-m.by}}`), '');
    else if (m.kind === 'insert') {
      const column = Math.floor(m.column * (line.length + 1));
      lines[i] = line.slice(0, column) + m.value + line.slice(column);
    } else if (m.kind === 'value') {
      const colon = line.indexOf(': ');
      lines[i] = colon >= 0 ? line.slice(0, colon + 2) + m.value : line.replace(/^(\s*- ).*/, `$1${m.value}`);
    } else {
      lines.splice(i + 1, 0, /^\s*/.exec(line)![0] + m.value);
    }
  }
  return lines.join('\n');
}

// Generated documents: mostly valid YAML, with every scalar style, flow and block collections,
// comments, blank lines and the scalars where schemas differ.
const WORDS = [
  '0o17', '1_000', '+.5', '.Inf', '-.inf', '.NaN', '~', 'null', 'yes', 'no', 'True', 'FALSE', '0x1F', '0x', '1e3', '.5e2', '-0', '007', '1.',
  '1.50', '0b101', '2026-03-01', '12:30', 'Mo-Fr 08:00-17:00; PH off', '80%', 'a b', 'é', 'C#', 'http://x.be/#a', 'a:b', 'a,b', '-x', '?x',
];
const SAFE = [...'abcXYZ019 +-._~:#,/é=;()$\'"!&*?%@'];
const plain = fc.oneof(
  fc.constantFrom(...WORDS),
  fc
    .tuple(fc.constantFrom(...'abcXYZ019+-.~é('), fc.string({ unit: fc.constantFrom(...SAFE), maxLength: 8 }))
    .map(([first, rest]) => (first + rest).trimEnd())
    .filter((s) => !/ #|: |:$/.test(s)),
);
const quoted = fc.oneof(
  fc.string({ maxLength: 8 }).map((s) => JSON.stringify(s)),
  fc.string({ unit: fc.constantFrom(...SAFE, '\\n', '\\x41', '\\u00e9', '\\\\'), maxLength: 8 }).map((s) => `"${s.replace(/"/g, '\\"')}"`),
  fc.string({ unit: fc.constantFrom(...SAFE), maxLength: 8 }).map((s) => `'${s.replace(/'/g, "''")}'`),
);
const key = fc.oneof(fc.constantFrom('id', 'name', 'a b', '1', '0x1F', '1.0', 'true', '"q"', "'q'", '""', 'toString', '-', 'k:v'), plain);
const comment = fc.constantFrom('', '', ' # c', ' #', '  # x: y');
const blank = fc.constantFrom('', '', '\n', '\n# comment\n', '\n   \n', '\n  # indented\n');
function flow(depth: number): fc.Arbitrary<string> {
  const scalar = fc.oneof(plain.filter((s) => !/[,[\]{}]/.test(s)), quoted);
  if (depth === 0) return scalar;
  return fc.oneof(
    { weight: 3, arbitrary: scalar },
    fc.array(flow(depth - 1), { maxLength: 3 }).chain((items) => fc.constantFrom(', ', ',', ',\n    ').map((sep) => `[${items.join(sep)}]`)),
    fc.array(fc.tuple(key.filter((k) => !/[,[\]{}]/.test(k)), flow(depth - 1)), { maxLength: 3 }).map((pairs) => `{${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
  );
}
type Value = { inline?: string; block?: string };
function value(depth: number, indent: number): fc.Arbitrary<Value> {
  const inline = fc.oneof({ weight: 4, arbitrary: plain }, { weight: 2, arbitrary: quoted }, flow(2), fc.constant('')).map((v): Value => ({ inline: v }));
  if (depth === 0) return inline;
  const pad = ' '.repeat(indent + 2);
  return fc.oneof(
    { weight: 4, arbitrary: inline },
    fc
      .tuple(fc.constantFrom('|', '|-', '|+', '>', '>-', '>+'), fc.array(fc.tuple(fc.nat(2), plain), { minLength: 1, maxLength: 3 }), fc.constantFrom('', '\n'))
      .map(([header, lines, tail]): Value => ({ inline: header, block: lines.map(([extra, s]) => pad + ' '.repeat(extra) + s).join('\n') + tail })),
    fc.tuple(plain, plain).map(([first, next]): Value => ({ inline: first, block: pad + next })),
    mapping(depth - 1, indent + 2).map((block): Value => ({ block })),
    sequence(depth - 1, indent + 2).map((block): Value => ({ block })),
    sequence(depth - 1, indent).map((block): Value => ({ block })),
  );
}
function mapping(depth: number, indent: number): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(key, value(depth, indent), comment, blank), { minLength: 1, maxLength: 4 })
    .map((pairs) => pairs.map(([k, v, c, b]) => `${' '.repeat(indent)}${k}:${v.inline ? ` ${v.inline}` : ''}${c}${v.block === undefined ? '' : `\n${v.block}`}${b}`).join('\n'));
}
function sequence(depth: number, indent: number): fc.Arbitrary<string> {
  return fc.array(fc.tuple(value(depth, indent + 2), comment), { minLength: 1, maxLength: 3 }).map((items) =>
    items
      .map(([v, c]) =>
        v.inline === undefined
          ? `${' '.repeat(indent)}- ${v.block!.trimStart()}`
          : `${' '.repeat(indent)}-${v.inline ? ` ${v.inline}` : ''}${c}${v.block === undefined ? '' : `\n${v.block}`}`,
      )
      .join('\n'),
  );
}
const document = fc
  .tuple(fc.constantFrom('', '# head\n', '---\n', '\n'), mapping(3, 0), fc.constantFrom('\n', '', '\n...\n', '\n# end'))
  .map(([head, body, tail]) => head + body + tail);
