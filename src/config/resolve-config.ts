// The configuration in force for `check`: the rules (which, with what severity, weight and
// options) and the gates. Precedence, for every gate and every per-rule setting: flag over
// configuration file over profile (a profile it extends, and what that one extends) over
// default (the rule files and DEFAULT_GATES). Every effective value keeps where it came from,
// for `config --print`.
// node:fs's `promises`, read when called: importing node:fs/promises would load it at every start (BENCHMARKS.md).
import { promises as fsp } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import shippedProfiles from '../generated/profiles.json';
import { closestMatch } from '../load/closest-match.js';
import type { Locate } from '../load/parse-yaml.js';
import { activateRule, convertOption, SEVERITY_WEIGHT, shippedRuleList, type ActiveRule } from '../engine/rule-set.js';
import { CHECKS } from '../checks/index.js';
import type { GateOptions } from '../engine/gates.js';
import { CATEGORIES, type Category, type Lang, type Rule, type Severity } from '../model/rule.js';
import { ConfigError, type ConfigProblem } from './config-error.js';
import { configTexts } from './config-messages.js';
import { findConfigFile } from './find-config-file.js';
import { loadRulePack } from './load-rule-pack.js';
import { readConfig, type WrittenConfig, type WrittenSetting } from './read-config.js';

/** What the command line said; undefined = not given (so a file or profile may decide). */
export interface ConfigFlags {
  config?: string;
  rules?: string[];
  failOn?: GateOptions['failOn'];
  minScore?: number;
  minCategoryScore?: Partial<Record<Category, number>>;
  maxWarnings?: number;
  requireComplete?: boolean;
}

export type Origin =
  /** the rule file (a shipped rule, or `file` for a pack rule) or DEFAULT_GATES; `note` says how it was derived */
  | { kind: 'default'; file?: string; note?: string }
  | { kind: 'profile'; name: string; line: number }
  | { kind: 'file'; file: string; line: number; column: number }
  | { kind: 'flag'; flag: string };

export interface Sourced<T> {
  value: T;
  origin: Origin;
}

export interface RuleSources {
  id: string;
  /** the pack folder, for a rule from a rule pack */
  pack?: string;
  enabled: Sourced<boolean>;
  severity: Sourced<Severity>;
  weight: Sourced<number>;
  /** options as written */
  options: Record<string, Sourced<unknown>>;
}

export interface GateSources {
  fail_on: Sourced<GateOptions['failOn']>;
  min_score?: Sourced<number>;
  min_category_score: Partial<Record<Category, Sourced<number>>>;
  max_warnings?: Sourced<number>;
  require_complete: Sourced<boolean>;
}

export interface ConfigSources {
  /** the configuration file used, as shown (relative to the working directory when inside it) */
  file?: string;
  /** the profiles applied, in order (each after those it extends) */
  profiles: string[];
  packs: Array<Sourced<string>>;
  gates: GateSources;
  rules: RuleSources[];
}

export interface EffectiveConfig {
  rules: ActiveRule[];
  gates: GateOptions;
  sources: ConfigSources;
}

export const DEFAULT_GATES: GateOptions = { failOn: 'error' };

const PROFILES = shippedProfiles as Record<string, string>;

export function profileNames(): string[] {
  return Object.keys(PROFILES).sort();
}

/** One configuration source: the file, or a profile. */
interface Layer {
  data: WrittenConfig;
  locate: Locate;
  /** as problems name it */
  shown: string;
  /** where pack paths are relative to (the file's folder); profiles load no packs */
  base?: string;
  origin(path: Array<string | number>): Origin;
}

function at(layer: Layer, path: Array<string | number>): Omit<ConfigProblem, 'message'> {
  const { line, column } = layer.locate(path);
  return { file: layer.shown, line, column, path: path.join('.') };
}

function listOf(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** The layers of the profiles a layer extends, each after the profiles it extends itself. */
function profileLayers(from: Layer, stack: string[], problems: ConfigProblem[], lang: Lang): Layer[] {
  const t = configTexts(lang);
  const layers: Layer[] = [];
  const names = listOf(from.data.extends);
  names.forEach((name, i) => {
    const path = Array.isArray(from.data.extends) ? ['extends', i] : ['extends'];
    const text = Object.prototype.hasOwnProperty.call(PROFILES, name) ? PROFILES[name] : undefined;
    if (text === undefined) {
      const close = closestMatch(name, profileNames());
      problems.push({ ...at(from, path), message: t.noProfile(name), hint: `${close ? `${t.didYouMean(close)} ` : ''}${t.profileList(profileNames().join(', '))}` });
      return;
    }
    if (stack.includes(name)) {
      problems.push({ ...at(from, path), message: t.profileExtendsItself(name, [...stack, name].join(' → ')) });
      return;
    }
    const read = readConfig(text, lang);
    const shown = `rules/profiles/${name}.yaml`;
    if (!read.data) {
      problems.push(...read.errors.map((e) => ({ file: shown, ...e })));
      return;
    }
    const layer: Layer = {
      data: read.data,
      locate: read.locate,
      shown,
      origin: (p) => ({ kind: 'profile', name, line: read.locate(p).line }),
    };
    layers.push(...profileLayers(layer, [...stack, name], problems, lang), layer);
  });
  return layers;
}

function showPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? absolute : rel;
}

