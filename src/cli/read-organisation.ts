// Read and load the one organisation file that `staffing` and `coverage` take. An unreadable or
// invalid file prints every problem as `file:line:col  path  message` (as `check` does) and ends
// the command with exit 2.
import { loadOrganisation } from '../load/load-organisation.js';
import { readInput } from '../load/read-input.js';
import type { Organisation } from '../model/organisation.js';
import type { FileError } from '../model/report.js';
import type { Lang } from '../model/rule.js';
import { loadHoursLibrary } from '../time/hours-library.js';
import { CliError, type CliIo } from './io.js';
import { parseSize } from './parse-size.js';

function formatError(file: string, e: FileError): string {
  return `${file}:${e.line}:${e.column}  ${e.path}  ${e.message}${e.hint ? ` (${e.hint})` : ''}\n`;
}

export async function readOrganisation(file: string, io: CliIo, lang: Lang, maxInputSize?: string): Promise<Organisation> {
  const maxBytes = maxInputSize === undefined ? undefined : parseSize(maxInputSize, undefined, lang);
  const input = await readInput(file, { cwd: io.cwd, lang, maxBytes });
  if (!input.ok) {
    io.stderr.write(formatError(file, input.error));
    throw new CliError(lang === 'nl' ? `${file} is niet te lezen` : `${file} cannot be read`);
  }
  const loaded = await loadOrganisation(input.bytes, file, { lang });
  if (!loaded.org || loaded.errors.length > 0) {
    for (const e of loaded.errors) io.stderr.write(formatError(file, e));
    throw new CliError(lang === 'nl' ? `${file} is geen geldig organisatiebestand` : `${file} is not a valid organisation file`);
  }
  // The coverage grid evaluates hours; the loader only loads the library for a file with hours.
  await loadHoursLibrary();
  return loaded.org;
}

/** Refuse a `--channel` that names no channel of the file, listing the ones it has. */
export function requireChannel(org: Organisation, id: string | undefined, lang: Lang): void {
  if (id === undefined || org.channels.some((c) => c.id === id)) return;
  const ids = org.channels.map((c) => c.id).join(', ');
  throw new CliError(lang === 'nl' ? `--channel ${id}: dat kanaal bestaat niet (kanalen: ${ids})` : `--channel ${id}: no such channel (channels: ${ids})`);
}
