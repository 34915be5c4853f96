// The command line: commander wiring only. Every command returns its exit code (style.md, after
// ESLint's cli.execute): 0 ok, 1 a gate failed, 2 no report, 130 cancelled.
import { CommanderError, Option } from 'commander';
import { cliTexts } from './cli-messages.js';
import { CliError, type CliIo } from './io.js';
import { LocalisedCommand, usageLang } from './localised-command.js';
import { FORMAT_NAMES } from '../report/format-names.js';

declare const __VERSION__: string;
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0';

export { lowerBackgroundPriority } from './thread-priority.js';
export { WORKER_ARGUMENT } from './worker-argument.js';

/** The body of an audit worker thread (bin/ runs it when a parallel `check` starts one). */
export async function runAuditWorker(): Promise<void> {
  const { runAuditWorker: start } = await import('./audit-worker.js');
  await start();
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  let exitCode = 0;
  // commander's own usage errors in the language asked for (localised-command.ts).
  const lang = usageLang(argv);
  const program = new LocalisedCommand('contact-audit', lang)
    .description("Audit an organisation's contact-type strategy: channels, hours, staffing, social media and policy.")
    .version(VERSION, '-V, --version')
    .option('--debug', 'print the stack of an unexpected error')
    .showHelpAfterError(cliTexts(lang).helpPointer())
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });

  program
    .command('staffing')
    .description('Erlang C staffing at peak per channel: a table around the agents needed, with what-if inputs')
    .argument('<file>', 'organisation file (format version 1)')
    .option('--channel <id>', 'only this channel (flags may then supply a missing peak or target)')
    .option('--volume <change>', 'contacts per hour: +20% / -10% (relative) or 150 (absolute)')
    .option('--handle-time <duration>', 'average handle time, e.g. 6m or 240s')
    .option('--target <share/duration>', 'service level target, e.g. 90%/15s')
    .option('--agents <team=N>', "set a team's agents (repeatable)", (value: string, previous: string[] = []) => [...previous, value])
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('--lang <lang>', 'language of the table').choices(['en', 'nl']).default('en'))
    .option('--max-input-size <size>', 'refuse a file larger than this: 50MB, 50MiB or bytes (default 10MiB)')
    .option('--no-color', 'no colour')
    .action(async (file: string, options) => {
      const { runStaffing } = await import('./staffing-command.js');
      exitCode = await runStaffing(file, options, io);
    });

  program
    .command('coverage')
    .description('the week as a grid per channel: published, staffed and the gaps; holidays where they disagree')
    .argument('<file>', 'organisation file (format version 1)')
    .option('--date <YYYY-MM-DD>', "a date in the week to show (default: today in the organisation's zone)")
    .option('--slot <duration>', 'cell size: 1h or 30m', '1h')
    .option('--channel <id>', 'only this channel')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('--lang <lang>', 'language of the grid').choices(['en', 'nl']).default('en'))
    .option('--max-input-size <size>', 'refuse a file larger than this: 50MB, 50MiB or bytes (default 10MiB)')
    .option('--no-color', 'no colour')
    .action(async (file: string, options) => {
      const { runCoverage } = await import('./coverage-command.js');
      exitCode = await runCoverage(file, options, io);
    });

  program
    .command('init')
    .alias('interview')
    .description('answer questions and write an organisation file, then audit it')
    .argument('[file]', 'the organisation file to write (default: organisation.yaml)')
    .addOption(new Option('--lang <lang>', 'language of the questions').choices(['en', 'nl']))
    .option('--resume', 'continue the questionnaire where it stopped (from <file>.draft.json)')
    .option('--from <file>', "ask the questions with this organisation file's values as defaults")
    .option('--answers <file>', 'take the answers from this YAML or JSON file (keyed by question id), without asking')
    .option('--force', 'replace an existing file without asking')
    .option('--list-questions', 'list the question ids that --answers takes')
    .action(async (file: string | undefined, options) => {
      const { runInit } = await import('./init-command.js');
      exitCode = await runInit(file, options, io);
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
    .option('--max-input-size <size>', 'refuse a file larger than this: 50MB, 50MiB or bytes (default 10MiB)')
    .option('--concurrency <n>', 'worker threads for many files: auto (from 40 files, with 4 cores or more), off, or a number', 'auto')
    .option('--no-color', 'no colour in the text report')
    .action(async (files: string[], options) => {
      const { runCheck } = await import('./check-command.js');
      exitCode = await runCheck(files, options, io, argv);
    });

  program
    .command('config')
    .description('show the configuration `check` would use from here, and where each value came from')
    .option('--print', 'print the effective configuration as YAML, each value annotated with its origin')
    .option('-c, --config <file>', 'configuration file (default: .contact-audit.yaml, from here upwards)')
    .option('--rules <dir>', 'load an extra rule pack from this folder (repeatable)', collect)
    .addOption(new Option('--fail-on <severity>', 'as for check').choices(['error', 'warning', 'info', 'never']))
    .option('--min-score <n>', 'as for check')
    .option('--min-category-score <category=n>', 'as for check (repeatable)', collect)
    .option('--max-warnings <n>', 'as for check')
    .option('--require-complete', 'as for check')
    .addOption(new Option('--lang <lang>', 'language of the error messages').choices(['en', 'nl']).default('en'))
    .action(async (options) => {
      const { runConfig } = await import('./config-command.js');
      exitCode = await runConfig(options, io);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the organisation file (or, with --report, of the JSON report)')
    .option('--report', 'the schema of `check --format json` output')
    .action(async (options: { report?: boolean }) => {
      const { runSchema } = await import('./schema-command.js');
      exitCode = runSchema(options, io);
    });

  // The options belong to `rules` and hold for `rules show` too (commander reads a parent's
  // options anywhere on the line): `rules show <id> --lang nl`.
  const rules = program
    .command('rules')
    .description('list the rules (id, category, severity, title); `rules show <id>` explains one')
    .addOption(new Option('--lang <lang>', 'language of the texts').choices(['en', 'nl']).default('en'))
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-c, --config <file>', 'configuration file (default: .contact-audit.yaml, from here upwards)')
    .option('--rules <dir>', 'include the rules of this rule pack (repeatable)', collect)
    .action(async (options) => {
      const { runRulesList } = await import('./rules-command.js');
      exitCode = await runRulesList(options, io);
    });
  rules
    .command('show')
    .description('explain a rule: rationale, sources, options with defaults, a failing and a passing example (takes the options of `rules`)')
    .argument('<id>', 'the rule id')
    .action(async (id: string) => {
      const { runRulesShow } = await import('./rules-command.js');
      exitCode = await runRulesShow(id, rules.opts(), io);
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
