// Schema validation (the validator is precompiled by scripts/build.mjs) with messages for
// people: every problem of the file at once, one per field, each with a hint where we can
// guess what was meant. The messages are built from the schema node of the field and the value
// written, not from ajv's wording, so `oneOf` alternatives never show up as noise.
import type { ErrorObject } from 'ajv';
import schemaJson from '../../schemas/organisation.schema.json' with { type: 'json' };
import { validateOrganisation } from '../generated/validators.js';
import type { FieldPath } from '../model/organisation.js';
import type { FileError } from '../model/report.js';
import type { Lang } from '../model/rule.js';
import { closestMatch } from './closest-match.js';
import { formatFieldPath, parseInstancePath, valueAt } from './field-path.js';
import { loadTexts, type LoadTexts } from './load-messages.js';
import type { Locate } from './parse-yaml.js';
import { parseDuration, parseShare } from './values.js';

interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  oneOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  required?: string[];
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  minLength?: number;
  examples?: unknown[];
  description?: string;
  definitions?: Record<string, SchemaNode>;
}

const ROOT = schemaJson as SchemaNode;
const SUPPORTED_VERSION = 1;

interface Located {
  node: SchemaNode;
  /** the name of the last definition passed through (`share`, `duration`, …) */
  definition?: string;
}

function resolveRef(node: SchemaNode, definition?: string): Located {
  let current = node;
  let name = definition;
  // Definitions refer to each other at most a few levels deep; the bound guards against a cycle.
  for (let i = 0; i < 10 && current.$ref; i++) {
    name = current.$ref.replace('#/definitions/', '');
    const target = ROOT.definitions?.[name];
    if (!target) break;
    // Keywords beside the $ref (a description) are kept; the definition's win otherwise.
    const { $ref: _ignored, ...beside } = current;
    current = { ...target, ...beside };
  }
  return { node: current, definition: name };
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** The alternative of a `oneOf` that a value of this type is meant for (`false` or an object). */
function pickBranch(node: SchemaNode, value: unknown): SchemaNode | undefined {
  const type = jsonType(value);
  return node.oneOf?.find((b) => b.type === type || (b.type === 'number' && type === 'integer'));
}

/** The schema node that describes the field at `path`, following refs and matching `oneOf` branches. */
function schemaAt(path: FieldPath, data: unknown): Located | undefined {
  let located: Located = resolveRef(ROOT);
  for (let i = 0; i < path.length; i++) {
    let { node } = located;
    if (node.oneOf) {
      const branch = pickBranch(node, valueAt(data, path.slice(0, i)));
      if (!branch) return undefined;
      node = branch;
    }
    const segment = path[i];
    let next: SchemaNode | undefined;
    if (typeof segment === 'number') next = node.items;
    else next = node.properties?.[segment] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
    if (!next) return undefined;
    located = resolveRef(next);
  }
  return located;
}

/** The keys a mapping at `path` accepts. */
function allowedKeys(path: FieldPath, data: unknown): string[] {
  const located = schemaAt(path, data);
  if (!located) return [];
  const node = located.node.oneOf ? pickBranch(located.node, valueAt(data, path)) : located.node;
  return Object.keys(node?.properties ?? {}).filter((k) => k !== '$schema');
}

/** A JSON value as it would be written in YAML flow style: `{ answered: 80%, within: 20s }`. */
export function formatExample(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(formatExample).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${formatExample(v)}`).join(', ')} }`;
  }
  return String(value);
}

function exampleOf(located: Located | undefined): string | undefined {
  const examples = located?.node.examples;
  return examples && examples.length > 0 ? formatExample(examples[0]) : undefined;
}

function shown(value: unknown, t: LoadTexts): string {
  if (typeof value === 'string') return `\`${value}\``;
  if (value === null) return t.emptyValue();
  if (Array.isArray(value)) return t.aList();
  if (typeof value === 'object') return t.aMapping();
  return `\`${String(value)}\``;
}

/** The name of the field for messages: its key, or for a list item the list's key. */
function fieldName(path: FieldPath, t: LoadTexts): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return String(path[i]);
  return t.theFile();
}

function isListItem(path: FieldPath): boolean {
  return typeof path[path.length - 1] === 'number';
}

const TYPE_WORDS: Record<string, 'typeBoolean' | 'typeNumber' | 'typeInteger' | 'typeString' | 'aList' | 'aMapping'> = {
  boolean: 'typeBoolean',
  number: 'typeNumber',
  integer: 'typeInteger',
  string: 'typeString',
  array: 'aList',
  object: 'aMapping',
};

const YAML11_BOOLEANS: Record<string, boolean> = {
  yes: true, y: true, on: true, true: true, no: false, n: false, off: false, false: false,
};

/** A slug that would be a valid id: `Phone Main` → `phone-main`. */
function suggestId(value: string): string | undefined {
  const slug = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? undefined : slug;
}

interface Message {
  message: string;
  hint?: string;
}