interface RuleState {
  rule: Rule;
  pack?: string;
  enabled: Sourced<boolean>;
  severity: Sourced<Severity>;
  weight?: Sourced<number>;
  options: Record<string, Sourced<unknown>>;
}

function initialState(rule: Rule, pack?: { dir: string; file: string }): RuleState {
  const origin: Origin = pack ? { kind: 'default', file: pack.file } : { kind: 'default' };
  return {
    rule,
    pack: pack?.dir,
    enabled: { value: true, origin },
    severity: { value: rule.severity, origin },
    weight: rule.weight !== undefined ? { value: rule.weight, origin } : undefined,
    options: Object.fromEntries(Object.entries(rule.options).map(([k, v]) => [k, { value: v, origin }])),
  };
}

/** Apply one layer's `settings` to the rules; unknown ids and options are problems at their line. */
function applySettings(layer: Layer, states: Map<string, RuleState>, problems: ConfigProblem[], lang: Lang): void {
  const t = configTexts(lang);
  for (const [id, setting] of Object.entries(layer.data.settings ?? {})) {
    const state = states.get(id);
    if (!state) {
      const close = closestMatch(id, states.keys());
      problems.push({ ...at(layer, ['settings', id]), message: t.noRule(id), hint: close ? t.didYouMean(close) : t.seeRuleList() });
      continue;
    }
    const written: Exclude<WrittenSetting, string> = typeof setting === 'string' ? { severity: setting } : setting;
    const here = layer.origin(['settings', id]);
    if (written.severity === 'off') {
      state.enabled = { value: false, origin: layer.origin(typeof setting === 'string' ? ['settings', id] : ['settings', id, 'severity']) };
      continue;
    }
    // Any other setting turns the rule on: tuning a rule an earlier profile turned off means wanting it.
    state.enabled = { value: true, origin: here };
    if (written.severity !== undefined) state.severity = { value: written.severity, origin: layer.origin(typeof setting === 'string' ? ['settings', id] : ['settings', id, 'severity']) };
    if (written.weight !== undefined) state.weight = { value: written.weight, origin: layer.origin(['settings', id, 'weight']) };
    const check = CHECKS.get(state.rule.check);
    for (const [name, value] of Object.entries(written.options ?? {})) {
      const path = ['settings', id, 'options', name];
      if (!(name in state.rule.options)) {
        const tunable = Object.keys(state.rule.options);
        const isParam = state.rule.params !== undefined && name in state.rule.params;
        const close = closestMatch(name, tunable);
        problems.push({
          ...at(layer, path),
          message: isParam ? t.optionIsParam(name, id) : t.ruleHasNoOption(id, name),
          hint: close ? t.didYouMean(close) : tunable.length > 0 ? t.itsOptions(tunable.join(', ')) : t.noTunableOptions(),
        });
        continue;
      }
      const spec = check?.options[name];
      const converted = spec ? convertOption(spec, value, lang) : { ok: true as const };
      if (!converted.ok) {
        problems.push({ ...at(layer, path), message: `${name}: ${converted.message}` });
        continue;
      }
      state.options[name] = { value, origin: layer.origin(path) };
    }
  }
}

function applyGates(layer: Layer, gates: GateSources): void {
  const written = layer.data.gates ?? {};
  const origin = (key: string) => layer.origin(['gates', key]);
  if (written.fail_on !== undefined) gates.fail_on = { value: written.fail_on, origin: origin('fail_on') };
  if (written.min_score !== undefined) gates.min_score = { value: written.min_score, origin: origin('min_score') };
  if (written.max_warnings !== undefined) gates.max_warnings = { value: written.max_warnings, origin: origin('max_warnings') };
  if (written.require_complete !== undefined) gates.require_complete = { value: written.require_complete, origin: origin('require_complete') };
  for (const category of CATEGORIES) {
    const value = written.min_category_score?.[category];
    if (value !== undefined) gates.min_category_score[category] = { value, origin: layer.origin(['gates', 'min_category_score', category]) };
  }
}

function applyFlags(flags: ConfigFlags, gates: GateSources): void {
  const flag = (name: string): Origin => ({ kind: 'flag', flag: name });
  if (flags.failOn !== undefined) gates.fail_on = { value: flags.failOn, origin: flag('--fail-on') };
  if (flags.minScore !== undefined) gates.min_score = { value: flags.minScore, origin: flag('--min-score') };
  if (flags.maxWarnings !== undefined) gates.max_warnings = { value: flags.maxWarnings, origin: flag('--max-warnings') };
  // --require-complete can only switch the gate on: there is no flag to switch it off.
  if (flags.requireComplete) gates.require_complete = { value: true, origin: flag('--require-complete') };
  for (const [category, value] of Object.entries(flags.minCategoryScore ?? {})) {
    gates.min_category_score[category as Category] = { value, origin: flag('--min-category-score') };
  }
}

