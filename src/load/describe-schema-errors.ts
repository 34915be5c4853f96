// ajv's errors → one problem per field, in words (English or Dutch), for every file contact-audit
// checks against a JSON Schema: the organisation file, the configuration and the shipped
// profiles, rule files, baselines. The messages are built from the schema node of the field and
// the value written, not from ajv's wording, so `oneOf` alternatives and `if`/`then` branches
// never show up as noise. Our schemas share a vocabulary: definitions whose values have messages
// of their own (share, duration, date, id, channel_ref, quantity) and one id pattern.
import type { ErrorObject } from 'ajv';
import type { FieldPath } from '../model/organisation.js';
import type { Lang } from '../model/rule.js';
import { closestMatch } from './closest-match.js';
import { formatFieldPath, parseInstancePath, valueAt } from './field-path.js';
import { loadTexts, type LoadTexts } from './load-messages.js';
import { parseDuration, parseShare, slugify } from './values.js';

/** The part of JSON Schema (draft-07) our schemas use; definitions live in `#/definitions`. */
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
  if?: SchemaNode;
  then?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  propertyNames?: SchemaNode;
  items?: SchemaNode;
  required?: string[];
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  minLength?: number;
  minProperties?: number;
  examples?: unknown[];
  description?: string;
  definitions?: Record<string, SchemaNode>;
}

/** One problem of the file: where (a field path, `[]` for the document), what, and what to write. */
export interface SchemaProblem {
  path: FieldPath;
  message: string;
  hint?: string;
}

/** The pattern of every id in our schemas: channel, team, contact-type and rule ids, profile names. */
const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

interface Located {
  node: SchemaNode;
  /** the name of the last definition passed through (`share`, `duration`, …) */
  definition?: string;
}

interface Context {
  root: SchemaNode;
  data: unknown;
  lang: Lang;
  t: LoadTexts;
}

interface Message {
  message: string;
  hint?: string;
}

