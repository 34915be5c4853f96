// A custom rule pack: a folder whose every *.yaml (*.yml) file is one rule, validated like the
// shipped ones (schemas/rule.schema.json, precompiled) with line and column on every problem.
// A pack may only name checks that exist, and its ids may not clash with the shipped rules or
// with each other: an id is a rule's identity in baselines and suppressions.
// node:fs's `promises`, read when called: importing node:fs/promises would load it at every start (BENCHMARKS.md).
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import schemaJson from '../../schemas/rule.schema.json' with { type: 'json' };
import { CHECKS } from '../checks/index.js';
import { validateRule } from '../generated/validators.js';
import { closestMatch } from '../load/closest-match.js';
import { describeSchemaErrors, type SchemaNode } from '../load/describe-schema-errors.js';
import { parseYaml, type Locate } from '../load/parse-yaml.js';
import { toFileErrors } from '../load/validate.js';
import type { Lang, Rule } from '../model/rule.js';
import { convertOption } from '../engine/rule-set.js';
import type { ConfigProblem } from './config-error.js';
import { configTexts } from './config-messages.js';

export interface PackRule {
  rule: Rule;
  /** the rule file, as shown */
  file: string;
  locate: Locate;
  /** the pack folder, as written */
  pack: string;
}

export interface LoadedPack {
  rules: PackRule[];
  problems: ConfigProblem[];
}

/**
 * Load one pack. `dir` is absolute; `shown` is how messages name it. `taken` holds the ids
 * already in force (shipped rules and earlier packs) and gains this pack's.
 */
export async function loadRulePack(dir: string, shown: string, taken: Set<string>, lang: Lang = 'en'): Promise<LoadedPack> {
  const t = configTexts(lang);
  const info = await fsp.stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) return { rules: [], problems: [{ file: shown, message: info ? t.packNotAFolder() : t.packMissing() }] };
  const names = (await fsp.readdir(dir)).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort();
  if (names.length === 0) return { rules: [], problems: [{ file: shown, message: t.packEmpty() }] };
  const rules: PackRule[] = [];
  const problems: ConfigProblem[] = [];
  for (const name of names) {
    const file = join(shown, name);
    const parsed = parseYaml(await fsp.readFile(join(dir, name)), { maxDepth: 16, lang, kind: 'other' });
    const fileProblems = (errors: Array<{ line: number; column: number; path: string; message: string; hint?: string }>) =>
      problems.push(...errors.map((e) => ({ file, ...e })));
    if (parsed.errors.length > 0 || parsed.data === undefined) {
      fileProblems(parsed.errors);
      continue;
    }
    const validate = validateRule as unknown as ValidateFunction;
    if (!validate(parsed.data)) {
      fileProblems(toFileErrors(describeSchemaErrors(schemaJson as SchemaNode, validate.errors ?? [], parsed.data, lang), parsed.locate));
      continue;
    }
    const rule = parsed.data as Rule;
    const at = (path: Array<string | number>) => ({ file, ...parsed.locate(path), path: path.join('.') });
    const before = problems.length;
    if (taken.has(rule.id)) problems.push({ ...at(['id']), message: t.ruleExists(rule.id), hint: t.ownIdHint() });
    const check = CHECKS.get(rule.check);
    if (!check) {
      const close = closestMatch(rule.check, CHECKS.keys());
      problems.push({ ...at(['check']), message: t.noCheck(rule.check), hint: close ? t.didYouMean(close) : t.checkList([...CHECKS.keys()].sort().join(', ')) });
    } else {
      for (const group of ['params', 'options'] as const) {
        for (const [key, value] of Object.entries(rule[group] ?? {})) {
          const spec = check.options[key];
          if (!spec) {
            const close = closestMatch(key, Object.keys(check.options));
            problems.push({ ...at([group, key]), message: t.checkHasNoOption(check.id, key), hint: close ? t.didYouMean(close) : t.itsOptions(Object.keys(check.options).join(', ') || t.none()) });
            continue;
          }
          const converted = convertOption(spec, value, lang);
          if (!converted.ok) problems.push({ ...at([group, key]), message: `${key}: ${converted.message}` });
        }
      }
      for (const [key, spec] of Object.entries(check.options)) {
        if (spec.required && !(key in rule.options) && !(key in (rule.params ?? {}))) problems.push({ ...at([]), message: t.checkNeeds(check.id, key) });
      }
    }
    if (problems.length === before) {
      taken.add(rule.id);
      rules.push({ rule, file, locate: parsed.locate, pack: shown });
    }
  }
  return { rules, problems };
}
