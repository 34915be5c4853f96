// `contact-audit rules` lists the rules (id, category, severity, title); `rules show <id>` explains
// one: title, rationale, recommendation, sources with their quotes, options with defaults, and a
// failing and a passing example (the rule's fixtures, bundled at build time). Rules of packs named
// by --rules or the configuration are included, with the severity and options in force.
import rawExamples from '../generated/rule-examples.json';
import { resolveConfig } from '../config/resolve-config.js';
import { describeRule } from '../engine/describe-rules.js';
import { activateRule, shippedRuleList, type ActiveRule } from '../engine/rule-set.js';
import { closestMatch } from '../load/closest-match.js';
import type { RuleDescription } from '../model/report.js';
import { CATEGORIES, type Lang, type Rule } from '../model/rule.js';
import { UI_TEXT } from '../report/ui-text.js';
import { CliError, type CliIo } from './io.js';
import { wrapText as wrap } from '../report/wrap-text.js';

export interface RulesOptions {
  lang: Lang;
  format: 'text' | 'json';
  config?: string;
  rules?: string[];
}

interface RuleExample {
  file: string;
  text: string;
  /** subject ids that fail (null: the organisation) */
  failing: Array<string | null>;
  passing: Array<string | null>;
}
const EXAMPLES = rawExamples as Record<string, { fail?: RuleExample; pass?: RuleExample }>;

interface ListedRule {
  active: ActiveRule;
  /** false: shipped, but switched off by the configuration */
  isEnabled: boolean;
  origin: 'shipped' | 'pack';
}

const TEXTS = {
  en: {
    id: 'rule',
    category: 'category',
    severity: 'severity',
    title: 'checks that',
    off: 'off',
    count: (n: number, off: number) => `${n} rules${off ? ` (${off} switched off by the configuration)` : ''}; \`contact-audit rules show <id>\` explains one`,
    unknown: (id: string) => `there is no rule \`${id}\``,
    didYouMean: (close: string) => `did you mean \`${close}\`?`,
    list: 'run `contact-audit rules` for the list',
    failsAs: 'when it fails',
    weight: 'weight',
    check: 'check',
    disabled: 'switched off by the configuration',
    pack: 'from a rule pack',
    why: 'Why',
    recommendation: 'Recommendation',
    sources: 'Sources',
    practice: 'practice',
    article: (file: string) => `article docs/sources/${file}`,
    options: 'Options',
    noOptions: 'none: the rule has no threshold to tune',
    defaultWas: (value: string) => `default ${value}`,
    failing: 'A failing example',
    passing: 'A passing example',
    failsFor: (list: string) => `fails for: ${list}`,
    passesFor: (list: string) => `passes for: ${list}`,
    organisation: 'the organisation',
    noExample: 'no example: this rule has no fixture folder',
    page: 'Documentation',
  },
  nl: {
    id: 'regel',
    category: 'categorie',
    severity: 'ernst',
    title: 'controleert dat',
    off: 'uit',
    count: (n: number, off: number) => `${n} regels${off ? ` (${off} uitgezet door de configuratie)` : ''}; \`contact-audit rules show <id>\` legt er één uit`,
    unknown: (id: string) => `er is geen regel \`${id}\``,
    didYouMean: (close: string) => `bedoel je \`${close}\`?`,
    list: 'de lijst staat in `contact-audit rules`',
    failsAs: 'als ze faalt',
    weight: 'gewicht',
    check: 'controle',
    disabled: 'uitgezet door de configuratie',
    pack: 'uit een regelpakket',
    why: 'Waarom',
    recommendation: 'Aanbeveling',
    sources: 'Bronnen',
    practice: 'praktijk',
    article: (file: string) => `artikel docs/sources/${file}`,
    options: 'Opties',
    noOptions: 'geen: de regel heeft geen drempel om in te stellen',
    defaultWas: (value: string) => `standaard ${value}`,
    failing: 'Een voorbeeld dat faalt',
    passing: 'Een voorbeeld dat slaagt',
    failsFor: (list: string) => `faalt voor: ${list}`,
    passesFor: (list: string) => `slaagt voor: ${list}`,
    organisation: 'de organisatie',
    noExample: 'geen voorbeeld: deze regel heeft geen map met fixtures',
    page: 'Documentatie',
  },
} as const;

/** The rules in force (configuration and packs included), then the shipped ones switched off. */
async function listRules(options: RulesOptions, io: CliIo): Promise<ListedRule[]> {
  let inForce: ActiveRule[];
  try {
    ({ rules: inForce } = await resolveConfig({ config: options.config, rules: options.rules }, { cwd: io.cwd, lang: options.lang }));
  } catch (error) {
    // Configuration and rule-pack errors carry their exit code (2) and say what is wrong.
    if (error instanceof Error && 'exitCode' in error && !(error instanceof CliError)) throw new CliError(error.message, Number(error.exitCode));
    throw error;
  }
  const shipped = shippedRuleList();
  const shippedIds = new Set(shipped.map((r) => r.id));
  const listed: ListedRule[] = inForce.map((active) => ({ active, isEnabled: true, origin: shippedIds.has(active.rule.id) ? 'shipped' : 'pack' }));
  const seen = new Set(inForce.map((a) => a.rule.id));
  for (const rule of shipped) {
    if (seen.has(rule.id)) continue;
    const { active } = activateRule(rule);
    if (active) listed.push({ active, isEnabled: false, origin: 'shipped' });
  }
  // As the README's table: by category, then id.
  return listed.sort((a, b) => CATEGORIES.indexOf(a.active.rule.category) - CATEGORIES.indexOf(b.active.rule.category) || a.active.rule.id.localeCompare(b.active.rule.id));
}