function resolveRef(root: SchemaNode, node: SchemaNode, definition?: string): Located {
  let current = node;
  let name = definition;
  // Definitions refer to each other at most a few levels deep; the bound guards against a cycle.
  for (let i = 0; i < 10 && current.$ref; i++) {
    name = current.$ref.replace('#/definitions/', '');
    const target = root.definitions?.[name];
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

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeAccepts(declared: string | string[] | undefined, type: string): boolean {
  const types = Array.isArray(declared) ? declared : declared === undefined ? [] : [declared];
  return types.some((t) => t === type || (t === 'number' && type === 'integer'));
}

/** The first alternative of a `oneOf` that declares the value's type (`false` or an object). */
function branchOfType(node: SchemaNode, value: unknown): SchemaNode | undefined {
  const type = jsonType(value);
  return node.oneOf?.find((b) => typeAccepts(b.type, type));
}

/** Whether an object alternative is the one a value names by a constant field (`kind: article`). */
function isNamedBranch(branch: SchemaNode, value: unknown): boolean {
  if (!isMapping(value)) return false;
  return Object.entries(branch.properties ?? {}).some(([key, p]) => p.const !== undefined && value[key] === p.const);
}

/** The fields every alternative fixes to a constant of its own (`kind`): what names an alternative. */
function namingKeys(branches: SchemaNode[]): string[] {
  return Object.keys(branches[0]?.properties ?? {}).filter((key) => branches.every((b) => b.properties?.[key]?.const !== undefined));
}

/** The alternatives of a `oneOf` to look into for a value: those of its type, the one it names first. */
function branchesFor(ctx: Context, node: SchemaNode, value: unknown): SchemaNode[] {
  const type = jsonType(value);
  const ofType = (node.oneOf ?? []).map((b) => resolveRef(ctx.root, b).node).filter((b) => typeAccepts(b.type, type));
  const named = ofType.filter((b) => isNamedBranch(b, value));
  return named.length > 0 ? named : ofType;
}

/** Whether a value meets an `if` (the forms our schemas use: constant fields, required keys). */
function meetsIf(ctx: Context, condition: SchemaNode, value: unknown): boolean {
  const node = resolveRef(ctx.root, condition).node;
  if (!isMapping(value)) return true;
  if (node.required?.some((key) => !(key in value))) return false;
  for (const [key, p] of Object.entries(node.properties ?? {})) {
    if (!(key in value)) continue;
    if (p.const !== undefined && value[key] !== p.const) return false;
    if (p.enum && !p.enum.includes(value[key])) return false;
  }
  return true;
}

/** A node and the `then` of every `allOf` condition the value meets: all say what the value may hold. */
function expand(ctx: Context, located: Located, value: unknown): Located[] {
  const found = [located];
  for (const part of located.node.allOf ?? []) {
    if (part.then && (!part.if || meetsIf(ctx, part.if, value))) found.push(...expand(ctx, resolveRef(ctx.root, part.then), value));
  }
  return found;
}

function childOf(node: SchemaNode, segment: string | number): SchemaNode | undefined {
  if (typeof segment === 'number') return node.items;
  return node.properties?.[segment] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
}

/** Every schema node that describes the field at `path`, following refs, `oneOf` branches and `if`/`then`. */
function nodesAt(ctx: Context, path: FieldPath): Located[] {
  let current = expand(ctx, resolveRef(ctx.root, ctx.root), ctx.data);
  for (let i = 0; i < path.length; i++) {
    const parent = valueAt(ctx.data, path.slice(0, i));
    const next: Located[] = [];
    for (const { node } of current) {
      for (const n of node.oneOf ? branchesFor(ctx, node, parent) : [node]) {
        const child = childOf(n, path[i]);
        if (child) next.push(...expand(ctx, resolveRef(ctx.root, child), valueAt(ctx.data, path.slice(0, i + 1))));
      }
    }
    current = next;
  }
  return current;
}

/** Of the nodes at `path` (a rule's `options` and the `then` that shapes them), the one that holds the keywords that failed. */
function schemaFor(ctx: Context, path: FieldPath, errors: ErrorObject[]): Located | undefined {
  const candidates = nodesAt(ctx, path);
  if (candidates.length <= 1) return candidates[0];
  const explains = (l: Located) => errors.filter((e) => e.keyword in l.node).length;
  return candidates.reduce((best, l) => (explains(l) > explains(best) ? l : best));
}

/** The keys a mapping at `path` accepts. */
function allowedKeys(ctx: Context, path: FieldPath): string[] {
  const keys = new Set<string>();
  const value = valueAt(ctx.data, path);
  for (const { node } of nodesAt(ctx, path)) {
    for (const n of node.oneOf ? branchesFor(ctx, node, value) : [node]) for (const key of Object.keys(n.properties ?? {})) keys.add(key);
  }
  keys.delete('$schema');
  return [...keys];
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

function exampleAt(ctx: Context, path: FieldPath): string | undefined {
  return exampleOf(nodesAt(ctx, path).find((l) => l.node.examples?.length));
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

/** `a, b or c`, in the language of `t`. */
function listWithOr(items: string[], t: LoadTexts, word: 'or' | 'and' = 'or'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${t[word]()} ${items[items.length - 1]}`;
}

const TYPE_WORDS: Record<string, 'typeBoolean' | 'typeNumber' | 'typeInteger' | 'typeString' | 'aList' | 'aMapping'> = {
  boolean: 'typeBoolean',
  number: 'typeNumber',
  integer: 'typeInteger',
  string: 'typeString',
  array: 'aList',
  object: 'aMapping',
};

function typeWord(type: string, t: LoadTexts): string {
  return TYPE_WORDS[type] ? t[TYPE_WORDS[type]]() : type;
}

const YAML11_BOOLEANS: Record<string, boolean> = {
  yes: true, y: true, on: true, true: true, no: false, n: false, off: false, false: false,
};

function paramsOf(errors: ErrorObject[], keyword: string): Record<string, unknown> {
  return (errors.find((e) => e.keyword === keyword)?.params ?? {}) as Record<string, unknown>;
}

function describeType(path: FieldPath, value: unknown, located: Located | undefined, errors: ErrorObject[], t: LoadTexts): Message {
  const declared = located?.node.type ?? (paramsOf(errors, 'type').type as string | string[] | undefined);
  const types = Array.isArray(declared) ? declared : declared === undefined ? [] : [declared];
  const expected = types[0];
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
  const words = types.length > 1 ? listWithOr(types.filter((x) => x !== 'null').map((x) => typeWord(x, t)), t) : expected ? typeWord(expected, t) : t.typeOther();
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

/** A threshold of a generic check (rule files): a number, a duration or a share. */
function describeQuantity(value: unknown, t: LoadTexts): Message {
  return { message: t.notAQuantity(shown(value, t)), hint: t.quantityForm() };
}

function describeDate(value: unknown, t: LoadTexts): Message {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return { message: t.notARealDate(shown(value, t)), hint: t.checkMonthDay() };
  }
  return { message: t.notAnIsoDate(shown(value, t)), hint: t.isoDateForm() };
}

function describeId(value: unknown, isReference: boolean, t: LoadTexts): Message {
  if (typeof value !== 'string') return { message: t.idMustBeText(shown(value, t)), hint: t.example('front-nl') };
  const slug = slugify(value);
  return {
    message: isReference ? t.notAChannelId(shown(value, t)) : t.notAValidId(shown(value, t)),
    hint: t.example(slug ? `\`${slug}\`` : 'front-nl'),
  };
}

function describePattern(path: FieldPath, value: unknown, located: Located | undefined, errors: ErrorObject[], t: LoadTexts): Message {
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
  if ((located?.node.pattern ?? paramsOf(errors, 'pattern').pattern) === ID_PATTERN) return describeId(value, false, t);
  const example = exampleOf(located);
  return { message: t.notExpectedForm(name, shown(value, t)), hint: example ? t.example(example) : undefined };
}

function describeFormat(path: FieldPath, value: unknown, format: unknown, errors: ErrorObject[], t: LoadTexts): Message {
  if (format === 'date') return describeDate(value, t);
  if (format === 'date-time') return { message: t.notADateTime(shown(value, t)), hint: t.dateTimeForm() };
  return { message: t.invalidValue(fieldName(path, t), errors[0]?.message ?? 'invalid value') };
}

const VALUE_DEFINITIONS: Record<string, (value: unknown, t: LoadTexts, lang: Lang) => Message> = {
  share: describeShare,
  duration: describeDuration,
  date: describeDate,
  id: (v, t) => describeId(v, false, t),
  channel_ref: (v, t) => describeId(v, true, t),
  quantity: describeQuantity,
};

/** How an alternative of a `oneOf` is named in `x must be A or B`. */
function choiceWords(ctx: Context, branch: SchemaNode): string[] {
  const node = resolveRef(ctx.root, branch).node;
  if (node.enum) return node.enum.map(String);
  if (node.const !== undefined) return [String(node.const)];
  const types = Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type];
  return types.length > 0 ? types.map((type) => typeWord(type, ctx.t)) : [ctx.t.typeOther()];
}

/** Whether an alternative takes values of this kind (its type; the type of its constants). */
function takesKind(ctx: Context, branch: SchemaNode, value: unknown): boolean {
  const node = resolveRef(ctx.root, branch).node;
  const type = jsonType(value);
  if (node.type !== undefined) return typeAccepts(node.type, type);
  const constants = node.enum ?? (node.const !== undefined ? [node.const] : undefined);
  return constants === undefined || constants.some((c) => typeAccepts(jsonType(c), type));
}

/** A `oneOf` of required keys only: `{ oneOf: [{ required: [equals] }, { required: [one_of] }] }`. */
function isKeyChoice(node: SchemaNode): boolean {
  return node.oneOf!.every((b) => b.required !== undefined && Object.keys(b).every((k) => k === 'required' || k === 'description'));
}

function isKeyChoiceAt(ctx: Context, path: FieldPath): boolean {
  return nodesAt(ctx, path).some((l) => l.node.oneOf && isKeyChoice(l.node));
}

function describeOneOf(ctx: Context, path: FieldPath, value: unknown, errors: ErrorObject[], located: Located, hasDeeper: boolean): Message | undefined {
  const { t } = ctx;
  const node = located.node;
  const branches = node.oneOf!;
  if (branches.some((b) => b.const === false)) {
    // `false` or a mapping (policies.social_media, monitoring.social_listening): a mapping's own
    // problems are reported at its fields; only a value of another kind is wrong here.
    if (branchOfType(node, value) || value === false) return undefined;
    const example = node.examples?.find((e) => typeof e === 'object');
    return {
      message: t.falseOrMapping(fieldName(path, t), shown(value, t)),
      hint: example ? t.writeFalseOrExample(formatExample(example)) : t.writeFalse(),
    };
  }
  const others = errors.filter((e) => e.keyword !== 'oneOf');
  if (isKeyChoice(node)) {
    // Missing all of them is said by the `required` errors; here only a mapping with several is left.
    if (others.length > 0) return describeKeywords(ctx, path, value, others, { node: { ...node, oneOf: undefined } });
    const passing = paramsOf(errors, 'oneOf').passingSchemas;
    if (!Array.isArray(passing)) return undefined;
    const keys = passing.flatMap((i: number) => branches[i]?.required ?? []).map((k) => `\`${k}\``);
    return { message: t.onlyOneOf(path.length === 0 ? t.theFile() : formatFieldPath(path), listWithOr(keys, t, 'and')), hint: t.keepOne() };
  }
  const fitting = branches.filter((b) => takesKind(ctx, b, value));
  if (fitting.length === 0) {
    const example = exampleOf(located);
    const choices = listWithOr(branches.flatMap((b) => choiceWords(ctx, b)), t);
    return { message: t.mustBe(fieldName(path, t), choices, shown(value, t)), hint: example ? t.example(example) : undefined };
  }
  // A mapping or list of a kind an alternative takes: its own fields' problems say why.
  if (typeof value === 'object' && value !== null && hasDeeper) return undefined;
  // Type errors come from the alternatives of other kinds.
  const own = others.filter((e) => e.keyword !== 'type');
  if (own.length === 0) return { message: t.invalidValue(fieldName(path, t), errors[0]?.message ?? 'invalid value') };
  return describeValueAt(ctx, path, value, own, resolveRef(ctx.root, fitting[0]), hasDeeper);
}

function describeKeywords(ctx: Context, path: FieldPath, value: unknown, errors: ErrorObject[], located: Located | undefined): Message {
  const { t } = ctx;
  const node = located?.node;
  const keywords = new Set(errors.map((e) => e.keyword));
  const name = fieldName(path, t);
  const example = exampleOf(located);
  const limit = (keyword: 'minimum' | 'exclusiveMinimum' | 'maximum') => String(node?.[keyword] ?? paramsOf(errors, keyword).limit);
  if (keywords.has('type')) return describeType(path, value, located, errors, t);
  if (keywords.has('enum')) return describeEnum(path, value, node?.enum ?? (paramsOf(errors, 'enum').allowedValues as unknown[]), t);
  if (keywords.has('const')) {
    const allowed = [...new Set(errors.filter((e) => e.keyword === 'const').map((e) => (e.params as { allowedValue: unknown }).allowedValue))];
    if (allowed.length > 1) return describeEnum(path, value, allowed, t);
    return { message: t.mustBe(name, shown(allowed[0], t), shown(value, t)) };
  }
  if (keywords.has('minItems')) return { message: t.listsNothing(name, node?.minItems ?? Number(paramsOf(errors, 'minItems').limit ?? 1)), hint: example ? t.example(example) : undefined };
  if (keywords.has('minimum')) return { message: t.atLeast(name, limit('minimum'), shown(value, t)) };
  if (keywords.has('exclusiveMinimum')) return { message: t.moreThan(name, limit('exclusiveMinimum'), shown(value, t)) };
  if (keywords.has('maximum')) return { message: t.atMost(name, limit('maximum'), shown(value, t)) };
  if (keywords.has('minLength')) return { message: t.fieldEmpty(name), hint: example ? t.example(example) : undefined };
  if (keywords.has('pattern')) return describePattern(path, value, located, errors, t);
  if (keywords.has('format')) return describeFormat(path, value, node?.format ?? paramsOf(errors, 'format').format, errors, t);
  if (keywords.has('minProperties')) return { message: t.fieldEmpty(name), hint: example ? t.example(example) : undefined };
  return { message: t.invalidValue(name, errors[0]?.message ?? 'invalid value') };
}

function describeValueAt(ctx: Context, path: FieldPath, value: unknown, errors: ErrorObject[], located: Located | undefined, hasDeeper: boolean): Message | undefined {
  const describe = located?.definition ? VALUE_DEFINITIONS[located.definition] : undefined;
  if (describe) return describe(value, ctx.t, ctx.lang);
  if (located?.node.oneOf) return describeOneOf(ctx, path, value, errors, located, hasDeeper);
  return describeKeywords(ctx, path, value, errors, located);
}

/** One message for everything ajv found wrong with the value at `path` (undefined: said elsewhere). */
function describeValue(ctx: Context, path: FieldPath, value: unknown, errors: ErrorObject[], hasDeeper: boolean): Message | undefined {
  const { t } = ctx;
  const version = ctx.root.properties?.version?.const;
  if (path.length === 1 && path[0] === 'version' && typeof version === 'number') {
    const hint = t.write(`version: ${version}`);
    if (typeof value === 'number' && Number.isInteger(value)) return { message: t.unsupportedVersion(String(value), version), hint };
    return { message: t.versionMustBe(version, shown(value, t)), hint };
  }
  return describeValueAt(ctx, path, value, errors, schemaFor(ctx, path, errors), hasDeeper);
}

/** A key refused by `propertyNames`, described as the value its schema names (a channel id, an id). */
function describeKey(ctx: Context, at: FieldPath, key: string): Message {
  const { t } = ctx;
  const map = nodesAt(ctx, at).find((l) => l.node.propertyNames);
  const names = map?.node.propertyNames ? resolveRef(ctx.root, map.node.propertyNames) : undefined;
  const describe = names?.definition ? VALUE_DEFINITIONS[names.definition] : undefined;
  if (describe) return describe(key, t, ctx.lang);
  if (names?.node.pattern === ID_PATTERN) return describeId(key, false, t);
  const example = exampleOf(map);
  return { message: t.notAValidKey(shown(key, t), fieldName(at, t)), hint: example ? t.example(example) : undefined };
}

/**
 * Errors of the alternatives a mapping does not name: `source: [{ kind: practice, … }]` is checked
 * against the `article` alternative too, whose complaints (`kind` must be `article`, `quote` is
 * missing) are noise. Only alternatives written in the same schema are told apart this way.
 */
function withoutOtherAlternatives(ctx: Context, errors: readonly ErrorObject[]): ErrorObject[] {
  let kept = [...errors];
  for (const error of errors) {
    if (error.keyword !== 'oneOf') continue;
    const path = parseInstancePath(error.instancePath, ctx.data);
    const value = valueAt(ctx.data, path);
    const oneOf = nodesAt(ctx, path).find((l) => l.node.oneOf)?.node.oneOf;
    if (!oneOf || !isMapping(value)) continue;
    const branches = oneOf.map((b) => resolveRef(ctx.root, b).node);
    const inside = (e: ErrorObject) => e.instancePath === error.instancePath || e.instancePath.startsWith(`${error.instancePath}/`);
    const inBranch = (e: ErrorObject, i?: number) => e.schemaPath.startsWith(`${error.schemaPath}/${i ?? ''}`) && e.schemaPath !== error.schemaPath;
    const named = branches.map((b, i) => (isNamedBranch(b, value) ? i : -1)).filter((i) => i >= 0);
    if (named.length === 1) {
      kept = kept.filter((e) => e !== error && !(inside(e) && inBranch(e) && !inBranch(e, named[0])));
      continue;
    }
    // It names none (`kind: practise`): the naming field's own complaint is the one to read.
    const naming = namingKeys(branches).map((key) => `${error.instancePath}/${key}`);
    if (named.length === 0 && naming.length > 0 && kept.some((e) => inBranch(e) && naming.includes(e.instancePath))) {
      kept = kept.filter((e) => e !== error && !(inside(e) && inBranch(e) && !naming.includes(e.instancePath)));
    }
  }
  return kept;
}

/** The field an error is about: the key it names for a key error, else the value's own path. */
function targetOf(error: ErrorObject, at: FieldPath): FieldPath {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') return [...at, String(params.additionalProperty)];
  if (error.keyword === 'required') return [...at, String(params.missingProperty)];
  if (error.keyword === 'propertyNames') return [...at, String(params.propertyName)];
  if (error.keyword === 'uniqueItems') return [...at, Math.max(Number(params.i), Number(params.j))];
  return at;
}

/**
 * Problems from ajv's errors (the validator compiled with allErrors): unknown keys with the key
 * probably meant, missing fields, wrong values; one per field, in `lang`. `schema` is the schema
 * the validator was compiled from, with its definitions.
 */
export function describeSchemaErrors(schema: SchemaNode, errors: readonly ErrorObject[], data: unknown, lang: Lang = 'en'): SchemaProblem[] {
  const ctx: Context = { root: schema, data, lang, t: loadTexts(lang) };
  const { t } = ctx;
  const relevant = withoutOtherAlternatives(ctx, errors);
  const problems = new Map<string, SchemaProblem>();
  const add = (problem: SchemaProblem) => {
    const key = formatFieldPath(problem.path);
    if (!problems.has(key)) problems.set(key, problem);
  };
  const byValue = new Map<string, { path: FieldPath; errors: ErrorObject[] }>();
  const needsOneOf = new Map<string, { path: FieldPath; keys: string[] }>();
  const targets = relevant.map((e) => formatFieldPath(targetOf(e, parseInstancePath(e.instancePath, data))));
  const hasDeeper = (key: string) => targets.some((k) => k !== key && (key === '' || k.startsWith(`${key}.`) || k.startsWith(`${key}[`)));

  for (const error of relevant) {
    const at = parseInstancePath(error.instancePath, data);
    if (error.keyword === 'additionalProperties') {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const allowed = allowedKeys(ctx, at);
      const close = closestMatch(key, allowed);
      add({
        path: [...at, key],
        message: at.length === 0 ? t.unknownKeyAtTop(key) : t.unknownKeyIn(key, fieldName(at, t)),
        hint: close ? t.didYouMean(close) : allowed.length > 0 ? t.knownKeys(allowed.join(', ')) : undefined,
      });
    } else if (error.keyword === 'required' && /\/oneOf\/\d+\/required$/.test(error.schemaPath) && isKeyChoiceAt(ctx, at)) {
      // One of several keys is needed (`equals` or `one_of`): said once, naming them all.
      const entry = needsOneOf.get(formatFieldPath(at)) ?? { path: at, keys: [] };
      entry.keys.push(String((error.params as { missingProperty: string }).missingProperty));
      needsOneOf.set(formatFieldPath(at), entry);
    } else if (error.keyword === 'required') {
      const key = String((error.params as { missingProperty: string }).missingProperty);
      const example = exampleAt(ctx, [...at, key]);
      const owner = at.length === 0 ? t.theFile() : formatFieldPath(at);
      add({ path: [...at, key], message: t.missingField(owner, key), hint: example ? t.exampleField(key, example) : undefined });
    } else if (error.keyword === 'propertyNames') {
      const key = String((error.params as { propertyName: string }).propertyName);
      add({ path: [...at, key], ...describeKey(ctx, at, key) });
    } else if (error.keyword === 'uniqueItems') {
      const { i, j } = error.params as { i: number; j: number };
      const later = Math.max(i, j);
      const value = valueAt(data, [...at, later]);
      add({ path: [...at, later], message: t.listedTwice(shown(value, t), fieldName(at, t)), hint: t.listOnce() });
    } else if ((error as ErrorObject & { propertyName?: string }).propertyName !== undefined || error.keyword === 'if') {
      // The pattern error behind a propertyNames error is reported by the propertyNames branch;
      // an `if` fails when its `then` does, whose own errors are reported.
      continue;
    } else {
      const key = formatFieldPath(at);
      const entry = byValue.get(key) ?? { path: at, errors: [] };
      entry.errors.push(error);
      byValue.set(key, entry);
    }
  }
  for (const [key, { path, errors: here }] of byValue) {
    const described = describeValue(ctx, path, valueAt(data, path), here, hasDeeper(key));
    if (described) add({ path, ...described });
  }
  for (const { path, keys } of needsOneOf.values()) {
    const owner = path.length === 0 ? t.theFile() : formatFieldPath(path);
    add({ path, message: t.missingOneOf(owner, listWithOr(keys.map((k) => `\`${k}\``), t)), hint: t.giveOneOf() });
  }
  return [...problems.values()];
}
