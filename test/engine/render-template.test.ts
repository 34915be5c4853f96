// renderTemplate splits each template once and joins; it must fill exactly as a regular
// expression replace does, unknown names left as written. fingerprintOf caches; same hashes.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fingerprintOf } from '../../src/engine/evaluate-rules.js';
import { renderTemplate } from '../../src/engine/render-message.js';

describe('renderTemplate', () => {
  test('fills as a replace over /\\{([a-z_][a-z0-9_]*)\\}/gi does', () => {
    const values = { hours: '4 h', share: 0.5, n: 3, Name: 'x' } as const;
    const pieces = ['{hours}', '{share}', '{n}', '{Name}', '{missing}', '{', '}', '{1x}', '{ a }', 'tekst ', '→', '{{hours}}', ''];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), fc.constantFrom('en', 'nl'), (parts, lang) => {
        const template = parts.join('');
        const expected = template.replace(/\{([a-z_][a-z0-9_]*)\}/gi, (whole, name: string) => (name in values ? renderTemplate(`{${name}}`, values, lang) : whole));
        expect(renderTemplate(template, values, lang)).toBe(expected);
      }),
      { numRuns: 1000, seed: 11 },
    );
    expect(renderTemplate('open {hours}, {missing} stays', { hours: '4 h' }, 'en')).toBe('open 4 h, {missing} stays');
  });
});

describe('fingerprintOf', () => {
  test('is the first 16 hex digits of sha256(rule, subject, message id), asked once or many times', () => {
    const expected = createHash('sha256').update('chat-visibility\u0000chat\u0000default').digest('hex').slice(0, 16);
    expect(fingerprintOf('chat-visibility', 'chat', undefined)).toBe(expected);
    expect(fingerprintOf('chat-visibility', 'chat', undefined)).toBe(expected);
    expect(fingerprintOf('chat-visibility', null, 'x')).toBe(createHash('sha256').update('chat-visibility\u0000\u0000x').digest('hex').slice(0, 16));
  });

  test('hashes any rule, subject and message id as node:crypto does (baselines written before keep matching)', () => {
    const part = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 }));
    fc.assert(
      fc.property(part, fc.option(part, { nil: null }), fc.option(part, { nil: undefined }), (rule, subject, message) => {
        const expected = createHash('sha256').update(`${rule}\u0000${subject ?? ''}\u0000${message ?? 'default'}`).digest('hex').slice(0, 16);
        expect(fingerprintOf(rule, subject, message)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
