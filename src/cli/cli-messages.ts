// The command line's usage errors in English and Dutch: commander's own (an unknown option, a
// missing argument: localised-command.ts words them from commander's message), those of the flags our
// code reads, init's, the baseline file's and the report files'. Flags, paths and values are
// passed in as written and never translated; flag names stay English in both languages, as the
// command line is.
import { bindTexts, entry, type Texts } from '../load/bind-texts.js';

export const CLI_MESSAGES = {
  didYouMean: entry((close: string) => `did you mean ${close}?`, (close) => `bedoel je ${close}?`),
  and: entry(() => 'and', () => 'en'),

  // commander's usage errors (localised-command.ts): the English texts are commander 14's, byte for
  // byte, so that a message read back into its parts and written again is the same text.
  helpPointer: entry(() => '(run contact-audit --help for usage)', () => '(zie contact-audit --help voor het gebruik)'),
  unknownOption: entry((flag: string) => `error: unknown option '${flag}'`, (flag) => `fout: onbekende optie '${flag}'`),
  unknownCommand: entry((name: string) => `error: unknown command '${name}'`, (name) => `fout: onbekend commando '${name}'`),
  suggestOne: entry((close: string) => `(Did you mean ${close}?)`, (close) => `(bedoel je ${close}?)`),
  suggestOneOf: entry((list: string) => `(Did you mean one of ${list}?)`, (list) => `(bedoel je een van ${list}?)`),
  missingArgument: entry((name: string) => `error: missing required argument '${name}'`, (name) => `fout: het argument '${name}' ontbreekt`),
  optionMissingValue: entry((flags: string) => `error: option '${flags}' argument missing`, (flags) => `fout: optie '${flags}' verwacht een waarde`),
  mandatoryOptionMissing: entry((flags: string) => `error: required option '${flags}' not specified`, (flags) => `fout: de verplichte optie '${flags}' ontbreekt`),
  optionValueNotAChoice: entry(
    (flags: string, value: string, choices: string) => `error: option '${flags}' argument '${value}' is invalid. Allowed choices are ${choices}.`,
    (flags, value, choices) => `fout: '${value}' is geen geldige waarde voor optie '${flags}'; kies uit ${choices}.`,
  ),
  argumentValueNotAChoice: entry(
    (value: string, name: string, choices: string) => `error: command-argument value '${value}' is invalid for argument '${name}'. Allowed choices are ${choices}.`,
    (value, name, choices) => `fout: '${value}' is geen geldige waarde voor argument '${name}'; kies uit ${choices}.`,
  ),
  tooManyArguments: entry(
    (command: string, expected: string, got: string) => `error: too many arguments for '${command}'. Expected ${expected} argument${expected === '1' ? '' : 's'} but got ${got}.`,
    (command, expected, got) => `fout: te veel argumenten voor '${command}': ${expected} verwacht, ${got} gekregen.`,
  ),
  optionsConflict: entry((first: string, second: string) => `error: ${first} cannot be used with ${second}`, (first, second) => `fout: ${first} gaat niet samen met ${second}`),
  optionNamed: entry((flags: string) => `option '${flags}'`, (flags) => `optie '${flags}'`),
  environmentVariableNamed: entry((name: string) => `environment variable '${name}'`, (name) => `omgevingsvariabele '${name}'`),

  // check, coverage
  dateTakes: entry(
    (value: string) => `--date takes a date as YYYY-MM-DD, not "${value}"`,
    (value) => `--date verwacht een datum als YYYY-MM-DD, niet "${value}"`,
  ),
  concurrencyTakes: entry(
    (value: string) => `--concurrency takes auto, off or a number of threads from 1 to 64, not "${value}"`,
    (value) => `--concurrency verwacht auto, off of een aantal threads van 1 tot 64, niet "${value}"`,
  ),
  updateBaselineNeedsBaseline: entry(
    () => '--update-baseline needs --baseline FILE: the file to write',
    () => '--update-baseline werkt alleen met --baseline FILE: het bestand dat geschreven wordt',
  ),
  sizeTakes: entry(
    (flag: string, value: string) => `${flag} takes a size such as 50MB, 50MiB or 5000000 (bytes), not "${value}"`,
    (flag, value) => `${flag} verwacht een grootte zoals 50MB, 50MiB of 5000000 (bytes), niet "${value}"`,
  ),
  sizeTooLarge: entry(
    (flag: string, value: string) => `${flag} ${value} is more than 512MiB, the most a file can be read at once`,
    (flag, value) => `${flag} ${value} is meer dan 512MiB, het meeste dat in één keer gelezen kan worden`,
  ),
  slotTakes: entry(
    (value: string) => `--slot takes 1h (the default) or 30m, not "${value}"`,
    (value) => `--slot verwacht 1h (de standaard) of 30m, niet "${value}"`,
  ),

  // output-targets.ts: -f and -o
  outputAfterFormat: entry(
    (output: string, format: string) => `--output ${output}: the format before it (${format}) already has an output; give each --output after its --format`,
    (output, format) => `--output ${output}: het formaat ervoor (${format}) heeft al een uitvoer; zet elke --output na zijn --format`,
  ),
  unknownFormat: entry(
    (format: string, list: string) => `unknown format "${format}" (formats: ${list})`,
    (format, list) => `onbekend formaat "${format}" (formaten: ${list})`,
  ),
  bothToStdout: entry(
    (formats: string) => `${formats} would both go to standard output; give all but one an --output file`,
    (formats) => `${formats} zouden allebei naar de standaarduitvoer gaan; geef ze op één na allemaal een --output-bestand`,
  ),
  twoFormatsWrite: entry((path: string) => `two formats would write ${path}`, (path) => `twee formaten zouden ${path} schrijven`),

  // config-flags.ts: the gates on the command line
  scoreTakes: entry(
    (flag: string, value: string) => `${flag} takes a number from 0 to 100, not "${value}"`,
    (flag, value) => `${flag} verwacht een getal van 0 tot 100, niet "${value}"`,
  ),
  categoryScoreTakes: entry(
    (value: string) => `--min-category-score takes category=N (e.g. social=70), not "${value}"`,
    (value) => `--min-category-score verwacht categorie=N (bv. social=70), niet "${value}"`,
  ),
  noCategory: entry(
    (name: string, hint: string) => `--min-category-score: there is no category "${name}" (${hint})`,
    (name, hint) => `--min-category-score: er is geen categorie "${name}" (${hint})`,
  ),
  categoryList: entry((list: string) => `categories: ${list}`, (list) => `categorieën: ${list}`),
  maxWarningsTakes: entry(
    (value: string) => `--max-warnings takes a whole number, 0 or more, not "${value}"`,
    (value) => `--max-warnings verwacht een geheel getal, 0 of meer, niet "${value}"`,
  ),

  // config
  configSayWhat: entry(
    () => 'config: say what to do: --print shows the effective configuration',
    () => 'config: zeg wat er moet gebeuren: --print toont de configuratie die geldt',
  ),

  // staffing: the what-if flags (src/staffing/parse-what-if.ts) and --channel
  volumeBelowZero: entry(
    (value: string) => `--volume ${value}: a fall of more than 100% leaves fewer than no contacts`,
    (value) => `--volume ${value}: een daling van meer dan 100% laat minder dan nul contacten over`,
  ),
  volumeNeedsPercent: entry(
    (value: string, written: string) => `--volume ${value}: write a relative change with % (${written}%) or contacts per hour without a sign`,
    (value, written) => `--volume ${value}: schrijf een relatieve verandering met % (${written}%) of contacten per uur zonder teken`,
  ),
  volumeTakes: entry(
    (value: string) => `--volume takes a change such as +20% or -10%, or contacts per hour such as 150, not "${value}"`,
    (value) => `--volume verwacht een verandering zoals +20% of -10%, of contacten per uur zoals 150, niet "${value}"`,
  ),
  targetTakes: entry(
    (value: string) => `--target takes a share and a time, such as 80%/20s or 90%/15m, not "${value}"`,
    (value) => `--target verwacht een aandeel en een tijd, zoals 80%/20s of 90%/15m, niet "${value}"`,
  ),
  handleTimeAboveZero: entry(
    (value: string) => `--handle-time ${value}: a handle time must be more than 0`,
    (value) => `--handle-time ${value}: een behandeltijd moet meer dan 0 zijn`,
  ),
  agentsTakes: entry(
    (example: string, value: string) => `--agents takes team=N, such as ${example}=12, not "${value}"`,
    (example, value) => `--agents verwacht team=N, zoals ${example}=12, niet "${value}"`,
  ),
  noTeam: entry(
    (entry: string, team: string, list: string) => `--agents ${entry}: no team "${team}" (teams: ${list})`,
    (entry, team, list) => `--agents ${entry}: geen team "${team}" (teams: ${list})`,
  ),
  none: entry(() => 'none', () => 'geen'),
  channelNoTarget: entry(
    (channel: string) => `channel ${channel} has no target: add one to the file or give --target (e.g. --target 80%/20s)`,
    (channel) => `kanaal ${channel} heeft geen target: voeg er een toe aan het bestand of geef --target (bv. --target 80%/20s)`,
  ),
  channelNoPeak: entry(
    (channel: string) => `channel ${channel} has no peak: add one to the file or give --volume N (contacts per hour) and --handle-time`,
    (channel) => `kanaal ${channel} heeft geen peak: voeg er een toe aan het bestand of geef --volume N (contacten per uur) en --handle-time`,
  ),

  // init-command.ts
  answersWithResume: entry(
    () => '--answers and --resume do not go together: --answers gives every answer itself',
    () => '--answers en --resume gaan niet samen: --answers geeft zelf elk antwoord',
  ),
  initNeedsTerminal: entry(
    (command: string) =>
      'init asks its questions in a terminal, and standard input is not one. For scripted use, give the answers in a file:\n' +
      `  ${command}\n` +
      '(YAML or JSON keyed by question id; contact-audit init --list-questions lists the ids)',
    (command) =>
      'init stelt zijn vragen in een terminal, en de standaardinvoer is er geen. Geef de antwoorden in een script in een bestand:\n' +
      `  ${command}\n` +
      "(YAML of JSON met per vraag-id een antwoord; contact-audit init --list-questions toont de id's)",
  ),
  draftNotJson: entry(
    (path: string) => `${path} is not a contact-audit questionnaire draft (not JSON); move it away to start over`,
    (path) => `${path} is geen concept van de vragenlijst van contact-audit (geen JSON); zet het opzij om opnieuw te beginnen`,
  ),
  draftInvalid: entry(
    (path: string) => `${path} is not a contact-audit questionnaire draft; move it away to start over`,
    (path) => `${path} is geen concept van de vragenlijst van contact-audit; zet het opzij om opnieuw te beginnen`,
  ),
  noDraftToResume: entry(
    (path: string) => `--resume: there is no draft to continue (${path})`,
    (path) => `--resume: er is geen concept om mee verder te gaan (${path})`,
  ),
  targetExists: entry((path: string) => `${path} exists; give --force to replace it`, (path) => `${path} bestaat al; geef --force om het te vervangen`),
  flagNoSuchFile: entry((flag: string, path: string) => `${flag} ${path}: no such file`, (flag, path) => `${flag} ${path}: dat bestand bestaat niet`),
  answersNotYaml: entry(
    (path: string, reason: string) => `--answers ${path}: not YAML or JSON: ${reason}`,
    (path, reason) => `--answers ${path}: geen YAML of JSON: ${reason}`,
  ),
  answersNotMap: entry(
    (path: string) => `--answers ${path}: expected a map of question ids to answers (contact-audit init --list-questions lists them)`,
    (path) => `--answers ${path}: verwacht per vraag-id een antwoord (contact-audit init --list-questions toont de id's)`,
  ),
  notAQuestionId: entry((path: string, key: string) => `--answers ${path}: ${key}: not a question id`, (path, key) => `--answers ${path}: ${key}: geen vraag-id`),
  questionIdsListed: entry(() => '(contact-audit init --list-questions lists the ids)', () => "(contact-audit init --list-questions toont de id's)"),
  fromInvalid: entry((path: string) => `--from ${path} is not a valid organisation file:`, (path) => `--from ${path} is geen geldig organisatiebestand:`),
  fromDropped: entry(
    (path: string, list: string) => `note: the questionnaire keeps one channel per type; not carried over from ${path}: ${list}`,
    (path, list) => `let op: de vragenlijst kent één kanaal per type; niet overgenomen uit ${path}: ${list}`,
  ),
  answersUnused: entry((list: string) => `note: --answers: not asked, so not used: ${list}`, (list) => `let op: --answers: niet gevraagd, dus niet gebruikt: ${list}`),

  // write-error.ts: a report file (check -o) or init's organisation file
  cannotWrite: entry((path: string, reason: string) => `cannot write ${path}: ${reason}`, (path, reason) => `${path} kan niet geschreven worden: ${reason}`),
  readOnlyFileSystem: entry(() => 'the file system is read-only', () => 'het bestandssysteem is alleen-lezen'),
  diskFull: entry(() => 'the disk is full', () => 'de schijf is vol'),
  diskQuotaUsedUp: entry(() => 'the disk quota is used up', () => 'je schijfquotum is op'),
  pathThroughFile: entry(() => 'part of its path is a file, not a folder', () => 'een deel van het pad is een bestand, geen map'),
  isFolder: entry(() => 'it is a folder', () => 'het is een map'),

  // baseline-file.ts
  baselineMissing: entry(
    (path: string) => `the baseline ${path} does not exist; write it first with --baseline ${path} --update-baseline`,
    (path) => `de baseline ${path} bestaat niet; schrijf eerst een baseline met --baseline ${path} --update-baseline`,
  ),
  baselineIsDirectory: entry(
    (path: string, suggestion: string) => `the baseline ${path} is a directory; name a file such as ${suggestion}`,
    (path, suggestion) => `de baseline ${path} is een map; geef een bestand op, zoals ${suggestion}`,
  ),
  cannotReadBaseline: entry((path: string, reason: string) => `cannot read the baseline ${path}: ${reason}`, (path, reason) => `de baseline ${path} kan niet gelezen worden: ${reason}`),
  cannotWriteBaseline: entry((path: string, reason: string) => `cannot write the baseline ${path}: ${reason}`, (path, reason) => `de baseline ${path} kan niet geschreven worden: ${reason}`),
  permissionDenied: entry(() => 'permission denied', () => 'geen toegang'),
  folderMissing: entry(() => 'its folder does not exist', () => 'de map bestaat niet'),
  invalidBaseline: entry(
    (path: string) => `the baseline ${path} is not a valid contact-audit baseline (schemas/baseline.schema.json):`,
    (path) => `de baseline ${path} is geen geldige baseline van contact-audit (schemas/baseline.schema.json):`,
  ),
  wroteBaseline: entry(
    (count: number, path: string) => `wrote ${count} finding${count === 1 ? '' : 's'} to the baseline ${path}`,
    (count, path) => `${count} ${count === 1 ? 'bevinding' : 'bevindingen'} geschreven naar de baseline ${path}`,
  ),
  fixOrRewriteBaseline: entry(() => 'fix it, or write it again with --update-baseline', () => 'verbeter het bestand, of schrijf het opnieuw met --update-baseline'),
};

export type CliTexts = Texts<typeof CLI_MESSAGES>;

/** The command line's texts in one language: `cliTexts('nl').dateTakes('x')`. */
export const cliTexts = bindTexts(CLI_MESSAGES);
