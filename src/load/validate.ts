// Schema validation (the validator is precompiled by scripts/build.mjs) with messages for
// people: every problem of the file at once, one per field, each with a hint where we can
// guess what was meant. The messages are built from the schema node of the field and the value
// written, not from ajv's wording, so `oneOf` alternatives never show up as noise.
import type { ErrorObject } from 'ajv';
import schemaJson from '../../schemas/organisation.schema.json' with { type: 'json' };
import { validateOrganisation } from '../generated/validators.js';
import type { FieldPath } from '../model/organisation.js';
import type { FileError } from '../model/report.js';
import { closestMatch } from './closest-match.js';
import { formatFieldPath, parseInstancePath, valueAt } from './field-path.js';
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

function shown(value: unknown): string {
  if (typeof value === 'string') return `\`${value}\``;
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `\`${String(value)}\``;
}

/** The name of the field for messages: its key, or for a list item the list's key. */
function fieldName(path: FieldPath): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return String(path[i]);
  return 'the file';
}

const TYPE_WORDS: Record<string, string> = {
  boolean: 'true or false',
  number: 'a number',
  integer: 'a whole number',
  string: 'text',
  array: 'a list',
  object: 'a mapping',
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

function describeType(path: FieldPath, value: unknown, located: Located | undefined): Message {
  const node = located?.node;
  const expected = Array.isArray(node?.type) ? node!.type[0] : node?.type;
  const example = exampleOf(located);
  const name = typeof path[path.length - 1] === 'number' ? `each ${fieldName(path)} item` : fieldName(path);
  if (expected === 'boolean' && typeof value === 'string' && value.toLowerCase() in YAML11_BOOLEANS) {
    const meant = YAML11_BOOLEANS[value.toLowerCase()];
    return {
      message: `${name} is ${shown(value)}, which is text here, not true or false`,
      hint: `write ${meant}; in YAML 1.2 only true and false are booleans`,
    };
  }
  if (expected === 'integer' && typeof value === 'number') {
    return { message: `${name} must be a whole number, not ${value}`, hint: example ? `e.g. ${example}` : undefined };
  }
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return { message: `${name} must be text, not ${shown(value)}`, hint: `put it in quotes: "${String(value)}"` };
  }
  const words = expected ? TYPE_WORDS[expected] ?? expected : 'another kind of value';
  return { message: `${name} must be ${words}, not ${shown(value)}`, hint: example ? `e.g. ${name}: ${example}` : undefined };
}

function describeEnum(path: FieldPath, value: unknown, allowed: unknown[]): Message {
  const names = allowed.map(String);
  const close = typeof value === 'string' ? closestMatch(value, names) : undefined;
  const list = `allowed: ${names.join(', ')}`;
  const name = typeof path[path.length - 1] === 'number' ? `${fieldName(path)} item` : fieldName(path);
  return {
    message: `${shown(value)} is not a valid ${name}`,
    hint: close ? `did you mean \`${close}\`? ${list}` : list,
  };
}

function describeShare(value: unknown): Message {
  const parsed = parseShare(value);
  if (!parsed.ok) return { message: parsed.message, hint: parsed.hint };
  // parseShare reads a quoted "0.8" too; the format wants a percentage string or a number.
  return { message: `${shown(value)} is not a share`, hint: `write ${Number(value) * 100}% or ${Number(value)} (without quotes)` };
}

function describeDuration(value: unknown): Message {
  const bare = typeof value === 'number' ? String(value) : typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? value.trim() : undefined;
  if (bare !== undefined) {
    return { message: `the duration ${bare} has no unit`, hint: `say which unit: ${bare}s, ${bare}m or ${bare}h` };
  }
  const parsed = parseDuration(value);
  if (!parsed.ok) return { message: parsed.message, hint: parsed.hint };
  return { message: `${shown(value)} is not a duration`, hint: 'a number and a unit: s, m (or min), h, d, e.g. 20s, 5m, 1.5h' };
}

function describeDate(value: unknown): Message {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return { message: `${shown(value)} is not a real date`, hint: 'check the month and the day' };
  }
  return { message: `${shown(value)} is not an ISO date`, hint: 'write it as YYYY-MM-DD, e.g. 2025-03-01' };
}

function describeId(value: unknown, isReference: boolean): Message {
  if (typeof value !== 'string') return { message: `an id must be text, not ${shown(value)}`, hint: 'e.g. front-nl' };
  const slug = suggestId(value);
  const what = isReference ? 'a channel id' : 'a valid id';
  return {
    message: `${shown(value)} is not ${what}: ids use lower-case letters, digits and -`,
    hint: slug ? `e.g. \`${slug}\`` : 'e.g. front-nl',
  };
}

function describePattern(path: FieldPath, value: unknown, located: Located | undefined): Message {
  const name = fieldName(path);
  if (typeof value === 'string' && name === 'country') {
    return /^[a-z]{2}$/i.test(value)
      ? { message: `country ${shown(value)} must be written in capitals`, hint: `write ${value.toUpperCase()}` }
      : { message: `country ${shown(value)} is not an ISO 3166-1 alpha-2 code`, hint: 'two capital letters, e.g. BE, NL' };
  }
  if (typeof value === 'string' && name === 'languages') {
    return /^[a-z]{2}$/i.test(value)
      ? { message: `language ${shown(value)} must be written in lower case`, hint: `write ${value.toLowerCase()}` }
      : { message: `language ${shown(value)} is not an ISO 639-1 code`, hint: 'two lower-case letters, e.g. nl, fr, en' };
  }
  if (located?.definition === 'hours') return { message: `${name} is empty`, hint: `e.g. "Mo-Fr 08:00-20:00"` };
  const example = exampleOf(located);
  return { message: `${name} ${shown(value)} is not in the expected form`, hint: example ? `e.g. ${example}` : undefined };
}

