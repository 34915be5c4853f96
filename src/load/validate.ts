// Schema validation of the organisation file (the validator is precompiled by scripts/build.mjs)
// with messages for people: every problem of the file at once, one per field, each with a hint
// where we can guess what was meant (src/load/describe-schema-errors.ts words them).
import schemaJson from '../../schemas/organisation.schema.json' with { type: 'json' };
import { validateOrganisation } from '../generated/validators.js';
import type { FileError } from '../model/report.js';
import type { Lang } from '../model/rule.js';
import { describeSchemaErrors, type SchemaNode, type SchemaProblem } from './describe-schema-errors.js';
import { formatFieldPath } from './field-path.js';
import type { Locate } from './parse-yaml.js';

/** Validate plain data against the organisation schema; the problems, in file order. */
export function validate(data: unknown, locate: Locate, lang: Lang = 'en'): FileError[] {
  if (validateOrganisation(data)) return [];
  return toFileErrors(describeSchemaErrors(schemaJson as SchemaNode, validateOrganisation.errors ?? [], data, lang), locate);
}

/** Problems at field paths → errors at lines and columns, in file order. */
export function toFileErrors(problems: readonly SchemaProblem[], locate: Locate): FileError[] {
  return problems
    .map((p) => {
      const error: FileError = { ...locate(p.path), path: formatFieldPath(p.path), message: p.message };
      if (p.hint !== undefined) error.hint = p.hint;
      return error;
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}
