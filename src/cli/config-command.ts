// `contact-audit config --print`: the effective configuration for `check` run from here with the
// same flags, each value with where it came from.
import { readConfigFlags, type ConfigFlagOptions } from '../config/config-flags.js';
import { printConfig } from '../config/print-config.js';
import { resolveConfig } from '../config/resolve-config.js';
import { CliError, type CliIo } from './io.js';

export interface ConfigOptions extends ConfigFlagOptions {
  print?: boolean;
}

export async function runConfig(options: ConfigOptions, io: CliIo): Promise<number> {
  if (!options.print) throw new CliError('config: say what to do: --print shows the effective configuration');
  const config = await resolveConfig(readConfigFlags(options), { cwd: io.cwd, lang: 'en' });
  io.stdout.write(printConfig(config.sources));
  return 0;
}
