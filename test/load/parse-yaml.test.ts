import { describe, expect, it } from 'vitest';
import { findDeepNesting, parseYaml } from '../../src/load/parse-yaml.js';

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

describe('parseYaml', () => {
  it('reads a mapping and locates keys, list items and missing fields', () => {
    const text = 'version: 1\norganisation:\n  name: X\nchannels:\n  - id: phone\n    type: phone\n  - id: chat\n    target: { answered: 80%, within: 20s }\n';
    const parsed = parseYaml(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toMatchObject({ version: 1, organisation: { name: 'X' } });
    expect(parsed.locate([])).toEqual({ line: 1, column: 1 });
    expect(parsed.locate(['organisation', 'name'])).toEqual({ line: 3, column: 3 });
    expect(parsed.locate(['channels', 1])).toEqual({ line: 7, column: 5 });
    expect(parsed.locate(['channels', 1, 'target', 'within'])).toEqual({ line: 8, column: 30 });
    // Missing: the nearest written ancestor's key.
    expect(parsed.locate(['organisation', 'country'])).toEqual({ line: 2, column: 1 });
    expect(parsed.locate(['channels', 1, 'type'])).toEqual({ line: 7, column: 5 });
    expect(parsed.locate(['channels', 9, 'type'])).toEqual({ line: 4, column: 1 });
  });

  it('uses the YAML 1.2 core schema: dates and no/yes stay strings', () => {
    const parsed = parseYaml('a: 2025-03-01\nb: no\nc: yes\nd: true\ne: 0.8\n');
    expect(parsed.data).toEqual({ a: '2025-03-01', b: 'no', c: 'yes', d: true, e: 0.8 });
  });

  it('strips a BOM (bytes and string) and reads CRLF line ends', () => {
    const text = 'version: 1\r\norganisation:\r\n  name: X\r\n';
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    for (const input of [bytes, `\ufeff${text}`]) {
      const parsed = parseYaml(input);
      expect(parsed.errors).toEqual([]);
      expect(parsed.data).toEqual({ version: 1, organisation: { name: 'X' } });
      expect(parsed.locate(['organisation', 'name'])).toEqual({ line: 3, column: 3 });
    }
  });

  it.each([
    ['empty', '', /empty/],
    ['only whitespace', '  \n\n', /empty/],
    ['only a comment', '# nothing yet\n', /empty/],
    ['a list', '- a\n- b\n', /must be a YAML mapping/],
    ['a scalar', 'hello\n', /must be a YAML mapping/],
    ['two documents', 'a: 1\n---\nb: 2\n', /more than one YAML document/],
  ])('refuses %s', (_name, text, message) => {
    const parsed = parseYaml(text);
    expect(parsed.data).toBeUndefined();
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0].message).toMatch(message);
  });

  it('points at the second document', () => {
    expect(parseYaml('a: 1\n---\nb: 2\n').errors[0]).toMatchObject({ line: 2, column: 1 });
  });

  it('refuses binary input: NUL bytes and invalid UTF-8, with the position of the bad byte', () => {
    expect(parseYaml(new Uint8Array([0x61, 0x3a, 0x20, 0x00, 0x31])).errors[0].message).toMatch(/binary/);
    expect(parseYaml('a: \u0000').errors[0].message).toMatch(/binary/);
    const latin1 = new Uint8Array([...new TextEncoder().encode('a: 1\nname: Caf'), 0xe9, 0x0a]);
    const parsed = parseYaml(latin1);
    expect(parsed.errors[0]).toMatchObject({ line: 2, column: 10, hint: 'save the file as UTF-8' });
    expect(parsed.errors[0].message).toMatch(/not UTF-8/);
  });

  it('reports YAML syntax errors with line and column', () => {
    const parsed = parseYaml('version: 1\norganisation:\n  name: "unterminated\nchannels: []\n');
    expect(parsed.errors.length).toBeGreaterThan(0);
    expect(parsed.errors[0].line).toBeGreaterThanOrEqual(3);
    const flow = parseYaml('a: [1, 2\nb: 3\n');
    expect(flow.errors.length).toBeGreaterThan(0);
    for (const e of [...parsed.errors, ...flow.errors]) {
      expect(e.line).toBeGreaterThan(0);
      expect(e.column).toBeGreaterThan(0);
      expect(e.message).not.toMatch(/\n|    at /);
    }
  });

  it('refuses duplicate keys, pointing at the second', () => {
    const parsed = parseYaml('organisation:\n  name: A\n  name: B\n');
    expect(parsed.errors).toEqual([{ line: 3, column: 3, path: '', message: '`name` appears twice in the same mapping', hint: 'keep one of them' }]);
  });

  it('refuses an alias bomb quickly', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) lines.push(`l${i}: &l${i} [${Array(10).fill(i === 1 ? '*a' : `*l${i - 1}`).join(', ')}]`);
    const { result, ms } = timed(() => parseYaml(lines.join('\n')));
    expect(result.data).toBeUndefined();
    expect(result.errors[0].message).toMatch(/aliases/);
    expect(ms).toBeLessThan(1000);
  });

  it('accepts a few aliases', () => {
    const parsed = parseYaml('base: &h "Mo-Fr 08:00-17:00"\nother: *h\n');
    expect(parsed.data).toEqual({ base: 'Mo-Fr 08:00-17:00', other: 'Mo-Fr 08:00-17:00' });
  });

  it.each([
    ['flow sequences', '['.repeat(20000) + ']'.repeat(20000)],
    ['flow mappings', '{a: '.repeat(20000) + '1' + '}'.repeat(20000)],
    ['compact block sequences', `${'- '.repeat(20000)}1\n`],
    ['indented mappings', Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n'],
    ['flow inside a block', `a:\n  b: ${'['.repeat(70)}${']'.repeat(70)}\n`],
  ])('refuses deep nesting (%s) fast, without overflowing the stack', (_name, text) => {
    const { result, ms } = timed(() => parseYaml(text));
    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].message).toBe('the file nests more than 64 levels deep');
    expect(ms).toBeLessThan(1000);
  });

  it('does not count brackets in quotes, comments and block scalars as nesting', () => {
    const deep = '['.repeat(100);
    const text = `a: "${deep}"\nb: '${deep}'\nc: x # ${deep}\nd: |\n  ${deep}\n  ${deep}\ne: plain ${deep}\n`;
    expect(findDeepNesting(text, 64)).toBeUndefined();
    expect(parseYaml(text).errors).toEqual([]);
  });

  it('accepts nesting up to the limit', () => {
    expect(parseYaml(`a: ${'['.repeat(60)}${']'.repeat(60)}\n`).errors).toEqual([]);
  });

  it('keeps __proto__ as a plain key without polluting prototypes', () => {
    const parsed = parseYaml('__proto__: { polluted: yes }\nconstructor: { prototype: { polluted: yes } }\n');
    expect(parsed.errors).toEqual([]);
    const data = parsed.data as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((data as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('hints by what the file holds', () => {
  it('an organisation file gets hints about its fields; a configuration, rule pack or baseline only general ones', () => {
    const organisation = (text: string) => parseYaml(text, { lang: 'en' }).errors[0];
    const other = (text: string, lang: 'en' | 'nl' = 'en') => parseYaml(text, { lang, kind: 'other' }).errors[0];
    expect(organisation('- a\n').message).toContain('`organisation: …`');
    expect(other('- a\n')).toEqual({ line: 1, column: 1, path: '', message: 'the file must be a YAML mapping (`key: value` lines)' });
    expect(other('- a\n', 'nl').message).toBe('het bestand moet een YAML-mapping zijn (regels `sleutel: waarde`)');
    expect(organisation('').hint).toBeDefined();
    expect(other('   \n').hint).toBeUndefined();
    expect(organisation('a: 1\n---\nb: 2\n').hint).toMatch(/one organisation/);
    expect(other('a: 1\n---\nb: 2\n').hint).toBe('keep one document in the file, without a second `---`');
    expect(other('a: 1\n---\nb: 2\n', 'nl').hint).toBe('hou één document in het bestand, zonder tweede `---`');
    const deep = `${Array.from({ length: 80 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n`;
    expect(organisation(deep).hint).toMatch(/organisation file/);
    expect(other(deep).hint).toBeUndefined();
  });
});
