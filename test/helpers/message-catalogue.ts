// The checks every message catalogue passes (src/load/bind-texts.ts): a Dutch text of its own for
// every entry, taking the same arguments as the English one and keeping each of them as written.
import { expect } from 'vitest';
import type { Catalogue } from '../../src/load/bind-texts.js';

export function expectBothLanguages(catalogue: Catalogue): void {
  const entries = Object.entries(catalogue);
  expect(entries.length).toBeGreaterThan(0);
  for (const [id, message] of entries) {
    expect(typeof message.en, id).toBe('function');
    expect(typeof message.nl, id).toBe('function');
    expect(message.nl.length, id).toBe(message.en.length);
    const args = Array.from({ length: message.en.length }, (_, i) => `ARG${i}`);
    const en: string = message.en(...args);
    const nl: string = message.nl(...args);
    expect(nl, id).not.toBe(en);
    expect(nl.trim(), id).not.toBe('');
    const quoted = (text: string) => [...new Set(text.match(/ARG\d/g) ?? [])].sort();
    expect(quoted(nl), id).toEqual(quoted(en));
    expect(quoted(en), id).toEqual(args);
  }
}
