import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { checkBytes, makeWorkDir } from './check-file.js';
const fixture = readFileSync('fixtures/good-practice.yaml', 'utf8');
const cases: Record<string, () => string | Uint8Array> = {
  laughs: () => { let s = 'version: 1\nextra:\n  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'; for (let i = 1; i < 10; i++) s += `  ${String.fromCharCode(97+i)}: &${String.fromCharCode(97+i)} [${Array(9).fill('*'+String.fromCharCode(96+i)).join(',')}]\n`; return s; },
  flow: () => 'version: 1\nx: ' + '['.repeat(20000) + ']'.repeat(20000) + '\n',
  flowmap: () => 'version: 1\nx: ' + '{a: '.repeat(20000) + '1' + '}'.repeat(20000) + '\n',
  blockseq: () => 'version: 1\nx:\n  ' + '- '.repeat(20000) + 'x\n',
  blockmap: () => 'version: 1\n' + Array.from({ length: 20000 }, (_, i) => ' '.repeat(i) + 'a:').join('\n').slice(0, 9e6) + '\n',
  big: () => fixture + '#' + 'x'.repeat(30 * 1024 * 1024) + '\n',
  bom: () => '\ufeff' + fixture,
  crlf: () => fixture.replace(/\n/g, '\r\n'),
  dup: () => fixture.replace('  region: Vlaanderen\n', '  region: Vlaanderen\n  country: NL\n'),
  proto: () => fixture.replace('  region: Vlaanderen\n', '  region: Vlaanderen\n  __proto__: { polluted: yes }\n') + '__proto__:\n  polluted: yes\n',
  protoch: () => fixture.replace('    type: phone\n', '    type: phone\n    __proto__: { type: email }\n'),
  utf8: () => { const b = new TextEncoder().encode(fixture); const i = fixture.indexOf('Waterlink'); return new Uint8Array([...b.subarray(0, i), 0xc3, 0x28, ...b.subarray(i)]); },
  nul: () => fixture.slice(0, 500) + '\u0000' + fixture.slice(500),
  longline: () => fixture.replace('  name: Waterlink Antwerpen', '  name: ' + 'W'.repeat(5_000_000)),
  longflow: () => fixture.replace('  languages: [nl, fr]', '  languages: [' + Array(500000).fill('nl').join(', ') + ']'),
  many: () => fixture.replace('channels:\n', 'channels:\n' + Array.from({ length: 100000 }, (_, i) => `  - { id: c${i}, type: email }\n`).join('')),
  tabs: () => fixture.replace('  name: Waterlink', '\tname: Waterlink'),
  binary: () => { const b = new Uint8Array(4096); let x = 7; for (let i = 0; i < b.length; i++) { x = (x * 1103515245 + 12345) >>> 0; b[i] = x >>> 24; } return b; },
};
test('probe', async () => {
  const w = makeWorkDir();
  for (const [name, make] of Object.entries(cases)) {
    const c = make();
    const r = await checkBytes(w.dir, c);
    console.log(name, c.length, r.code, r.seconds.toFixed(2), JSON.stringify(r.errors.slice(0, 2)).slice(0, 300), ({} as any).polluted);
  }
}, 200000);
