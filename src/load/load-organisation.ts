// The loader's entry: text or bytes → a normalised Organisation, or every problem of the file
// with its line and column. Pure: the caller reads the file (read-input.ts).
import type { FieldPath, Organisation } from '../model/organisation.js';
import type { FileError } from '../model/report.js';
import type { Lang } from '../model/rule.js';
import { loadHoursLibrary } from '../time/hours-library.js';
import { parseHours, type HoursContext } from '../time/parse-hours.js';
import { checkReferences, collectHoursFields, normaliseOrganisation, type WrittenOrganisation } from './normalise.js';
import { parseYaml, type Position } from './parse-yaml.js';
import { toFileErrors, validate } from './validate.js';

export interface LoadedOrganisation {
  file: string;
  /** present when the file has no errors */
  org?: Organisation;
  /** sorted by line, then column */
  errors: FileError[];
  /** where a field was written (a missing field: its nearest written ancestor) */
  locate(path: FieldPath): Position;
}

export interface LoadOptions {
  /** the language of the error messages and hints (default en) */
  lang?: Lang;
}

export async function loadOrganisation(text: string | Uint8Array, file: string, options: LoadOptions = {}): Promise<LoadedOrganisation> {
  const lang = options.lang ?? 'en';
  const parsed = parseYaml(text, { lang });
  const { locate } = parsed;
  if (parsed.errors.length > 0 || parsed.data === undefined) return { file, errors: parsed.errors, locate };

  const data = parsed.data;
  const schemaErrors = validate(data, locate, lang);
  // The hours library is large: load it only for a file that has hours to read.
  const needsHours = collectHoursFields(data).length > 0;
  if (needsHours) await loadHoursLibrary();
  const hoursParser = needsHours ? (value: string, ctx: HoursContext) => parseHours(value, ctx, lang) : undefined;
  const referenceErrors = toFileErrors(checkReferences(data, hoursParser, lang), locate);

  // One problem per field: a value the schema refused is not checked again.
  const seen = new Set(schemaErrors.map((e) => e.path));
  const errors = [...schemaErrors, ...referenceErrors.filter((e) => !seen.has(e.path))].sort(
    (a, b) => a.line - b.line || a.column - b.column,
  );
  if (errors.length > 0) return { file, errors, locate };
  return { file, org: normaliseOrganisation(data as WrittenOrganisation), errors: [], locate };
}

