// Every text of a configuration, profile or rule-pack problem that is not the schema describer's
// (src/load/describe-schema-errors.ts words those), in English and Dutch. Ids, file names, keys
// and values are passed in as written and never translated.
import { bindTexts, entry, type Texts } from '../load/bind-texts.js';

export const CONFIG_MESSAGES = {
  didYouMean: entry((close: string) => `did you mean ${close}?`, (close) => `bedoel je ${close}?`),

  // config-error.ts: the first line of the error
  configurationUnusable: entry(
    (count: number) => `the configuration cannot be used (${count} problem${count === 1 ? '' : 's'}):`,
    (count) => `de configuratie is niet bruikbaar (${count} ${count === 1 ? 'probleem' : 'problemen'}):`,
  ),
  rulePackUnusable: entry(
    (count: number) => `the rule pack cannot be used (${count} problem${count === 1 ? '' : 's'}):`,
    (count) => `het regelpakket is niet bruikbaar (${count} ${count === 1 ? 'probleem' : 'problemen'}):`,
  ),

  // find-config-file.ts
  configFileMissing: entry(() => 'the configuration file does not exist', () => 'het configuratiebestand bestaat niet'),
  configNotAFile: entry(() => 'the configuration is not a file', () => 'de configuratie is geen bestand'),
  twoConfigFiles: entry((first: string, second: string) => `both ${first} and ${second} are here`, (first, second) => `${first} en ${second} staan hier allebei`),
  keepOneFile: entry(() => 'keep one', () => 'hou er één over'),

  // resolve-config.ts
  cannotReadConfig: entry((reason: string) => `cannot read the configuration: ${reason}`, (reason) => `de configuratie kan niet gelezen worden: ${reason}`),
  noProfile: entry((name: string) => `there is no profile ${name}`, (name) => `er is geen profiel ${name}`),
  profileList: entry((list: string) => `profiles: ${list}`, (list) => `profielen: ${list}`),
  profileExtendsItself: entry(
    (name: string, chain: string) => `profile ${name} extends itself (${chain})`,
    (name, chain) => `profiel ${name} bouwt op zichzelf voort (${chain})`,
  ),
  noRule: entry((id: string) => `there is no rule ${id}`, (id) => `er is geen regel ${id}`),
  seeRuleList: entry(() => 'run `contact-audit rules` for the list', () => 'de lijst staat in `contact-audit rules`'),
  optionIsParam: entry(
    (name: string, id: string) => `${name} is fixed in rule ${id} (a param, not a tunable option)`,
    (name, id) => `${name} ligt vast in regel ${id} (een param, geen optie die je kunt instellen)`,
  ),
  ruleHasNoOption: entry((id: string, name: string) => `rule ${id} has no option ${name}`, (id, name) => `regel ${id} heeft geen optie ${name}`),
  itsOptions: entry((list: string) => `its options: ${list}`, (list) => `de opties zijn: ${list}`),
  noTunableOptions: entry(() => 'the rule has no tunable options', () => 'de regel heeft geen opties die je kunt instellen'),

  // load-rule-pack.ts
  packNotAFolder: entry(() => 'a rule pack is a folder of rule files', () => 'een regelpakket is een map met regelbestanden'),
  packMissing: entry(() => 'the rule pack folder does not exist', () => 'de map van het regelpakket bestaat niet'),
  packEmpty: entry(() => 'the rule pack holds no rule file (*.yaml)', () => 'het regelpakket bevat geen regelbestand (*.yaml)'),
  ruleExists: entry((id: string) => `rule ${id} already exists`, (id) => `regel ${id} bestaat al`),
  ownIdHint: entry(
    () => 'a pack rule needs an id of its own, e.g. with your organisation as prefix',
    () => 'een regel in een pakket heeft een eigen id nodig, bv. met je organisatie ervoor',
  ),
  noCheck: entry((name: string) => `there is no check ${name}`, (name) => `er is geen controle ${name}`),
  checkList: entry((list: string) => `checks: ${list}`, (list) => `controles: ${list}`),
  checkHasNoOption: entry((check: string, key: string) => `check ${check} has no option ${key}`, (check, key) => `controle ${check} heeft geen optie ${key}`),
  none: entry(() => 'none', () => 'geen'),
  checkNeeds: entry(
    (check: string, key: string) => `check ${check} needs ${key} (in params or options)`,
    (check, key) => `controle ${check} heeft ${key} nodig (in params of options)`,
  ),
};

export type ConfigTexts = Texts<typeof CONFIG_MESSAGES>;

/** The configuration's texts in one language: `configTexts('nl').noRule('x')` → `er is geen regel x`. */
export const configTexts = bindTexts(CONFIG_MESSAGES);
