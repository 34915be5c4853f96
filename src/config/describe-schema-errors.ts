// ajv's errors → one problem per field, in words, for the configuration file and rule packs
// (the organisation file has its own, richer describer in src/load/validate.ts, bound to its
// schema). Works from whatever schema it is given: unknown keys get a did-you-mean from the
// keys the schema allows at that place, enums from their values.
import type { ErrorObject } from 'ajv';
import { closestMatch } from '../load/closest-match.js';
import { formatFieldPath, parseInstancePath, valueAt } from '../load/field-path.js';
import type { FieldPath } from '../model/organisation.js';

export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
  then?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  examples?: unknown[];
  description?: string;
  definitions?: Record<string, SchemaNode>;
}

export interface Problem {
  path: FieldPath;
  message: string;
  hint?: string;
}

function resolve(root: SchemaNode, node: SchemaNode | undefined): SchemaNode | undefined {
  let current = node;
  for (let i = 0; i < 10 && current?.$ref; i++) current = root.definitions?.[current.$ref.replace('#/definitions/', '')];
  return current;
}

/** The keys a mapping may have at `path`: its own, those of the `then` branches and `oneOf` alternatives. */
function keysAt(root: SchemaNode, path: FieldPath): string[] {
  const keys = new Set<string>();
  const visit = (node: SchemaNode | undefined, rest: FieldPath) => {
    const n = resolve(root, node);
    if (!n) return;
    for (const branch of [...(n.oneOf ?? []), ...(n.allOf ?? []).map((a) => a.then)]) visit(branch, rest);
    if (rest.length === 0) {
      for (const key of Object.keys(n.properties ?? {})) if (key !== '$schema') keys.add(key);
      return;
    }
    const [head, ...tail] = rest;
    if (typeof head === 'number') visit(n.items, tail);
    else visit(n.properties?.[head] ?? (typeof n.additionalProperties === 'object' ? n.additionalProperties : undefined), tail);
  };
  visit(root, path);
  return [...keys];
}

function shown(value: unknown): string {
  if (typeof value === 'string') return `\`${value}\``;
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `\`${String(value)}\``;
}

function nameOf(path: FieldPath): string {
  const key = [...path].reverse().find((p) => typeof p === 'string');
  return key === undefined ? 'the file' : String(key);
}

