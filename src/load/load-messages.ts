// Every text the loader shows (read-input, parse-yaml, the schema describer, normalise, values,
// parse-hours errors), in English and Dutch. An entry is a function of its arguments per language;
// file paths, keys, values, YAML snippets and the hours library's own words are passed in as
// written and never translated. Lookups (a type name, a country's hint) are one entry per key, so
// that every entry can be checked to have a Dutch text of its own (test/load/load-messages.test.ts).
import { bindTexts, entry, type Message, type Texts } from './bind-texts.js';

export type LoadMessage<A extends unknown[] = never[]> = Message<A>;

export const LOAD_MESSAGES = {
  // Shared hints.
  example: entry((example: string) => `e.g. ${example}`, (example) => `bv. ${example}`),
  exampleField: entry((key: string, example: string) => `e.g. ${key}: ${example}`, (key, example) => `bv. ${key}: ${example}`),
  write: entry((text: string) => `write ${text}`, (text) => `schrijf ${text}`),
  didYouMean: entry((close: string) => `did you mean \`${close}\`?`, (close) => `bedoel je \`${close}\`?`),

  // read-input.ts
  fileMissing: entry((file: string) => `${file} does not exist`, (file) => `${file} bestaat niet`),
  checkPath: entry(() => 'check the path', () => 'controleer het pad'),
  fileIsDirectory: entry((file: string) => `${file} is a directory, not a file`, (file) => `${file} is een map, geen bestand`),
  nameFileInside: entry(() => 'name the organisation file inside it', () => 'geef het organisatiebestand in die map op'),
  fileNotRegular: entry((file: string) => `${file} is not a regular file`, (file) => `${file} is geen gewoon bestand`),
  fileTooLarge: entry(
    (file: string, size: string, limit: string) => `${file} is ${size}, larger than the limit of ${limit}`,
    (file, size, limit) => `${file} is ${size}, groter dan de limiet van ${limit}`,
  ),
  raiseLimit: entry(
    () => 'an organisation file is a few KiB; raise the limit with --max-input-size (e.g. 50MiB) if this one is meant to be this large',
    () => 'een organisatiebestand is enkele KiB groot; verhoog de limiet met --max-input-size (bijv. 50MiB) als dit bestand echt zo groot hoort te zijn',
  ),
  fileGrewTooLarge: entry((file: string, limit: string) => `${file} is larger than the limit of ${limit}`, (file, limit) => `${file} is groter dan de limiet van ${limit}`),
  filePermissionDenied: entry((file: string) => `${file} cannot be read: permission denied`, (file) => `${file} kan niet gelezen worden: geen toegang`),
  filePathNotDirectory: entry(
    (file: string) => `${file} does not exist: part of the path is not a directory`,
    (file) => `${file} bestaat niet: een deel van het pad is geen map`,
  ),
  fileSymlinkLoop: entry((file: string) => `${file} cannot be read: too many symbolic links`, (file) => `${file} kan niet gelezen worden: te veel symbolische links`),
  fileUnreadable: entry(
    (file: string, code?: string) => `${file} cannot be read${code ? ` (${code})` : ''}`,
    (file, code) => `${file} kan niet gelezen worden${code ? ` (${code})` : ''}`,
  ),

  // parse-yaml.ts
  binaryNulCharacter: entry(
    () => 'this is a binary file, not YAML text (it contains a NUL character)',
    () => 'dit is een binair bestand, geen YAML-tekst (het bevat een NUL-teken)',
  ),
  binaryNulBytes: entry(
    () => 'this is a binary file, not YAML text (it contains NUL bytes)',
    () => 'dit is een binair bestand, geen YAML-tekst (het bevat NUL-bytes)',
  ),
  notUtf8: entry(() => 'this file is not UTF-8 text', () => 'dit bestand is geen UTF-8-tekst'),
  saveAsUtf8: entry(() => 'save the file as UTF-8', () => 'bewaar het bestand als UTF-8'),
  fileEmpty: entry(() => 'the file is empty', () => 'het bestand is leeg'),
  startFromExample: entry(
    () => 'start from the example in the format documentation',
    () => 'vertrek van het voorbeeld in de documentatie van het formaat',
  ),
  nestsTooDeep: entry(
    (maxDepth: number) => `the file nests more than ${maxDepth} levels deep`,
    (maxDepth) => `het bestand is meer dan ${maxDepth} niveaus diep genest`,
  ),
  organisationDepth: entry(() => 'an organisation file needs about 5 levels', () => 'een organisatiebestand heeft ongeveer 5 niveaus nodig'),
  multipleDocuments: entry(() => 'the file holds more than one YAML document', () => 'het bestand bevat meer dan één YAML-document'),
  oneOrganisationPerFile: entry(
    () => 'put one organisation in each file, without a second `---`',
    () => 'zet één organisatie per bestand, zonder tweede `---`',
  ),
  keyTwice: entry(() => 'this key appears twice in the same mapping', () => 'deze sleutel staat twee keer in dezelfde mapping'),
  namedKeyTwice: entry((key: string) => `\`${key}\` appears twice in the same mapping`, (key) => `\`${key}\` staat twee keer in dezelfde mapping`),
  keepOne: entry(() => 'keep one of them', () => 'hou er één van over'),
  nestsTooDeeplyToRead: entry(() => 'the file nests too deeply to read', () => 'het bestand is te diep genest om te lezen'),
  tagUnsupported: entry(() => 'this YAML tag is not supported', () => 'deze YAML-tag wordt niet ondersteund'),
  badIndent: entry(() => 'the indentation is wrong here', () => 'de inspringing klopt hier niet'),
  missingCharacter: entry(() => 'a closing character is missing', () => 'er ontbreekt een afsluitend teken'),
  /** the yaml library's own message, quoted as it is */
  yamlLibrary: entry((message: string) => `YAML: ${message}`, (message) => `YAML-fout: ${message}`),
  notAMappingOfKeys: entry(
    () => 'the file must be a YAML mapping (`key: value` lines)',
    () => 'het bestand moet een YAML-mapping zijn (regels `sleutel: waarde`)',
  ),
  oneDocumentPerFile: entry(
    () => 'keep one document in the file, without a second `---`',
    () => 'hou één document in het bestand, zonder tweede `---`',
  ),
  notAMapping: entry(
    () => 'the file must be a YAML mapping (`version: 1`, `organisation: …`, `channels: …`)',
    () => 'het bestand moet een YAML-mapping zijn (`version: 1`, `organisation: …`, `channels: …`)',
  ),
  tooManyAliases: entry(
    (max: number) => `the file expands aliases (*name) more than ${max} times`,
    (max) => `het bestand breidt aliassen (*name) meer dan ${max} keer uit`,
  ),
  writeValuesOut: entry(
    () => 'write the values out instead of repeating aliases',
    () => 'schrijf de waarden voluit in plaats van aliassen te herhalen',
  ),

  // values.ts
  durationNeedsUnit: entry(() => 'a duration needs a unit', () => 'een duur heeft een eenheid nodig'),
  durationUnits: entry(
    (number: string) => `write ${number}s, ${number}m or ${number}h`,
    (number) => `schrijf ${number}s, ${number}m of ${number}h`,
  ),
  durationKind: entry(() => 'a duration is a number and a unit', () => 'een duur is een getal met een eenheid'),
  durationExamples: entry(() => 'e.g. 20s, 5m, 1.5h, 2d', () => 'bv. 20s, 5m, 1.5h, 2d'),
  durationWithoutUnit: entry((value: string) => `${value} has no unit`, (value) => `${value} heeft geen eenheid`),
  notADuration: entry((value: string) => `${value} is not a duration`, (value) => `${value} is geen duur`),
  durationForm: entry(
    () => 'a number and a unit: s, m (or min), h, d, e.g. 20s, 5m, 1.5h',
    () => 'een getal met een eenheid: s, m (of min), h, d, bv. 20s, 5m, 1.5h',
  ),
  notAShare: entry((value: string) => `${value} is not a share`, (value) => `${value} is geen aandeel`),
  sharePercentOrFraction: entry(
    (percent: string, fraction: string) => `write ${percent}% (or ${fraction} as a fraction)`,
    (percent, fraction) => `schrijf ${percent}% (of ${fraction} als fractie)`,
  ),
  shareRange: entry(
    () => 'a percentage from 0% to 100%, or a fraction from 0 to 1',
    () => 'een percentage van 0% tot 100%, of een fractie van 0 tot 1',
  ),
  shareKind: entry(() => 'a share is a percentage or a fraction', () => 'een aandeel is een percentage of een fractie'),
  shareExamples: entry(() => 'e.g. 80% or 0.8', () => 'bv. 80% of 0.8'),
  shareForm: entry(
    () => 'a percentage such as 80% or 12.5%, or a fraction such as 0.8',
    () => 'een percentage zoals 80% of 12.5%, of een fractie zoals 0.8',
  ),
  shareOver100: entry((value: string) => `${value} is more than 100%`, (value) => `${value} is meer dan 100%`),
  shareAtMost100: entry(() => 'a share is at most 100%', () => 'een aandeel is hoogstens 100%'),

  // engine/rule-set.ts: an option value of a rule, a pack rule or a configuration setting
  expectedNumber: entry(() => 'expected a number', () => 'moet een getal zijn'),
  expectedWholeNumber: entry(() => 'expected a whole number', () => 'moet een geheel getal zijn'),
  expectedBoolean: entry(() => 'expected true or false', () => 'moet true of false zijn'),
  expectedString: entry(() => 'expected a string', () => 'moet tekst zijn'),
  expectedStrings: entry(() => 'expected a list of strings', () => 'moet een lijst met teksten zijn'),
  expectedQuantity: entry(
    () => 'expected a number, a duration (`4h`) or a share (`80%`)',
    () => 'moet een getal, een duur (`4h`) of een aandeel (`80%`) zijn',
  ),
  expectedScalar: entry(() => 'expected a text, a number or true/false', () => 'moet tekst, een getal of true/false zijn'),
  expectedScalars: entry(
    () => 'expected a list of texts, numbers or true/false',
    () => 'moet een lijst met teksten, getallen of true/false zijn',
  ),
  expectedFieldMapping: entry(
    () => 'expected a mapping of fields to a value or a list of values',
    () => 'moet een mapping zijn van velden naar een waarde of een lijst met waarden',
  ),

  // describe-schema-errors.ts: words inside messages
  emptyValue: entry(() => 'an empty value', () => 'een lege waarde'),
  aList: entry(() => 'a list', () => 'een lijst'),
  aMapping: entry(() => 'a mapping', () => 'een mapping'),
  theFile: entry(() => 'the file', () => 'het bestand'),
  eachItemOf: entry((list: string) => `each ${list} item`, (list) => `elk item van ${list}`),
  itemOf: entry((list: string) => `${list} item`, (list) => `item van ${list}`),
  typeBoolean: entry(() => 'true or false', () => 'true of false'),
  typeNumber: entry(() => 'a number', () => 'een getal'),
  typeInteger: entry(() => 'a whole number', () => 'een geheel getal'),
  typeString: entry(() => 'text', () => 'tekst'),
  typeOther: entry(() => 'another kind of value', () => 'een ander soort waarde'),

  // describe-schema-errors.ts: messages
  textNotBoolean: entry(
    (name: string, value: string) => `${name} is ${value}, which is text here, not true or false`,
    (name, value) => `${name} is ${value}, en dat is hier tekst, geen true of false`,
  ),
  writeBoolean: entry(
    (meant: string) => `write ${meant}; in YAML 1.2 only true and false are booleans`,
    (meant) => `schrijf ${meant}; in YAML 1.2 zijn alleen true en false booleans`,
  ),
  mustBeWholeNumber: entry(
    (name: string, value: string) => `${name} must be a whole number, not ${value}`,
    (name, value) => `${name} moet een geheel getal zijn, niet ${value}`,
  ),
  mustBeText: entry((name: string, value: string) => `${name} must be text, not ${value}`, (name, value) => `${name} moet tekst zijn, niet ${value}`),
  putInQuotes: entry((value: string) => `put it in quotes: "${value}"`, (value) => `zet het tussen aanhalingstekens: "${value}"`),
  mustBe: entry(
    (name: string, expected: string, value: string) => `${name} must be ${expected}, not ${value}`,
    (name, expected, value) => `${name} moet ${expected} zijn, niet ${value}`,
  ),
  notValidEnum: entry((value: string, name: string) => `${value} is not a valid ${name}`, (value, name) => `${value} is geen geldig ${name}`),
  allowedValues: entry((list: string) => `allowed: ${list}`, (list) => `toegelaten: ${list}`),
  writeShareUnquoted: entry(
    (percent: string, fraction: string) => `write ${percent}% or ${fraction} (without quotes)`,
    (percent, fraction) => `schrijf ${percent}% of ${fraction} (zonder aanhalingstekens)`,
  ),
  bareDuration: entry((value: string) => `the duration ${value} has no unit`, (value) => `de duur ${value} heeft geen eenheid`),
  sayWhichUnit: entry(
    (number: string) => `say which unit: ${number}s, ${number}m or ${number}h`,
    (number) => `geef een eenheid op: ${number}s, ${number}m of ${number}h`,
  ),
  notARealDate: entry((value: string) => `${value} is not a real date`, (value) => `${value} is geen bestaande datum`),
  checkMonthDay: entry(() => 'check the month and the day', () => 'controleer de maand en de dag'),
  notAnIsoDate: entry((value: string) => `${value} is not an ISO date`, (value) => `${value} is geen ISO-datum`),
  isoDateForm: entry(() => 'write it as YYYY-MM-DD, e.g. 2025-03-01', () => 'schrijf de datum als YYYY-MM-DD, bv. 2025-03-01'),
  idMustBeText: entry((value: string) => `an id must be text, not ${value}`, (value) => `een id moet tekst zijn, niet ${value}`),
  notAValidId: entry(
    (value: string) => `${value} is not a valid id: ids use lower-case letters, digits and -`,
    (value) => `${value} is geen geldig id: een id bestaat uit kleine letters, cijfers en -`,
  ),
  notAChannelId: entry(
    (value: string) => `${value} is not a channel id: ids use lower-case letters, digits and -`,
    (value) => `${value} is geen kanaal-id: een id bestaat uit kleine letters, cijfers en -`,
  ),
  countryCapitals: entry((value: string) => `country ${value} must be written in capitals`, (value) => `landcode ${value} moet in hoofdletters staan`),
  countryNotIso: entry(
    (value: string) => `country ${value} is not an ISO 3166-1 alpha-2 code`,
    (value) => `landcode ${value} is geen ISO 3166-1 alpha-2-code`,
  ),
  countryForm: entry(() => 'two capital letters, e.g. BE, NL', () => 'twee hoofdletters, bv. BE, NL'),
  languageLowerCase: entry((value: string) => `language ${value} must be written in lower case`, (value) => `taalcode ${value} moet in kleine letters staan`),
  languageNotIso: entry((value: string) => `language ${value} is not an ISO 639-1 code`, (value) => `taalcode ${value} is geen ISO 639-1-code`),
  languageForm: entry(() => 'two lower-case letters, e.g. nl, fr, en', () => 'twee kleine letters, bv. nl, fr, en'),
  fieldEmpty: entry((name: string) => `${name} is empty`, (name) => `${name} is leeg`),
  notExpectedForm: entry((name: string, value: string) => `${name} ${value} is not in the expected form`, (name, value) => `${name} ${value} heeft niet de verwachte vorm`),
  unsupportedVersion: entry(
    (version: string, supported: number) => `unsupported version ${version}; this contact-audit reads version ${supported}`,
    (version, supported) => `versie ${version} wordt niet ondersteund; deze contact-audit leest versie ${supported}`,
  ),
  versionMustBe: entry(
    (supported: number, value: string) => `version must be the number ${supported}, not ${value}`,
    (supported, value) => `version moet het getal ${supported} zijn, niet ${value}`,
  ),
  falseOrMapping: entry(
    (name: string, value: string) => `${name} must be false or a mapping, not ${value}`,
    (name, value) => `${name} moet false of een mapping zijn, niet ${value}`,
  ),
  writeFalseOrExample: entry(
    (example: string) => `write false when there is none, or e.g. ${example}`,
    (example) => `schrijf false als er geen is, of bv. ${example}`,
  ),
  writeFalse: entry(() => 'write false when there is none', () => 'schrijf false als er geen is'),
  listsNothing: entry(
    (name: string, minItems: number) => `${name} lists nothing; list at least ${minItems}`,
    (name, minItems) => `${name} is leeg; vermeld er minstens ${minItems}`,
  ),
  atLeast: entry(
    (name: string, minimum: string, value: string) => `${name} must be at least ${minimum}, not ${value}`,
    (name, minimum, value) => `${name} moet minstens ${minimum} zijn, niet ${value}`,
  ),
  moreThan: entry(
    (name: string, minimum: string, value: string) => `${name} must be more than ${minimum}, not ${value}`,
    (name, minimum, value) => `${name} moet meer dan ${minimum} zijn, niet ${value}`,
  ),
  atMost: entry(
    (name: string, maximum: string, value: string) => `${name} must be at most ${maximum}, not ${value}`,
    (name, maximum, value) => `${name} moet hoogstens ${maximum} zijn, niet ${value}`,
  ),
  /** a schema keyword without a message of its own: the validator's words, quoted */
  invalidValue: entry((name: string, detail: string) => `${name}: ${detail}`, (name, detail) => `${name}: ongeldige waarde (${detail})`),
  unknownKeyAtTop: entry((key: string) => `unknown key \`${key}\` at the top level`, (key) => `onbekende sleutel \`${key}\` op het hoogste niveau`),
  unknownKeyIn: entry((key: string, name: string) => `unknown key \`${key}\` in ${name}`, (key, name) => `onbekende sleutel \`${key}\` in ${name}`),
  knownKeys: entry((list: string) => `known keys here: ${list}`, (list) => `toegelaten sleutels hier: ${list}`),
  missingField: entry(
    (owner: string, key: string) => `${owner} is missing the required field \`${key}\``,
    (owner, key) => `${owner} mist het verplichte veld \`${key}\``,
  ),
  listedTwice: entry((value: string, list: string) => `${value} is listed twice in ${list}`, (value, list) => `${value} staat twee keer in ${list}`),
  listOnce: entry(() => 'list it once', () => 'vermeld het maar één keer'),

  // describe-schema-errors.ts: the configuration, rule files and baselines
  or: entry(() => 'or', () => 'of'),
  and: entry(() => 'and', () => 'en'),
  notAQuantity: entry((value: string) => `${value} is not a number, a duration or a share`, (value) => `${value} is geen getal, duur of aandeel`),
  quantityForm: entry(() => 'e.g. 3, 4h or 80%', () => 'bv. 3, 4h of 80%'),
  notADateTime: entry((value: string) => `${value} is not a date and time (ISO 8601)`, (value) => `${value} is geen datum met tijd (ISO 8601)`),
  dateTimeForm: entry(() => 'e.g. 2026-06-15T09:30:00Z', () => 'bv. 2026-06-15T09:30:00Z'),
  notAValidKey: entry((key: string, name: string) => `${key} is not a valid key in ${name}`, (key, name) => `${key} is geen geldige sleutel in ${name}`),
  missingOneOf: entry((owner: string, keys: string) => `${owner} is missing ${keys}`, (owner, keys) => `${owner} mist ${keys}`),
  giveOneOf: entry(() => 'give exactly one of them', () => 'vul er precies één in'),
  onlyOneOf: entry(
    (owner: string, keys: string) => `${owner} has ${keys}, but only one of them may be given`,
    (owner, keys) => `${owner} bevat ${keys}, maar er mag er maar één van zijn`,
  ),

  // normalise.ts
  duplicateChannelId: entry(
    (id: string, first: string) => `channel id \`${id}\` is used twice (first at ${first})`,
    (id, first) => `kanaal-id \`${id}\` komt twee keer voor (eerst bij ${first})`,
  ),
  duplicateTeamId: entry(
    (id: string, first: string) => `team id \`${id}\` is used twice (first at ${first})`,
    (id, first) => `team-id \`${id}\` komt twee keer voor (eerst bij ${first})`,
  ),
  duplicateContactTypeId: entry(
    (id: string, first: string) => `contact type id \`${id}\` is used twice (first at ${first})`,
    (id, first) => `contacttype-id \`${id}\` komt twee keer voor (eerst bij ${first})`,
  ),
  idsUnique: entry((list: string) => `ids are unique within ${list}; rename one of them`, (list) => `ids zijn uniek binnen ${list}; hernoem er één`),
  teamSubject: entry((id: string) => `team \`${id}\``, (id) => `het team \`${id}\``),
  contactTypeSubject: entry((id: string) => `contact type \`${id}\``, (id) => `het contacttype \`${id}\``),
  allocationOf: entry((owner: string) => `the allocation of ${owner}`, (owner) => `de verdeling van ${owner}`),
  notAChannel: entry(
    (owner: string, id: string) => `${owner} names channel \`${id}\`, which is not a channel`,
    (owner, id) => `${owner} verwijst naar kanaal \`${id}\`, maar dat kanaal bestaat niet`,
  ),
  theChannelsAre: entry((list: string) => `the channels are: ${list}`, (list) => `de kanalen zijn: ${list}`),
  listChannelFirst: entry(() => 'list the channel under channels first', () => 'zet het kanaal eerst onder channels'),
  allocatesToForeignChannel: entry(
    (owner: string, id: string) => `${owner} allocates time to \`${id}\`, which is not one of its channels`,
    (owner, id) => `${owner} besteedt tijd aan \`${id}\`, maar dat kanaal hoort niet bij het team`,
  ),
  addOrRemoveAllocation: entry(
    (id: string) => `add ${id} to the team's channels, or remove it from allocation`,
    (id) => `voeg ${id} toe aan de channels van het team, of haal het uit allocation`,
  ),
  allocationOver100: entry(
    (owner: string, percent: string) => `the allocation of ${owner} adds up to ${percent}%, more than 100%`,
    (owner, percent) => `de verdeling van ${owner} telt op tot ${percent}%, meer dan 100%`,
  ),
  allocationAtMost100: entry(
    () => "the shares of a team's channels add up to at most 100%",
    () => 'de aandelen van de kanalen van een team zijn samen hoogstens 100%',
  ),
  unknownZone: entry((zone: string) => `\`${zone}\` is not a known time zone`, (zone) => `\`${zone}\` is geen bekende tijdzone`),
  writeIanaZone: entry(() => 'write an IANA zone name, e.g. Europe/Brussels', () => 'schrijf de naam van een IANA-tijdzone, bv. Europe/Brussels'),
  publicHolidaysWithoutCountry: entry(
    (value: string) => `"${value}" uses public holidays (PH), but organisation.country is not set`,
    (value) => `"${value}" gebruikt feestdagen (PH), maar organisation.country is niet ingevuld`,
  ),
  schoolHolidaysWithoutCountry: entry(
    (value: string) => `"${value}" uses school holidays (SH), but organisation.country is not set`,
    (value) => `"${value}" gebruikt schoolvakanties (SH), maar organisation.country is niet ingevuld`,
  ),
  addCountryForHolidays: entry(
    () => 'add organisation.country (e.g. country: BE) so the holidays are known',
    () => 'vul organisation.country in (bv. country: BE), zodat bekend is welke dagen dat zijn',
  ),

  // src/time/parse-hours.ts (errors only; its warnings stay English for the hours-ambiguous rule)
  hoursNeedCountry: entry(
    (value: string, kind: string) => `"${value}" uses ${kind} but organisation.country is not set`,
    (value, kind) => `"${value}" gebruikt ${kind}, maar organisation.country is niet ingevuld`,
  ),
  addCountry: entry(() => 'add organisation.country, e.g. BE', () => 'vul organisation.country in, bv. BE'),
  noSchoolHolidays: entry(
    (country: string, region?: string) => `opening_hours knows no school holidays (SH) for country ${country}${region ? ` and region "${region}"` : ''}`,
    (country, region) => `opening_hours kent geen schoolvakanties (SH) voor land ${country}${region ? ` en regio "${region}"` : ''}`,
  ),
  noPublicHolidays: entry(
    (country: string, region?: string) => `opening_hours knows no public holidays (PH) for country ${country}${region ? ` and region "${region}"` : ''}`,
    (country, region) => `opening_hours kent geen feestdagen (PH) voor land ${country}${region ? ` en regio "${region}"` : ''}`,
  ),
  schoolRegionBE: entry(
    () => 'set organisation.region to the community whose school holidays apply: NL (Vlaanderen), FR (Wallonie-Bruxelles) or DE (Ostbelgien)',
    () => 'zet organisation.region op de gemeenschap waarvan de schoolvakanties gelden: NL (Vlaanderen), FR (Wallonie-Bruxelles) of DE (Ostbelgien)',
  ),
  schoolRegionNL: entry(
    () => 'set organisation.region to the school-holiday region: NO (noord), MI (midden) or ZU (zuid)',
    () => 'zet organisation.region op de regio van de schoolvakanties: NO (noord), MI (midden) of ZU (zuid)',
  ),
  schoolRegionDE: entry(
    () => 'set organisation.region to the Land, as opening_hours names it (e.g. Bayern, Nordrhein-Westfalen)',
    () => 'zet organisation.region op de deelstaat, zoals opening_hours die noemt (bv. Bayern, Nordrhein-Westfalen)',
  ),
  schoolRegionAT: entry(
    () => 'set organisation.region to the Bundesland (e.g. Wien, Tirol)',
    () => 'zet organisation.region op de deelstaat (bv. Wien, Tirol)',
  ),
  schoolRegionFR: entry(
    () => 'set organisation.region to the school zone or region (e.g. Zone A, Île-de-France)',
    () => 'zet organisation.region op de schoolzone of regio (bv. Zone A, Île-de-France)',
  ),
  schoolRegionOther: entry(
    () => 'set organisation.region to a subdivision as opening_hours names it, or write the school holidays as dates',
    () => 'zet organisation.region op een regio zoals opening_hours die noemt, of schrijf de schoolvakanties als datums',
  ),
  publicRegionGB: entry(
    () => 'set organisation.region to England, Scotland, Wales or Northern Ireland (opening_hours has no UK-wide list)',
    () => 'zet organisation.region op England, Scotland, Wales of Northern Ireland (opening_hours heeft geen lijst voor heel het VK)',
  ),
  holidaysAsDates: entry(
    () => 'write the holidays as dates instead of PH, e.g. "Dec 25 off"',
    () => 'schrijf de feestdagen als datums in plaats van PH, bv. "Dec 25 off"',
  ),
  /** the library's reason and context, quoted as they are */
  invalidHoursAt: entry(
    (value: string, reason: string, context: string) => `"${value}" is not valid opening_hours: ${reason} (at "${context}")`,
    (value, reason, context) => `"${value}" is geen geldige opening_hours: ${reason} (bij "${context}")`,
  ),
  invalidHours: entry(
    (value: string, message: string) => `"${value}" is not valid opening_hours: ${message}`,
    (value, message) => `"${value}" is geen geldige opening_hours: ${message}`,
  ),
  seeHoursSpecification: entry(
    () => 'see https://wiki.openstreetmap.org/wiki/Key:opening_hours/specification',
    () => 'zie https://wiki.openstreetmap.org/wiki/Key:opening_hours/specification',
  ),
};

export type LoadMessageId = keyof typeof LOAD_MESSAGES;

/** The loader's texts in one language: `loadTexts('nl').fileEmpty()` → `het bestand is leeg`. */
export type LoadTexts = Texts<typeof LOAD_MESSAGES>;

export const loadTexts = bindTexts(LOAD_MESSAGES);
