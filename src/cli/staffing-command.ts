// `contact-audit staffing <file>`: Erlang C at peak per channel, around the staffing the target
// needs, with what-if inputs that change the file's figures without editing it.
import { Chalk } from 'chalk';
import type { Lang } from '../model/rule.js';
import { describeStaffingNote, formatStaffingTable } from '../report/staffing-table.js';
import { parseWhatIf } from '../staffing/parse-what-if.js';
import { planStaffing } from '../staffing/plan-staffing.js';
import { colourLevel } from './check-command.js';
import { cliTexts } from './cli-messages.js';
import { CliError, type CliIo } from './io.js';
import { readOrganisation, requireChannel } from './read-organisation.js';

export interface StaffingOptions {
  channel?: string;
  volume?: string;
  handleTime?: string;
  target?: string;
  agents?: string[];
  format: 'text' | 'json';
  lang: Lang;
  /** refuse a larger file: `50MB`, `50MiB`, bytes */
  maxInputSize?: string;
  color: boolean;
}

export async function runStaffing(file: string, options: StaffingOptions, io: CliIo): Promise<number> {
  const org = await readOrganisation(file, io, options.lang, options.maxInputSize);
  requireChannel(org, options.channel, options.lang);
  const whatIf = parseWhatIf(options, org.teams.map((t) => t.id));
  if (!whatIf.ok) {
    for (const error of whatIf.errors.slice(0, -1)) io.stderr.write(`contact-audit: ${error}\n`);
    throw new CliError(whatIf.errors[whatIf.errors.length - 1]);
  }
  const plan = planStaffing(org, whatIf.value, { channel: options.channel });
  if (options.channel !== undefined && plan.channels.length === 0) {
    const reason = plan.skipped[0]?.reason;
    const t = cliTexts(options.lang);
    throw new CliError(reason === 'no-target' ? t.channelNoTarget(options.channel) : t.channelNoPeak(options.channel));
  }
  if (options.format === 'json') {
    const channels = plan.channels.map((channel) => ({
      ...channel,
      notes: channel.notes.map((code) => ({ code, text: describeStaffingNote(code, channel, options.lang) })),
    }));
    io.stdout.write(`${JSON.stringify({ file, ...plan, channels }, null, 2)}\n`);
    return 0;
  }
  const chalk = new Chalk({ level: colourLevel(io, options.color) });
  io.stdout.write(formatStaffingTable(plan, { chalk, lang: options.lang }));
  return 0;
}