function describeType(path: FieldPath, value: unknown, located: Located | undefined, t: LoadTexts): Message {
  const node = located?.node;
  const expected = Array.isArray(node?.type) ? node!.type[0] : node?.type;
  const example = exampleOf(located);
  const name = isListItem(path) ? t.eachItemOf(fieldName(path, t)) : fieldName(path, t);
  if (expected === 'boolean' && typeof value === 'string' && value.toLowerCase() in YAML11_BOOLEANS) {
    const meant = YAML11_BOOLEANS[value.toLowerCase()];
    return { message: t.textNotBoolean(name, shown(value, t)), hint: t.writeBoolean(String(meant)) };
  }
  if (expected === 'integer' && typeof value === 'number') {
    return { message: t.mustBeWholeNumber(name, String(value)), hint: example ? t.example(example) : undefined };
  }
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return { message: t.mustBeText(name, shown(value, t)), hint: t.putInQuotes(String(value)) };
  }
  const words = expected ? (TYPE_WORDS[expected] ? t[TYPE_WORDS[expected]]() : expected) : t.typeOther();
  return { message: t.mustBe(name, words, shown(value, t)), hint: example ? t.exampleField(name, example) : undefined };
}

function describeEnum(path: FieldPath, value: unknown, allowed: unknown[], t: LoadTexts): Message {
  const names = allowed.map(String);
  const close = typeof value === 'string' ? closestMatch(value, names) : undefined;
  const list = t.allowedValues(names.join(', '));
  const name = isListItem(path) ? t.itemOf(fieldName(path, t)) : fieldName(path, t);
  return {
    message: t.notValidEnum(shown(value, t), name),
    hint: close ? `${t.didYouMean(close)} ${list}` : list,
  };
}

function describeShare(value: unknown, t: LoadTexts, lang: Lang): Message {
  const parsed = parseShare(value, lang);
  if (!parsed.ok) return { message: parsed.message, hint: parsed.hint };
  // parseShare reads a quoted "0.8" too; the format wants a percentage string or a number.
  return { message: t.notAShare(shown(value, t)), hint: t.writeShareUnquoted(String(Number(value) * 100), String(Number(value))) };
}

function describeDuration(value: unknown, t: LoadTexts, lang: Lang): Message {
  const bare = typeof value === 'number' ? String(value) : typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? value.trim() : undefined;
  if (bare !== undefined) return { message: t.bareDuration(bare), hint: t.sayWhichUnit(bare) };
  const parsed = parseDuration(value, lang);
  if (!parsed.ok) return { message: parsed.message, hint: parsed.hint };
  return { message: t.notADuration(shown(value, t)), hint: t.durationForm() };
}

function describeDate(value: unknown, t: LoadTexts): Message {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return { message: t.notARealDate(shown(value, t)), hint: t.checkMonthDay() };
  }
  return { message: t.notAnIsoDate(shown(value, t)), hint: t.isoDateForm() };
}

function describeId(value: unknown, isReference: boolean, t: LoadTexts): Message {
  if (typeof value !== 'string') return { message: t.idMustBeText(shown(value, t)), hint: t.example('front-nl') };
  const slug = suggestId(value);
  return {
    message: isReference ? t.notAChannelId(shown(value, t)) : t.notAValidId(shown(value, t)),
    hint: t.example(slug ? `\`${slug}\`` : 'front-nl'),
  };
}

function describePattern(path: FieldPath, value: unknown, located: Located | undefined, t: LoadTexts): Message {
  const name = fieldName(path, t);
  if (typeof value === 'string' && name === 'country') {
    return /^[a-z]{2}$/i.test(value)
      ? { message: t.countryCapitals(shown(value, t)), hint: t.write(value.toUpperCase()) }
      : { message: t.countryNotIso(shown(value, t)), hint: t.countryForm() };
  }
  if (typeof value === 'string' && name === 'languages') {
    return /^[a-z]{2}$/i.test(value)
      ? { message: t.languageLowerCase(shown(value, t)), hint: t.write(value.toLowerCase()) }
      : { message: t.languageNotIso(shown(value, t)), hint: t.languageForm() };
  }
  if (located?.definition === 'hours') return { message: t.fieldEmpty(name), hint: t.example('"Mo-Fr 08:00-20:00"') };
  const example = exampleOf(located);
  return { message: t.notExpectedForm(name, shown(value, t)), hint: example ? t.example(example) : undefined };
}

const VALUE_DEFINITIONS: Record<string, (value: unknown, t: LoadTexts, lang: Lang) => Message> = {
  share: describeShare,
  duration: describeDuration,
  date: describeDate,
  id: (v, t) => describeId(v, false, t),
  channel_ref: (v, t) => describeId(v, true, t),
};

