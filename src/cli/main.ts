// The command line: commander wiring only. Every command returns its exit code (style.md, after
// ESLint's cli.execute): 0 ok, 1 a gate failed, 2 no report, 130 cancelled.
import { Command, CommanderError, Option } from 'commander';
import { CliError, type CliIo } from './io.js';
import { FORMAT_NAMES } from '../report/format-names.js';

declare const __VERSION__: string;
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0';

export async function run(argv: string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  let exitCode = 0;
  const program = new Command('contact-audit')
    .description("Audit an organisation's contact-type strategy: channels, hours, staffing, social media and policy.")
    .version(VERSION, '-V, --version')
    .option('--debug', 'print the stack of an unexpected error')
    .showHelpAfterError('(run contact-audit --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });

  const collect = (value: string, previous: string[] = []) => [...previous, value];
  program
    .command('check')
    .alias('audit')
    .description('audit organisation files (paths, directories or globs) and print a scored report')
    .argument('<file...>', 'organisation files (format version 1), directories or globs')
    .option('-f, --format <format>', `output format: ${FORMAT_NAMES.join(', ')}; repeat for several, \`-f sarif -o audit.sarif -f text\``, collect)
    .option('-o, --output <file>', 'write the format before it to this file (atomically) instead of standard output', collect)
    .addOption(new Option('--lang <lang>', 'language of the report').choices(['en', 'nl']).default('en'))
    .option('--date <YYYY-MM-DD>', "reference date (default: today in the organisation's zone)")
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity (default: error)').choices(['error', 'warning', 'info', 'never']))
    .option('--min-score <n>', 'exit 1 when a score is below n (0-100)')
    .option('--require-complete', 'exit 1 when a rule could not be assessed for lack of a field')
    .option('--min-category-score <category=n>', 'exit 1 when that category scores below n (repeatable)', collect)
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings')
    .option('--baseline <file>', 'fail only on findings that are not in this baseline')
    .option('--update-baseline', 'write the current findings to the --baseline file')
    .option('-c, --config <file>', 'configuration file (default: .contact-audit.yaml, from here upwards)')
    .option('--rules <dir>', 'load an extra rule pack from this folder (repeatable)', collect)
    .option('--no-color', 'no colour in the text report')
    .action(async (files: string[], options) => {
      const { runCheck } = await import('./check-command.js');
      exitCode = await runCheck(files, options, io, argv);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the organisation file (or, with --report, of the JSON report)')
    .option('--report', 'the schema of `check --format json` output')
    .action(async (options: { report?: boolean }) => {
      const { runSchema } = await import('./schema-command.js');
      exitCode = runSchema(options, io);
    });

  try {
    if (argv.length === 0) {
      io.stdout.write(program.helpInformation());
      return 2;
    }
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors were already printed.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof CliError) {
      io.stderr.write(`contact-audit: ${error.message}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr.write(`contact-audit: internal error: ${detail}\nThis is a bug; please report it with the input that caused it.${debug ? '' : ' Run again with --debug for details.'}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return 2;
  }
}
