// A configuration text (a .contact-audit.yaml or a shipped profile) → its data, with where every
// value was written, or every problem of the file with line and column, in the language asked.
import type { ValidateFunction } from 'ajv';
import schemaJson from '../../schemas/config.schema.json' with { type: 'json' };
import { validateConfig } from '../generated/validators.js';
import { describeSchemaErrors, type SchemaNode } from '../load/describe-schema-errors.js';
import { parseYaml, type Locate } from '../load/parse-yaml.js';
import { toFileErrors } from '../load/validate.js';
import type { FileError } from '../model/report.js';
import type { Category, Lang, Severity } from '../model/rule.js';

export type Level = Severity | 'off';
export type WrittenSetting = Level | { severity?: Level; weight?: number; options?: Record<string, unknown> };

/** A configuration file as written (schemas/config.schema.json). */
export interface WrittenConfig {
  extends?: string | string[];
  rules?: string[];
  settings?: Record<string, WrittenSetting>;
  gates?: {
    fail_on?: Severity | 'never';
    min_score?: number;
    min_category_score?: Partial<Record<Category, number>>;
    max_warnings?: number;
    require_complete?: boolean;
  };
}

export interface ReadConfig {
  data?: WrittenConfig;
  errors: FileError[];
  locate: Locate;
}

/** Configuration files are shallow: settings.<rule>.options.<name> is the deepest (plus a list). */
const MAX_DEPTH = 8;

export function readConfig(text: string | Uint8Array, lang: Lang = 'en'): ReadConfig {
  // A file of comments only configures nothing, which is a fine thing to say.
  const asText = typeof text === 'string' ? text : new TextDecoder().decode(text);
  if (asText.split(/\r?\n/).every((line) => /^\s*(#.*)?$/.test(line))) return { data: {}, errors: [], locate: () => ({ line: 1, column: 1 }) };
  const parsed = parseYaml(text, { maxDepth: MAX_DEPTH, lang, kind: 'other' });
  const { locate } = parsed;
  if (parsed.errors.length > 0 || parsed.data === undefined) return { errors: parsed.errors, locate };
  const validate = validateConfig as unknown as ValidateFunction;
  if (!validate(parsed.data)) {
    return { errors: toFileErrors(describeSchemaErrors(schemaJson as SchemaNode, validate.errors ?? [], parsed.data, lang), locate), locate };
  }
  return { data: parsed.data as WrittenConfig, errors: [], locate };
}
