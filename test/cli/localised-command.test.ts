// commander's own usage errors in Dutch with --lang nl (src/cli/localised-command.ts): every kind
// our command line can meet, through run(argv, io), next to the English that stays commander's
// own, byte for byte; exit 2, the help pointer under it, never a stack.
import { CommanderError, InvalidArgumentError, Option } from 'commander';
import { describe, expect, test } from 'vitest';
import { LocalisedCommand, localiseUsageError, usageLang } from '../../src/cli/localised-command.js';
import { runCli } from '../helpers/cli.js';

const GOOD = 'fixtures/good-practice.yaml';
const POINTER_EN = '(run contact-audit --help for usage)';
const POINTER_NL = '(zie contact-audit --help voor het gebruik)';

/** A usage error: exit 2, nothing on stdout, no stack; its lines on stderr. */
async function usageError(argv: string[]): Promise<string[]> {
  const { code, stdout, stderr } = await runCli(argv);
  expect(code, argv.join(' ')).toBe(2);
  expect(stdout, argv.join(' ')).toBe('');
  expect(stderr, argv.join(' ')).not.toMatch(/\n\s+at /);
  return stderr.split('\n');
}

describe("commander's usage errors, in Dutch with --lang nl and unchanged in English", () => {
  test.each([
    {
      kind: 'an unknown option',
      argv: ['check', GOOD, '--no-such-flag'],
      en: ["error: unknown option '--no-such-flag'"],
      nl: ["fout: onbekende optie '--no-such-flag'"],
    },
    {
      kind: 'an unknown option with a suggestion',
      argv: ['check', GOOD, '--formt', 'json'],
      en: ["error: unknown option '--formt'", '(Did you mean --format?)'],
      nl: ["fout: onbekende optie '--formt'", '(bedoel je --format?)'],
    },
    {
      kind: 'an unknown option with two suggestions',
      argv: ['check', GOOD, '--lat'],
      en: ["error: unknown option '--lat'", '(Did you mean one of --date, --lang?)'],
      nl: ["fout: onbekende optie '--lat'", '(bedoel je een van --date, --lang?)'],
    },
    {
      kind: 'a missing argument',
      argv: ['check'],
      en: ["error: missing required argument 'file'"],
      nl: ["fout: het argument 'file' ontbreekt"],
    },
    {
      kind: 'a missing argument of a subcommand',
      argv: ['rules', 'show'],
      en: ["error: missing required argument 'id'"],
      nl: ["fout: het argument 'id' ontbreekt"],
    },
    {
      kind: 'an option without its value',
      argv: ['check', GOOD, '--date'],
      en: ["error: option '--date <YYYY-MM-DD>' argument missing"],
      nl: ["fout: optie '--date <YYYY-MM-DD>' verwacht een waarde"],
    },
    {
      kind: 'a value that is not one of the choices',
      argv: ['rules', '--format', 'xml'],
      en: ["error: option '--format <format>' argument 'xml' is invalid. Allowed choices are text, json."],
      nl: ["fout: 'xml' is geen geldige waarde voor optie '--format <format>'; kies uit text, json."],
    },
    {
      kind: 'a gate severity that is not one of the choices',
      argv: ['check', GOOD, '--fail-on', 'critical'],
      en: ["error: option '--fail-on <severity>' argument 'critical' is invalid. Allowed choices are error, warning, info, never."],
      nl: ["fout: 'critical' is geen geldige waarde voor optie '--fail-on <severity>'; kies uit error, warning, info, never."],
    },
    {
      kind: 'too many arguments',
      argv: ['config', 'organisation.yaml'],
      en: ["error: too many arguments for 'config'. Expected 0 arguments but got 1."],
      nl: ["fout: te veel argumenten voor 'config': 0 verwacht, 1 gekregen."],
    },
    {
      kind: 'too many arguments for a subcommand of one argument',
      argv: ['rules', 'show', 'social-absent', 'language-gap'],
      en: ["error: too many arguments for 'show'. Expected 1 argument but got 2."],
      nl: ["fout: te veel argumenten voor 'show': 1 verwacht, 2 gekregen."],
    },
    {
      kind: 'an unknown command',
      argv: ['fix', GOOD],
      en: ["error: unknown command 'fix'"],
      nl: ["fout: onbekend commando 'fix'"],
    },
    {
      kind: 'an unknown command with a suggestion',
      argv: ['chek', GOOD],
      en: ["error: unknown command 'chek'", '(Did you mean check?)'],
      nl: ["fout: onbekend commando 'chek'", '(bedoel je check?)'],
    },
  ])('$kind', async ({ argv, en, nl }) => {
    expect(await usageError(argv)).toEqual([...en, POINTER_EN, '']);
    // --lang nl after the command name: at the end it would be the value of a --date left without one.
    expect(await usageError([argv[0], '--lang', 'nl', ...argv.slice(1)])).toEqual([...nl, POINTER_NL, '']);
  });

  test('--lang=nl and --lang nl anywhere on the line, before the error or after it', async () => {
    const expected = ["fout: onbekende optie '--formt'", '(bedoel je --format?)', POINTER_NL, ''];
    expect(await usageError(['check', GOOD, '--lang=nl', '--formt', 'json'])).toEqual(expected);
    expect(await usageError(['check', '--lang', 'nl', GOOD, '--formt', 'json'])).toEqual(expected);
    expect(await usageError(['chek', GOOD, '--lang=nl'])).toEqual(["fout: onbekend commando 'chek'", '(bedoel je check?)', POINTER_NL, '']);
    // init has no default language; its usage errors follow --lang too.
    expect(await usageError(['init', 'a.yaml', 'b.yaml', '--lang', 'nl'])).toEqual(["fout: te veel argumenten voor 'init': 1 verwacht, 2 gekregen.", POINTER_NL, '']);
  });

  test('a bad --lang is itself the error, and is worded in English', async () => {
    const english = (value: string) => [`error: option '--lang <lang>' argument '${value}' is invalid. Allowed choices are en, nl.`, POINTER_EN, ''];
    expect(await usageError(['check', GOOD, '--lang', 'fr'])).toEqual(english('fr'));
    expect(await usageError(['coverage', GOOD, '--lang=de'])).toEqual(english('de'));
    expect(await usageError(['check', GOOD, '--lang', 'nl', '--lang', 'fr'])).toEqual(english('fr'));
    expect(await usageError(['check', GOOD, '--lang', 'fr', '--lang', 'nl'])).toEqual(english('fr'));
  });

  test('--lang en, or no --lang, keeps the English', async () => {
    expect(await usageError(['check', GOOD, '--lang', 'en', '--formt', 'json'])).toEqual(["error: unknown option '--formt'", '(Did you mean --format?)', POINTER_EN, '']);
    expect(await usageError(['check', GOOD, '--lang', 'nl', '--lang', 'en', '--date'])).toEqual(["error: option '--date <YYYY-MM-DD>' argument missing", POINTER_EN, '']);
  });

  test('--help and --version are not errors, in either language', async () => {
    const help = await runCli(['check', '--help', '--lang', 'nl']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: contact-audit check/);
    expect(help.stderr).toBe('');
    expect((await runCli(['--version', '--lang', 'nl'])).code).toBe(0);
  });
});

