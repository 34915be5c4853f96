// A custom rule pack: a folder whose every *.yaml (*.yml) file is one rule, validated like the
// shipped ones (schemas/rule.schema.json, precompiled) with line and column on every problem.
// A pack may only name checks that exist, and its ids may not clash with the shipped rules or
// with each other: an id is a rule's identity in baselines and suppressions.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import schemaJson from '../../schemas/rule.schema.json' with { type: 'json' };
import { CHECKS } from '../checks/index.js';
import { validateRule } from '../generated/validators.js';
import { closestMatch } from '../load/closest-match.js';
import { parseYaml, type Locate } from '../load/parse-yaml.js';
import { toFileErrors } from '../load/validate.js';
import type { Rule } from '../model/rule.js';
import { convertOption } from '../engine/rule-set.js';
import type { ConfigProblem } from './config-error.js';
import { describeSchemaErrors, type SchemaNode } from './describe-schema-errors.js';

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
export async function loadRulePack(dir: string, shown: string, taken: Set<string>): Promise<LoadedPack> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) return { rules: [], problems: [{ file: shown, message: info ? 'a rule pack is a folder of rule files' : 'the rule pack folder does not exist' }] };
  const names = (await readdir(dir)).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort();
  if (names.length === 0) return { rules: [], problems: [{ file: shown, message: 'the rule pack holds no rule file (*.yaml)' }] };
  const rules: PackRule[] = [];
  const problems: ConfigProblem[] = [];
  for (const name of names) {
    const file = join(shown, name);
    const parsed = parseYaml(await readFile(join(dir, name)), { maxDepth: 16 });
    const fileProblems = (errors: Array<{ line: number; column: number; path: string; message: string; hint?: string }>) =>
      problems.push(...errors.map((e) => ({ file, ...e })));
    if (parsed.errors.length > 0 || parsed.data === undefined) {
      fileProblems(parsed.errors);
      continue;
    }
    const validate = validateRule as unknown as ValidateFunction;
    if (!validate(parsed.data)) {
      fileProblems(toFileErrors(describeSchemaErrors(schemaJson as SchemaNode, validate.errors ?? [], parsed.data), parsed.locate));
      continue;
    }
    const rule = parsed.data as Rule;
    const at = (path: Array<string | number>) => ({ file, ...parsed.locate(path), path: path.join('.') });
    const before = problems.length;
    if (taken.has(rule.id)) problems.push({ ...at(['id']), message: `rule ${rule.id} already exists`, hint: 'a pack rule needs an id of its own, e.g. with your organisation as prefix' });
    const check = CHECKS.get(rule.check);
    if (!check) {
      const close = closestMatch(rule.check, CHECKS.keys());
      problems.push({ ...at(['check']), message: `there is no check ${rule.check}`, hint: close ? `did you mean ${close}?` : `checks: ${[...CHECKS.keys()].sort().join(', ')}` });
    } else {
      for (const group of ['params', 'options'] as const) {
        for (const [key, value] of Object.entries(rule[group] ?? {})) {
          const spec = check.options[key];
          if (!spec) {
            const close = closestMatch(key, Object.keys(check.options));
            problems.push({ ...at([group, key]), message: `check ${check.id} has no option ${key}`, hint: close ? `did you mean ${close}?` : `its options: ${Object.keys(check.options).join(', ') || 'none'}` });
            continue;
          }
          const converted = convertOption(spec, value);
          if (!converted.ok) problems.push({ ...at([group, key]), message: `${key}: ${converted.message}` });
        }
      }
      for (const [key, spec] of Object.entries(check.options)) {
        if (spec.required && !(key in rule.options) && !(key in (rule.params ?? {}))) problems.push({ ...at([]), message: `check ${check.id} needs ${key} (in params or options)` });
      }
    }
    if (problems.length === before) {
      taken.add(rule.id);
      rules.push({ rule, file, locate: parsed.locate, pack: shown });
    }
  }
  return { rules, problems };
}