export async function resolveConfig(flags: ConfigFlags, env: { cwd: string; lang: Lang }): Promise<EffectiveConfig> {
  const problems: ConfigProblem[] = [];
  const layers: Layer[] = [];
  const { lang } = env;
  const t = configTexts(lang);
  const configPath = await findConfigFile(env.cwd, flags.config, lang);
  let shownFile: string | undefined;
  if (configPath !== undefined) {
    shownFile = showPath(env.cwd, configPath);
    const bytes = await fsp.readFile(configPath).catch((error: NodeJS.ErrnoException) => {
      throw new ConfigError([{ file: shownFile, message: t.cannotReadConfig(error.code ?? error.message) }], lang);
    });
    const read = readConfig(bytes, lang);
    if (!read.data) throw new ConfigError(read.errors.map((e) => ({ file: shownFile, ...e })), lang);
    const file = shownFile;
    const layer: Layer = {
      data: read.data,
      locate: read.locate,
      shown: file,
      base: dirname(configPath),
      origin: (p) => ({ kind: 'file', file, ...read.locate(p) }),
    };
    layers.push(...profileLayers(layer, [], problems, lang), layer);
  }
  if (problems.length > 0) throw new ConfigError(problems, lang);

  // Rule packs first: settings may name their rules. A folder named twice is loaded once.
  const packs: Array<Sourced<string>> = [];
  const packDirs: Array<{ dir: string; shown: string }> = [];
  const addPack = (dir: string, origin: Origin) => {
    if (packDirs.some((p) => p.dir === dir)) return;
    const shown = showPath(env.cwd, dir);
    packDirs.push({ dir, shown });
    packs.push({ value: shown, origin });
  };
  for (const layer of layers) (layer.data.rules ?? []).forEach((p, i) => addPack(resolve(layer.base ?? env.cwd, p), layer.origin(['rules', i])));
  for (const p of flags.rules ?? []) addPack(resolve(env.cwd, p), { kind: 'flag', flag: '--rules' });

  const states = new Map<string, RuleState>();
  for (const rule of shippedRuleList()) states.set(rule.id, initialState(rule));
  const taken = new Set(states.keys());
  for (const { dir, shown } of packDirs) {
    const loaded = await loadRulePack(dir, shown, taken, lang);
    problems.push(...loaded.problems);
    for (const r of loaded.rules) states.set(r.rule.id, initialState(r.rule, { dir: shown, file: r.file }));
  }
  if (problems.length > 0) throw new ConfigError(problems, lang, 'rule-pack');

  const gates: GateSources = {
    fail_on: { value: DEFAULT_GATES.failOn, origin: { kind: 'default' } },
    min_category_score: {},
    require_complete: { value: false, origin: { kind: 'default' } },
  };
  for (const layer of layers) {
    applySettings(layer, states, problems, lang);
    applyGates(layer, gates);
  }
  applyFlags(flags, gates);
  if (problems.length > 0) throw new ConfigError(problems, lang);

  const rules: ActiveRule[] = [];
  const ruleSources: RuleSources[] = [];
  const activationProblems: ConfigProblem[] = [];
  for (const state of states.values()) {
    const weight = state.weight ?? {
      value: SEVERITY_WEIGHT[state.severity.value],
      origin: { kind: 'default', note: state.severity.origin.kind === 'default' ? undefined : `for severity ${state.severity.value}` } as Origin,
    };
    ruleSources.push({ id: state.rule.id, pack: state.pack, enabled: state.enabled, severity: state.severity, weight, options: state.options });
    if (!state.enabled.value) continue;
    const overrides = Object.fromEntries(Object.entries(state.options).filter(([, s]) => s.origin.kind !== 'default').map(([k, s]) => [k, s.value]));
    const result = activateRule({ ...state.rule, severity: state.severity.value, weight: weight.value }, overrides);
    activationProblems.push(...result.problems.map((message) => ({ message })));
    if (result.active) rules.push(result.active);
  }
  if (activationProblems.length > 0) throw new ConfigError(activationProblems, lang);

  const minCategoryScore = Object.fromEntries(Object.entries(gates.min_category_score).map(([c, s]) => [c, s.value]));
  return {
    rules,
    gates: {
      failOn: gates.fail_on.value,
      ...(gates.min_score ? { minScore: gates.min_score.value } : {}),
      ...(Object.keys(minCategoryScore).length > 0 ? { minCategoryScore } : {}),
      ...(gates.max_warnings ? { maxWarnings: gates.max_warnings.value } : {}),
      ...(gates.require_complete.value ? { requireComplete: true } : {}),
    },
    sources: {
      file: shownFile,
      profiles: layers.filter((l) => l.base === undefined).map((l) => l.shown.replace(/^rules\/profiles\/|\.yaml$/g, '')),
      packs,
      gates,
      rules: ruleSources,
    },
  };
}