/** One message for everything ajv found wrong with the value at `path`. */
function describeValue(path: FieldPath, value: unknown, errors: ErrorObject[], data: unknown, lang: Lang): Message | undefined {
  const t = loadTexts(lang);
  if (path.length === 1 && path[0] === 'version') {
    const hint = t.write(`version: ${SUPPORTED_VERSION}`);
    if (typeof value === 'number' && Number.isInteger(value)) return { message: t.unsupportedVersion(String(value), SUPPORTED_VERSION), hint };
    return { message: t.versionMustBe(SUPPORTED_VERSION, shown(value, t)), hint };
  }
  const located = schemaAt(path, data);
  const node = located?.node;
  if (node?.oneOf && located?.definition !== 'share') {
    // `false` or a mapping (policies.social_media, monitoring.social_listening): a mapping's own
    // problems are reported at its fields; only a value of another kind is wrong here.
    if (pickBranch(node, value) || value === false) return undefined;
    const example = node.examples?.find((e) => typeof e === 'object');
    return {
      message: t.falseOrMapping(fieldName(path, t), shown(value, t)),
      hint: example ? t.writeFalseOrExample(formatExample(example)) : t.writeFalse(),
    };
  }
  const describe = located?.definition ? VALUE_DEFINITIONS[located.definition] : undefined;
  if (describe) return describe(value, t, lang);

  const keywords = new Set(errors.map((e) => e.keyword));
  const name = fieldName(path, t);
  const example = exampleOf(located);
  if (keywords.has('type')) return describeType(path, value, located, t);
  if (keywords.has('enum') && node?.enum) return describeEnum(path, value, node.enum, t);
  if (keywords.has('const')) return { message: t.mustBe(name, shown(node?.const, t), shown(value, t)) };
  if (keywords.has('minItems')) return { message: t.listsNothing(name, node?.minItems ?? 1), hint: example ? t.example(example) : undefined };
  if (keywords.has('minimum')) return { message: t.atLeast(name, String(node?.minimum), shown(value, t)) };
  if (keywords.has('exclusiveMinimum')) return { message: t.moreThan(name, String(node?.exclusiveMinimum), shown(value, t)) };
  if (keywords.has('maximum')) return { message: t.atMost(name, String(node?.maximum), shown(value, t)) };
  if (keywords.has('minLength')) return { message: t.fieldEmpty(name), hint: example ? t.example(example) : undefined };
  if (keywords.has('pattern')) return describePattern(path, value, located, t);
  return { message: t.invalidValue(name, errors[0]?.message ?? 'invalid value') };
}

interface Problem {
  path: FieldPath;
  message: string;
  hint?: string;
}

/** Problems from ajv's errors: unknown keys, missing fields, wrong values; one per field. */
export function describeErrors(errors: readonly ErrorObject[], data: unknown, lang: Lang = 'en'): Problem[] {
  const t = loadTexts(lang);
  const problems = new Map<string, Problem>();
  const add = (problem: Problem) => {
    const key = formatFieldPath(problem.path);
    if (!problems.has(key)) problems.set(key, problem);
  };
  const byValue = new Map<string, { path: FieldPath; errors: ErrorObject[] }>();

  for (const error of errors) {
    const at = parseInstancePath(error.instancePath, data);
    if (error.keyword === 'additionalProperties') {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const allowed = allowedKeys(at, data);
      const close = closestMatch(key, allowed);
      add({
        path: [...at, key],
        message: at.length === 0 ? t.unknownKeyAtTop(key) : t.unknownKeyIn(key, fieldName(at, t)),
        hint: close ? t.didYouMean(close) : allowed.length > 0 ? t.knownKeys(allowed.join(', ')) : undefined,
      });
    } else if (error.keyword === 'required') {
      const key = String((error.params as { missingProperty: string }).missingProperty);
      const example = exampleOf(schemaAt([...at, key], data));
      const owner = at.length === 0 ? t.theFile() : formatFieldPath(at);
      add({ path: [...at, key], message: t.missingField(owner, key), hint: example ? t.exampleField(key, example) : undefined });
    } else if (error.keyword === 'propertyNames') {
      const key = String((error.params as { propertyName: string }).propertyName);
      add({ path: [...at, key], ...describeId(key, true, t) });
    } else if (error.keyword === 'uniqueItems') {
      const { i, j } = error.params as { i: number; j: number };
      const later = Math.max(i, j);
      const value = valueAt(data, [...at, later]);
      add({ path: [...at, later], message: t.listedTwice(shown(value, t), fieldName(at, t)), hint: t.listOnce() });
    } else if ((error as ErrorObject & { propertyName?: string }).propertyName !== undefined) {
      // The pattern error behind a propertyNames error: reported by the propertyNames branch.
      continue;
    } else {
      const key = formatFieldPath(at);
      const entry = byValue.get(key) ?? { path: at, errors: [] };
      entry.errors.push(error);
      byValue.set(key, entry);
    }
  }
  for (const { path, errors: here } of byValue.values()) {
    const described = describeValue(path, valueAt(data, path), here, data, lang);
    if (described) add({ path, ...described });
  }
  return [...problems.values()];
}

/** Validate plain data against the organisation schema; the problems, in file order. */
export function validate(data: unknown, locate: Locate, lang: Lang = 'en'): FileError[] {
  if (validateOrganisation(data)) return [];
  return toFileErrors(describeErrors(validateOrganisation.errors ?? [], data, lang), locate);
}

export function toFileErrors(problems: readonly Problem[], locate: Locate): FileError[] {
  return problems
    .map((p) => {
      const error: FileError = { ...locate(p.path), path: formatFieldPath(p.path), message: p.message };
      if (p.hint !== undefined) error.hint = p.hint;
      return error;
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}