describe('the kinds this command line defines no option for, on a LocalisedCommand of their own', () => {
  /** commander's message for argv on a small program, and its error's code. */
  function failWith(lang: 'en' | 'nl', argv: string[]): { text: string; code: string } {
    let text = '';
    const program = new LocalisedCommand('demo', lang)
      .exitOverride()
      .configureOutput({ writeErr: (s) => (text += s), writeOut: () => undefined });
    program
      .command('send')
      .requiredOption('--to <address>', 'where to')
      .addOption(new Option('--quiet', 'say nothing').conflicts('loud'))
      .option('--loud', 'say it all')
      .argument('[mode]', 'how', (value: string) => {
        if (value !== 'fast' && value !== 'slow') throw new InvalidArgumentError('Allowed choices are fast, slow.');
        return value;
      })
      .action(() => undefined);
    try {
      program.parse(argv, { from: 'user' });
    } catch (error) {
      if (error instanceof CommanderError) return { text, code: error.code };
      throw error;
    }
    throw new Error('no usage error');
  }

  test.each([
    {
      kind: 'a mandatory option left out',
      argv: ['send'],
      en: "error: required option '--to <address>' not specified\n",
      nl: "fout: de verplichte optie '--to <address>' ontbreekt\n",
    },
    {
      kind: 'two options that do not go together',
      argv: ['send', '--to', 'x', '--quiet', '--loud'],
      en: "error: option '--quiet' cannot be used with option '--loud'\n",
      nl: "fout: optie '--quiet' gaat niet samen met optie '--loud'\n",
    },
    {
      kind: 'an argument value that is not one of the choices',
      argv: ['send', 'medium', '--to', 'x'],
      en: "error: command-argument value 'medium' is invalid for argument 'mode'. Allowed choices are fast, slow.\n",
      nl: "fout: 'medium' is geen geldige waarde voor argument 'mode'; kies uit fast, slow.\n",
    },
  ])('$kind', ({ argv, en, nl }) => {
    const english = failWith('en', argv);
    expect(english.text).toBe(en);
    const dutch = failWith('nl', argv);
    expect(dutch).toEqual({ text: nl, code: english.code });
  });
});

