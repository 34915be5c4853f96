// commander's own usage errors (an unknown option, a missing argument, a value not among the
// choices, too many arguments, an unknown command) in the language of the command line. commander
// words them in English and gives no parts, only its message and a code: each message is read
// back into its parts (the flag, the value, the command, as the user typed them) and worded
// again. A message is translated only when the parts, worded in English again, give commander's
// text byte for byte; anything else (a commander that words it otherwise, a reason we have no
// words for) stays as commander wrote it. English output is commander's own, untouched.
import { Command, type ErrorOptions } from 'commander';
import type { Lang } from '../model/rule.js';
import { cliTexts, type CliTexts } from './cli-messages.js';

/**
 * The language of the usage errors: that of `--lang nl` or `--lang=nl` anywhere on the line (up
 * to `--`), the last one given. A `--lang` that is neither en nor nl is itself the error, and is
 * worded in English.
 */
export function usageLang(argv: string[]): Lang {
  let lang: Lang = 'en';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[++i] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === undefined) continue;
    if (value !== 'en' && value !== 'nl') return 'en';
    lang = value;
  }
  return lang;
}

/** One wording of commander's: the pattern of its first line, and that line worded from the parts. */
interface Form {
  pattern: RegExp;
  word(t: CliTexts, parts: string[]): string | undefined;
}

/** `option '--x <v>'` or `environment variable 'X'`, as commander names the two sides of a conflict. */
function nameSide(t: CliTexts, side: string): string | undefined {
  const option = /^option '(.*)'$/.exec(side);
  if (option) return t.optionNamed(option[1]);
  const variable = /^environment variable '(.*)'$/.exec(side);
  return variable ? t.environmentVariableNamed(variable[1]) : undefined;
}

// commander 14 (lib/command.js: unknownOption, missingArgument, ...); flags never hold a quote,
// values and names typed by the user may.
const FORMS: Record<string, Form[]> = {
  'commander.unknownOption': [{ pattern: /^error: unknown option '(.*)'$/, word: (t, [flag]) => t.unknownOption(flag) }],
  'commander.unknownCommand': [{ pattern: /^error: unknown command '(.*)'$/, word: (t, [name]) => t.unknownCommand(name) }],
  'commander.missingArgument': [{ pattern: /^error: missing required argument '(.*)'$/, word: (t, [name]) => t.missingArgument(name) }],
  'commander.optionMissingArgument': [{ pattern: /^error: option '([^']*)' argument missing$/, word: (t, [flags]) => t.optionMissingValue(flags) }],
  'commander.missingMandatoryOptionValue': [{ pattern: /^error: required option '([^']*)' not specified$/, word: (t, [flags]) => t.mandatoryOptionMissing(flags) }],
  'commander.invalidArgument': [
    {
      pattern: /^error: option '([^']*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/,
      word: (t, [flags, value, choices]) => t.optionValueNotAChoice(flags, value, choices),
    },
    {
      pattern: /^error: command-argument value '(.*)' is invalid for argument '([^']*)'\. Allowed choices are (.*)\.$/,
      word: (t, [value, name, choices]) => t.argumentValueNotAChoice(value, name, choices),
    },
  ],
  'commander.excessArguments': [
    {
      pattern: /^error: too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\.$/,
      word: (t, [command, expected, got]) => t.tooManyArguments(command, expected, got),
    },
  ],
  'commander.conflictingOption': [
    {
      pattern: /^error: ((?:option|environment variable) '[^']*') cannot be used with ((?:option|environment variable) '[^']*')$/,
      word: (t, [first, second]) => {
        const a = nameSide(t, first);
        const b = nameSide(t, second);
        return a === undefined || b === undefined ? undefined : t.optionsConflict(a, b);
      },
    },
  ],
};

/** commander's "Did you mean" line under an unknown option or command ('' when there is none). */
function wordSuggestion(t: CliTexts, line: string): string | undefined {
  if (line === '') return '';
  const several = /^\(Did you mean one of (.*)\?\)$/.exec(line);
  if (several) return t.suggestOneOf(several[1]);
  const one = /^\(Did you mean (.*)\?\)$/.exec(line);
  return one ? t.suggestOne(one[1]) : undefined;
}

/** commander's message (`code` from its error) in `lang`; in English, or when unread, as it is. */
export function localiseUsageError(message: string, code: string, lang: Lang): string {
  if (lang === 'en') return message;
  const newline = message.indexOf('\n');
  const head = newline === -1 ? message : message.slice(0, newline);
  const tail = newline === -1 ? '' : message.slice(newline + 1);
  const en = cliTexts('en');
  const local = cliTexts(lang);
  if (wordSuggestion(en, tail) !== tail) return message;
  for (const form of FORMS[code] ?? []) {
    const match = form.pattern.exec(head);
    if (!match) continue;
    const parts = match.slice(1);
    if (form.word(en, parts) !== head) continue;
    const worded = form.word(local, parts);
    const suggestion = wordSuggestion(local, tail);
    if (worded === undefined || suggestion === undefined) continue;
    return suggestion === '' ? worded : `${worded}\n${suggestion}`;
  }
  return message;
}

/**
 * A commander Command whose usage errors come in `usageLanguage`, and whose subcommands (made
 * through createCommand, commander's documented hook) do the same.
 */
export class LocalisedCommand extends Command {
  constructor(
    name?: string,
    readonly usageLanguage: Lang = 'en',
  ) {
    super(name);
  }

  override createCommand(name?: string): Command {
    return new LocalisedCommand(name, this.usageLanguage);
  }

  override error(message: string, errorOptions?: ErrorOptions): never {
    return super.error(localiseUsageError(message, errorOptions?.code ?? 'commander.error', this.usageLanguage), errorOptions);
  }
}
