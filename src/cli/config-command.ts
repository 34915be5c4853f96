// `contact-audit config --print`: the effective configuration for `check` run from here with the
// same flags, each value with where it came from.
import { readConfigFlags, type ConfigFlagOptions } from '../config/config-flags.js';
import { printConfig } from '../config/print-config.js';
import { resolveConfig } from '../config/resolve-config.js';
import type { Lang } from '../model/rule.js';
import { cliTexts } from './cli-messages.js';
import { CliError, type CliIo } from './io.js';

export interface ConfigOptions extends ConfigFlagOptions {
  print?: boolean;
  /** the language of the errors; the printed configuration is YAML with English comments */
  lang?: Lang;
}

export async function runConfig(options: ConfigOptions, io: CliIo): Promise<number> {
  const lang = options.lang ?? 'en';
  if (!options.print) throw new CliError(cliTexts(lang).configSayWhat());
  const config = await resolveConfig(readConfigFlags(options), { cwd: io.cwd, lang });
  io.stdout.write(printConfig(config.sources));
  return 0;
}