/** The examples the schema gives for the field at `path` (first found among the alternatives). */
function examplesAt(root: SchemaNode, path: FieldPath): string | undefined {
  let found: unknown[] | undefined;
  const visit = (node: SchemaNode | undefined, rest: FieldPath) => {
    const n = resolve(root, node);
    if (!n || found) return;
    if (rest.length === 0 && n.examples?.length) {
      found = n.examples;
      return;
    }
    for (const branch of [...(n.oneOf ?? []), ...(n.allOf ?? []).map((a) => a.then)]) visit(branch, rest);
    if (rest.length === 0) return;
    const [head, ...tail] = rest;
    if (typeof head === 'number') visit(n.items, tail);
    else visit(n.properties?.[head] ?? (typeof n.additionalProperties === 'object' ? n.additionalProperties : undefined), tail);
  };
  visit(root, path);
  return found?.map((x) => (typeof x === 'object' ? JSON.stringify(x).replace(/"/g, '') : String(x))).join(', ');
}

function describeValue(path: FieldPath, value: unknown, errors: ErrorObject[], examples: string | undefined): Problem {
  const name = nameOf(path);
  const byKeyword = (k: string) => errors.find((e) => e.keyword === k);
  const enumError = byKeyword('enum');
  if (enumError) {
    const allowed = ((enumError.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
    const close = typeof value === 'string' ? closestMatch(value, allowed) : undefined;
    return { path, message: `${shown(value)} is not a valid ${name}`, hint: `${close ? `did you mean ${close}? ` : ''}allowed: ${allowed.join(', ')}` };
  }
  const constError = byKeyword('const');
  if (constError) return { path, message: `${name} must be ${shown((constError.params as { allowedValue: unknown }).allowedValue)}, not ${shown(value)}` };
  const limit = byKeyword('minimum') ?? byKeyword('maximum');
  if (limit) {
    const { comparison, limit: bound } = limit.params as { comparison: string; limit: number };
    return { path, message: `${name} must be ${comparison === '>=' ? 'at least' : 'at most'} ${bound}, not ${shown(value)}` };
  }
  if (byKeyword('pattern')) return { path, message: `${shown(value)} is not in the expected form for ${name}`, hint: examples ? `example: ${examples}` : undefined };
  const typeError = byKeyword('type');
  if (typeError) {
    const wanted = String((typeError.params as { type: string | string[] }).type).replace(/,/g, ' or ');
    const words: Record<string, string> = { object: 'a mapping', array: 'a list', string: 'a text', number: 'a number', integer: 'a whole number', boolean: 'true or false' };
    return { path, message: `${name} must be ${words[wanted] ?? wanted}, not ${shown(value)}`, hint: examples ? `example: ${examples}` : undefined };
  }
  if (byKeyword('minItems')) return { path, message: `${name} lists nothing` };
  if (byKeyword('minProperties')) return { path, message: `${name} is empty` };
  // oneOf: the value fits none of the alternatives.
  return { path, message: `${shown(value)} is not a valid ${name}`, hint: examples ? `examples: ${examples}` : undefined };
}

/** Problems from ajv's errors (allErrors, verbose for examples), one per field. */
export function describeSchemaErrors(root: SchemaNode, errors: readonly ErrorObject[], data: unknown): Problem[] {
  const problems = new Map<string, Problem>();
  const add = (p: Problem) => {
    const key = formatFieldPath(p.path);
    if (!problems.has(key)) problems.set(key, p);
  };
  const byValue = new Map<string, { path: FieldPath; errors: ErrorObject[] }>();
  const needsOneOf = new Map<string, { path: FieldPath; keys: string[] }>();
  // A value refused by `oneOf` also fails inside every alternative; speak about the deepest field.
  const ignored = new Set(['if', 'oneOf', 'anyOf', 'allOf', 'not']);
  for (const error of errors) {
    const at = parseInstancePath(error.instancePath, data);
    if (error.keyword === 'additionalProperties') {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const allowed = keysAt(root, at);
      const close = closestMatch(key, allowed);
      add({
        path: [...at, key],
        message: at.length === 0 ? `unknown key ${key}` : `unknown key ${key} in ${nameOf(at)}`,
        hint: close ? `did you mean ${close}?` : allowed.length > 0 ? `known keys: ${allowed.join(', ')}` : undefined,
      });
    } else if (error.keyword === 'required' && /\/oneOf\/\d+\/required$/.test(error.schemaPath)) {
      const entry = needsOneOf.get(formatFieldPath(at)) ?? { path: at, keys: [] };
      entry.keys.push(String((error.params as { missingProperty: string }).missingProperty));
      needsOneOf.set(formatFieldPath(at), entry);
      byValue.delete(formatFieldPath(at));
    } else if (error.keyword === 'required') {
      const key = String((error.params as { missingProperty: string }).missingProperty);
      add({ path: [...at, key], message: `${at.length === 0 ? 'the file' : formatFieldPath(at)} needs ${key}` });
    } else if (error.keyword === 'propertyNames') {
      const key = String((error.params as { propertyName: string }).propertyName);
      add({ path: [...at, key], message: `${shown(key)} is not a valid name: lower-case letters, digits and dashes`, hint: 'example: email-slow-answer' });
    } else if ((error as ErrorObject & { propertyName?: string }).propertyName !== undefined) {
      continue;
    } else {
      const key = formatFieldPath(at);
      if (needsOneOf.has(key)) continue;
      const entry = byValue.get(key) ?? { path: at, errors: [] };
      entry.errors.push(error);
      byValue.set(key, entry);
    }
  }
  for (const { path, errors: here } of byValue.values()) {
    const value = valueAt(data, path);
    const key = formatFieldPath(path);
    const examples = examplesAt(root, path);
    const hasDeeper = [...problems.keys(), ...byValue.keys()].some((k) => k !== key && (key === '' || k.startsWith(`${key}.`) || k.startsWith(`${key}[`)));
    if (here.some((e) => e.keyword === 'oneOf')) {
      // A mapping that fits none of the alternatives: its own fields' problems say why.
      if (hasDeeper && typeof value === 'object' && value !== null) continue;
      const alternative = here.find((e) => e.keyword === 'enum' || e.keyword === 'pattern');
      add(describeValue(path, value, alternative && typeof value === 'string' ? [alternative] : [], examples));
      continue;
    }
    const telling = here.filter((e) => !ignored.has(e.keyword));
    if (telling.length === 0 && hasDeeper) continue;
    add(describeValue(path, value, telling, examples));
  }
  for (const { path, keys } of needsOneOf.values()) add({ path, message: `${formatFieldPath(path) || 'the file'} needs one of ${keys.join(', ')}` });
  return [...problems.values()];
}
