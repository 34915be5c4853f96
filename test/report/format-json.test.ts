import Ajv from 'ajv';
import { expect, test } from 'vitest';
import reportSchema from '../../schemas/report.schema.json';
import type { Report } from '../../src/model/report.js';
import { formatJson } from '../../src/report/format-json.js';
import stored from './fixtures/report.json';

test('the JSON report is the report object, and it validates against the shipped schema', () => {
  const text = formatJson(stored as unknown as Report);
  expect(JSON.parse(text)).toEqual(stored);
  const validate = new Ajv({ allErrors: true, strict: false }).compile(reportSchema);
  expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
});

test('the report schema rejects a finding without its contract data', () => {
  const broken = structuredClone(stored) as unknown as Report;
  const finding = broken.files[0].findings.find((f) => f.rule === 'hours-unstaffed')!;
  delete finding.data.holidays;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(reportSchema);
  expect(validate(broken)).toBe(false);
});