describe('localiseUsageError', () => {
  test('leaves a message it cannot read back exactly as commander wrote it', () => {
    // an unknown code, a changed wording, a reason we have no words for, a suggestion line of another shape
    expect(localiseUsageError('error: something new', 'commander.somethingNew', 'nl')).toBe('error: something new');
    expect(localiseUsageError("error: unknown flag '--x'", 'commander.unknownOption', 'nl')).toBe("error: unknown flag '--x'");
    expect(localiseUsageError("error: option '--n <n>' argument 'x' is invalid. Not a number.", 'commander.invalidArgument', 'nl')).toBe(
      "error: option '--n <n>' argument 'x' is invalid. Not a number.",
    );
    expect(localiseUsageError("error: unknown option '--x'\n(Perhaps --y?)", 'commander.unknownOption', 'nl')).toBe("error: unknown option '--x'\n(Perhaps --y?)");
  });

  test('keeps what the user typed as typed, quotes included', () => {
    expect(localiseUsageError("error: unknown command 'it's'", 'commander.unknownCommand', 'nl')).toBe("fout: onbekend commando 'it's'");
    expect(localiseUsageError("error: option '--date <YYYY-MM-DD>' argument 'a' is invalid. Allowed choices are x, y.", 'commander.invalidArgument', 'nl')).toBe(
      "fout: 'a' is geen geldige waarde voor optie '--date <YYYY-MM-DD>'; kies uit x, y.",
    );
  });

  test('English is commander’s own text', () => {
    expect(localiseUsageError("error: unknown option '--x'\n(Did you mean --y?)", 'commander.unknownOption', 'en')).toBe("error: unknown option '--x'\n(Did you mean --y?)");
  });
});

describe('usageLang', () => {
  test.each([
    [[], 'en'],
    [['check', 'a.yaml'], 'en'],
    [['check', 'a.yaml', '--lang', 'nl'], 'nl'],
    [['--lang=nl', 'check'], 'nl'],
    [['check', '--lang', 'nl', '--lang', 'en'], 'en'],
    [['check', '--lang', 'en', '--lang=nl'], 'nl'],
    [['check', '--lang', 'fr'], 'en'],
    [['check', '--lang', 'nl', '--lang', 'fr'], 'en'],
    [['check', '--lang'], 'en'],
    [['check', '--', '--lang', 'nl'], 'en'],
    [['check', '--language', 'nl'], 'en'],
  ] as const)('%j → %s', (argv, lang) => {
    expect(usageLang([...argv])).toBe(lang);
  });
});