function pad(cells: string[][]): string {
  const widths = cells[0].map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  return cells.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')).join('\n');
}

export async function runRulesList(options: RulesOptions, io: CliIo): Promise<number> {
  const t = TEXTS[options.lang];
  const listed = await listRules(options, io);
  if (options.format === 'json') {
    const rules = listed.map(({ active, isEnabled, origin }) => ({
      id: active.rule.id,
      category: active.rule.category,
      severity: active.rule.severity,
      weight: active.weight,
      title: active.rule.title[options.lang],
      enabled: isEnabled,
      origin,
    }));
    io.stdout.write(`${JSON.stringify({ lang: options.lang, rules }, null, 2)}\n`);
    return 0;
  }
  const rows = listed.map(({ active, isEnabled }) => [
    active.rule.id,
    active.rule.category,
    isEnabled ? UI_TEXT[options.lang].severity[active.rule.severity] : t.off,
    active.rule.title[options.lang],
  ]);
  const off = listed.filter((l) => !l.isEnabled).length;
  io.stdout.write(`${pad([[t.id, t.category, t.severity, t.title], ...rows])}\n\n${t.count(listed.length, off)}\n`);
  return 0;
}


function shown(value: unknown): string {
  return Array.isArray(value) ? `[${value.join(', ')}]` : String(value);
}

function subjects(list: Array<string | null>, lang: Lang): string {
  return [...new Set(list.map((s) => s ?? TEXTS[lang].organisation))].join(', ');
}

function renderExample(heading: string, example: RuleExample | undefined, lang: Lang): string[] {
  const t = TEXTS[lang];
  if (!example) return [heading, `  ${t.noExample}`];
  const notes = [example.file];
  if (example.failing.length > 0) notes.push(t.failsFor(subjects(example.failing, lang)));
  if (example.passing.length > 0) notes.push(t.passesFor(subjects(example.passing, lang)));
  return [`${heading} (${notes.join('; ')})`, ...example.text.trimEnd().split('\n').map((line) => `  ${line}`)];
}

/** What `rules show <id> --format json` prints: the report's rule description, plus defaults and examples. */
export interface RuleExplanation extends RuleDescription {
  enabled: boolean;
  origin: 'shipped' | 'pack';
  check: string;
  /** the rule file's options (the defaults), next to `options` (in force) */
  defaults: Record<string, unknown>;
  examples: { fail?: RuleExample; pass?: RuleExample };
}

function explain(listed: ListedRule, lang: Lang): RuleExplanation {
  const { active, isEnabled, origin } = listed;
  return {
    ...describeRule(active, lang),
    enabled: isEnabled,
    origin,
    check: active.rule.check,
    defaults: active.rule.options,
    examples: EXAMPLES[active.rule.id] ?? {},
  };
}

function renderExplanation(e: ListedRule, rule: Rule, x: RuleExplanation, lang: Lang, width: number): string {
  const t = TEXTS[lang];
  const status = [!e.isEnabled ? t.disabled : undefined, e.origin === 'pack' ? t.pack : undefined].filter(Boolean).join('; ');
  const lines = [
    `${x.id}  ${x.title}`,
    `  ${t.category} ${UI_TEXT[lang].category[x.category]} (${x.category}) · ${t.severity} ${UI_TEXT[lang].severity[x.severity]} · ${t.weight} ${x.weight} · ${t.check} ${x.check}${status ? ` · ${status}` : ''}`,
    `  ${t.failsAs}: ${x.failure_title}`,
    '',
    t.why,
    wrap(x.rationale, width, '  '),
    '',
    t.recommendation,
    wrap(x.recommendation, width, '  '),
    '',
    t.sources,
  ];
  for (const source of rule.source) {
    if (source.kind === 'article') {
      lines.push(`  - ${t.article(source.file)}`, wrap(`“${source.quote}”`, width, '    '));
      if (source.note) lines.push(wrap(source.note, width, '    '));
    } else lines.push(`  - ${t.practice}`, wrap(source.note, width, '    '));
  }
  lines.push('', t.options);
  const names = Object.keys(x.defaults);
  if (names.length === 0) lines.push(`  ${t.noOptions}`);
  for (const name of names) {
    const now = shown(x.options[name]);
    const was = shown(x.defaults[name]);
    lines.push(`  ${name}: ${now}${now === was ? '' : ` (${t.defaultWas(was)})`}`);
  }
  lines.push('', ...renderExample(t.failing, x.examples.fail, lang), '', ...renderExample(t.passing, x.examples.pass, lang));
  if (e.origin === 'shipped') lines.push('', `${t.page}: ${x.help_path}`);
  return `${lines.join('\n')}\n`;
}

export async function runRulesShow(id: string, options: RulesOptions, io: CliIo): Promise<number> {
  const t = TEXTS[options.lang];
  const listed = await listRules(options, io);
  const found = listed.find((l) => l.active.rule.id === id);
  if (!found) {
    const close = closestMatch(id, listed.map((l) => l.active.rule.id));
    throw new CliError(`${t.unknown(id)}; ${close ? t.didYouMean(close) : t.list}`);
  }
  const explanation = explain(found, options.lang);
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify(explanation, null, 2)}\n`);
    return 0;
  }
  io.stdout.write(renderExplanation(found, found.active.rule, explanation, options.lang, Math.min(io.stdout.columns ?? 100, 100)));
  return 0;
}
