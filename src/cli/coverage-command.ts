// `contact-audit coverage <file>`: the week analysed as a grid per channel, and the public
// holidays in the coming year on which published and staffed hours disagree.
import { Chalk } from 'chalk';
import { buildCoverageGrid } from '../coverage/build-coverage-grid.js';
import type { Lang } from '../model/rule.js';
import { formatCoverageGrid } from '../report/coverage-grid.js';
import { computeCoverage } from '../time/compute-coverage.js';
import { todayInZone } from '../time/zoned-time.js';
import { colourLevel } from './check-command.js';
import { cliTexts } from './cli-messages.js';
import { CliError, type CliIo } from './io.js';
import { isIsoDate } from '../load/values.js';
import { readOrganisation, requireChannel } from './read-organisation.js';

export interface CoverageOptions {
  date?: string;
  slot: string;
  channel?: string;
  format: 'text' | 'json';
  lang: Lang;
  /** refuse a larger file: `50MB`, `50MiB`, bytes */
  maxInputSize?: string;
  color: boolean;
}

export function parseSlot(value: string, lang: Lang = 'en'): 30 | 60 {
  const normalised = value.trim().toLowerCase();
  if (['30m', '30min', '0.5h'].includes(normalised)) return 30;
  if (['60m', '60min', '1h'].includes(normalised)) return 60;
  throw new CliError(cliTexts(lang).slotTakes(value));
}

export async function runCoverage(file: string, options: CoverageOptions, io: CliIo, now: number = Date.now()): Promise<number> {
  if (options.date !== undefined && !isIsoDate(options.date)) {
    throw new CliError(cliTexts(options.lang).dateTakes(options.date));
  }
  const slotMinutes = parseSlot(options.slot, options.lang);
  const org = await readOrganisation(file, io, options.lang, options.maxInputSize);
  requireChannel(org, options.channel, options.lang);
  const date = options.date ?? todayInZone(org.organisation.timezone, now);
  const coverage = computeCoverage(org, date);
  const grid = buildCoverageGrid(org, coverage, { slotMinutes, channel: options.channel });
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify({ file, reference_date: date, ...grid }, null, 2)}\n`);
    return 0;
  }
  const chalk = new Chalk({ level: colourLevel(io, options.color) });
  io.stdout.write(formatCoverageGrid(grid, { chalk, lang: options.lang }));
  return 0;
}