const VALUE_DEFINITIONS: Record<string, (value: unknown) => Message> = {
  share: describeShare,
  duration: describeDuration,
  date: describeDate,
  id: (v) => describeId(v, false),
  channel_ref: (v) => describeId(v, true),
};

/** One message for everything ajv found wrong with the value at `path`. */
function describeValue(path: FieldPath, value: unknown, errors: ErrorObject[], data: unknown): Message | undefined {
  if (path.length === 1 && path[0] === 'version') {
    if (typeof value === 'number' && Number.isInteger(value)) {
      return { message: `unsupported version ${value}; this contact-audit reads version ${SUPPORTED_VERSION}`, hint: `write version: ${SUPPORTED_VERSION}` };
    }
    return { message: `version must be the number ${SUPPORTED_VERSION}, not ${shown(value)}`, hint: `write version: ${SUPPORTED_VERSION}` };
  }
  const located = schemaAt(path, data);
  const node = located?.node;
  if (node?.oneOf && located?.definition !== 'share') {
    // `false` or a mapping (policies.social_media, monitoring.social_listening): a mapping's own
    // problems are reported at its fields; only a value of another kind is wrong here.
    if (pickBranch(node, value) || value === false) return undefined;
    const example = node.examples?.find((e) => typeof e === 'object');
    return {
      message: `${fieldName(path)} must be false or a mapping, not ${shown(value)}`,
      hint: example ? `write false when there is none, or e.g. ${formatExample(example)}` : 'write false when there is none',
    };
  }
  const describe = located?.definition ? VALUE_DEFINITIONS[located.definition] : undefined;
  if (describe) return describe(value);

  const keywords = new Set(errors.map((e) => e.keyword));
  const name = fieldName(path);
  if (keywords.has('type')) return describeType(path, value, located);
  if (keywords.has('enum') && node?.enum) return describeEnum(path, value, node.enum);
  if (keywords.has('const')) return { message: `${name} must be ${shown(node?.const)}, not ${shown(value)}` };
  if (keywords.has('minItems')) {
    return { message: `${name} lists nothing; list at least ${node?.minItems ?? 1}`, hint: exampleOf(located) ? `e.g. ${exampleOf(located)}` : undefined };
  }
  if (keywords.has('minimum')) return { message: `${name} must be at least ${node?.minimum}, not ${shown(value)}` };
  if (keywords.has('exclusiveMinimum')) return { message: `${name} must be more than ${node?.exclusiveMinimum}, not ${shown(value)}` };
  if (keywords.has('maximum')) return { message: `${name} must be at most ${node?.maximum}, not ${shown(value)}` };
  if (keywords.has('minLength')) return { message: `${name} is empty`, hint: exampleOf(located) ? `e.g. ${exampleOf(located)}` : undefined };
  if (keywords.has('pattern')) return describePattern(path, value, located);
  return { message: `${name}: ${errors[0]?.message ?? 'invalid value'}` };
}

interface Problem {
  path: FieldPath;
  message: string;
  hint?: string;
}

/** Problems from ajv's errors: unknown keys, missing fields, wrong values; one per field. */
export function describeErrors(errors: readonly ErrorObject[], data: unknown): Problem[] {
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
      const where = at.length === 0 ? 'at the top level' : `in ${fieldName(at)}`;
      add({
        path: [...at, key],
        message: `unknown key \`${key}\` ${where}`,
        hint: close ? `did you mean \`${close}\`?` : allowed.length > 0 ? `known keys here: ${allowed.join(', ')}` : undefined,
      });
    } else if (error.keyword === 'required') {
      const key = String((error.params as { missingProperty: string }).missingProperty);
      const example = exampleOf(schemaAt([...at, key], data));
      const owner = at.length === 0 ? 'the file' : formatFieldPath(at);
      add({ path: [...at, key], message: `${owner} is missing the required field \`${key}\``, hint: example ? `e.g. ${key}: ${example}` : undefined });
    } else if (error.keyword === 'propertyNames') {
      const key = String((error.params as { propertyName: string }).propertyName);
      add({ path: [...at, key], ...describeId(key, true) });
    } else if (error.keyword === 'uniqueItems') {
      const { i, j } = error.params as { i: number; j: number };
      const later = Math.max(i, j);
      const value = valueAt(data, [...at, later]);
      add({ path: [...at, later], message: `${shown(value)} is listed twice in ${fieldName(at)}`, hint: 'list it once' });
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
    const described = describeValue(path, valueAt(data, path), here, data);
    if (described) add({ path, ...described });
  }
  return [...problems.values()];
}

/** Validate plain data against the organisation schema; the problems, in file order. */
export function validate(data: unknown, locate: Locate): FileError[] {
  if (validateOrganisation(data)) return [];
  return toFileErrors(describeErrors(validateOrganisation.errors ?? [], data), locate);
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
