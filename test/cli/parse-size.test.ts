import { describe, expect, test } from 'vitest';
import { CliError } from '../../src/cli/io.js';
import { parseSize } from '../../src/cli/parse-size.js';

describe('parseSize', () => {
  test('bytes, SI units (powers of 1000) and IEC units (powers of 1024), in any case', () => {
    expect(parseSize('5000000')).toBe(5_000_000);
    expect(parseSize('50MB')).toBe(50_000_000);
    expect(parseSize('50MiB')).toBe(50 * 1024 * 1024);
    expect(parseSize('50mib')).toBe(50 * 1024 * 1024);
    expect(parseSize('1.5k')).toBe(1500);
    expect(parseSize('64 KiB')).toBe(65536);
    expect(parseSize('100b')).toBe(100);
    expect(parseSize('512MiB')).toBe(512 * 1024 * 1024);
  });

  test('refuses what is not a size, zero, and more than can be read at once, as a usage error', () => {
    for (const bad of ['', 'big', '-5', '0', '0.1', '5XB', '5 M B', '1e6']) {
      expect(() => parseSize(bad), bad).toThrow(CliError);
      expect(() => parseSize(bad), bad).toThrow(`--max-input-size takes a size such as 50MB, 50MiB or 5000000 (bytes), not "${bad}"`);
    }
    expect(() => parseSize('1GB')).toThrow('--max-input-size 1GB is more than 512MiB, the most a file can be read at once');
  });
});
