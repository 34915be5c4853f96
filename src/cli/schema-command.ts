// `contact-audit schema`: the shipped JSON Schemas, for editors and pipelines.
import organisationSchema from '../../schemas/organisation.schema.json';
import reportSchema from '../../schemas/report.schema.json';
import type { CliIo } from './io.js';

export function runSchema(options: { report?: boolean }, io: CliIo): number {
  io.stdout.write(`${JSON.stringify(options.report ? reportSchema : organisationSchema, null, 2)}\n`);
  return 0;
}
