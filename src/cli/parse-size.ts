// `--max-input-size 50MB`: a size as people write it → bytes. SI units are powers of 1000 and
// IEC units powers of 1024, as their names say; a bare number is bytes.
import type { Lang } from '../model/rule.js';
import { cliTexts } from './cli-messages.js';
import { CliError } from './io.js';

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1000,
  kb: 1000,
  kib: 1024,
  m: 1000 ** 2,
  mb: 1000 ** 2,
  mib: 1024 ** 2,
  g: 1000 ** 3,
  gb: 1000 ** 3,
  gib: 1024 ** 3,
};

/** V8 cannot hold a much longer string: a larger file would fail later, less clearly. */
const MAX_SIZE = 512 * 1024 ** 2;

export function parseSize(value: string, flag = '--max-input-size', lang: Lang = 'en'): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = match ? UNITS[match[2].toLowerCase()] : undefined;
  const bytes = match && unit !== undefined ? Math.floor(Number(match[1]) * unit) : Number.NaN;
  if (!Number.isFinite(bytes) || bytes < 1) {
    throw new CliError(cliTexts(lang).sizeTakes(flag, value));
  }
  if (bytes > MAX_SIZE) throw new CliError(cliTexts(lang).sizeTooLarge(flag, value));
  return bytes;
}
