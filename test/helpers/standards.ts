// Validators for the real standards the formats promise: the OASIS SARIF 2.1.0 schema and the
// Apache Ant JUnit XSD, both vendored in test/standards (copies of shared/schemas, checked by
// test/docs-drift.test.ts).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import sarifSchema from '../standards/sarif-schema-2.1.0.json';

const standards = join(import.meta.dirname, '..', 'standards');

/**
 * The SARIF schema is JSON Schema draft-04, which Ajv 8 does not load as such. Every keyword it
 * uses (type, enum, properties, required, items, minItems, uniqueItems, minimum, format, $ref to
 * local definitions, oneOf, anyOf, default, pattern) means the same in Ajv's draft-07, except the
 * draft-04 `id` and `$schema` at the top, which only name the schema: drop those two and compile.
 */
function compileSarifValidator() {
  const { $schema: _meta, id: _id, ...schema } = sarifSchema as Record<string, unknown>;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

let validateSarifSchema: ReturnType<typeof compileSarifValidator> | undefined;

/** The schema's errors for a SARIF text (empty: valid). */
export function sarifErrors(text: string): ErrorObject[] {
  validateSarifSchema ??= compileSarifValidator();
  return validateSarifSchema(JSON.parse(text)) ? [] : [...(validateSarifSchema.errors ?? [])];
}

export function hasXmllint(): boolean {
  return spawnSync('xmllint', ['--version'], { stdio: 'ignore' }).status === 0;
}

export const XMLLINT_MISSING =
  'xmllint is not installed, so the JUnit XML cannot be checked against the XSD: install Debian\'s libxml2-utils (`apt-get install -y libxml2-utils`; .ci/run does this when it is missing)';

/** xmllint's verdict on an XML text against test/standards/junit.xsd: `ok`, or its complaints. */
export function junitXsdVerdict(xml: string): string {
  if (!hasXmllint()) throw new Error(XMLLINT_MISSING);
  const dir = mkdtempSync(join(tmpdir(), 'contact-audit-junit-'));
  const file = join(dir, 'report.xml');
  try {
    writeFileSync(file, xml);
    execFileSync('xmllint', ['--noout', '--schema', join(standards, 'junit.xsd'), file], { stdio: 'pipe' });
    return 'ok';
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    return stderr.trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
