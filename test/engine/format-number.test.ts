// Figures in messages are written without Intl (render-message.ts): they must read exactly as
// Intl.NumberFormat writes them in en-GB and nl-BE, for every kind of number a check produces.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatNumber, writeDecimal } from '../../src/engine/render-message.js';

const LOCALES = { en: 'en-GB', nl: 'nl-BE' } as const;

function intl(value: number, lang: 'en' | 'nl', maxDecimals: number): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: maxDecimals }).format(value);
}

describe('formatNumber', () => {
  const lang = fc.constantFrom<'en' | 'nl'>('en', 'nl');
  const decimals = fc.integer({ min: 0, max: 6 });
  // Shares, minutes, hours, contacts: decimals with halves, nines that carry, large and tiny values.
  const number = fc.oneof(
    fc.double({ noNaN: false }),
    fc.double({ min: -1e7, max: 1e7, noNaN: true }),
    fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000),
    fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 100 + 0.005),
    fc.integer({ min: 0, max: 100_000 }).map((n) => n / 20),
    fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 3),
    fc.integer({ min: 1, max: 12 }).map((n) => 10 ** n - 0.05),
    fc.constantFrom(0, -0, 1.15, 2.25, 999.95, 9999.999, 0.05, -0.04, 1e21, 1e-7, 123456789.125, Infinity, -Infinity, NaN),
  );

  test('writes what Intl.NumberFormat writes in en-GB and nl-BE', () => {
    fc.assert(
      fc.property(number, lang, decimals, (value, l, d) => {
        expect(formatNumber(value, l, d)).toBe(intl(value, l, d));
      }),
      { numRuns: 20_000 },
    );
  });

  test('leaves to Intl only what JavaScript writes with an exponent, NaN and the infinities', () => {
    expect(writeDecimal(1234.5, 1, ',', '.')).toBe('1,234.5');
    expect(writeDecimal(-999.95, 1, '.', ',')).toBe('-1.000');
    expect(writeDecimal(-0.04, 1, ',', '.')).toBe('-0');
    expect(writeDecimal(1e21, 1, ',', '.')).toBeUndefined();
    expect(writeDecimal(1e-7, 1, ',', '.')).toBeUndefined();
    expect(writeDecimal(NaN, 1, ',', '.')).toBeUndefined();
    expect(writeDecimal(-Infinity, 1, ',', '.')).toBeUndefined();
  });
});
