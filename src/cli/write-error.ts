// A file the command line could not write (a report from `check -o`, init's organisation file),
// in words and in the command's language; an error code we have no words for is shown as it is.
import type { Lang } from '../model/rule.js';
import { cliTexts, type CliTexts } from './cli-messages.js';
import { CliError } from './io.js';

const REASONS: Record<string, keyof CliTexts> = {
  EACCES: 'permissionDenied',
  EPERM: 'permissionDenied',
  EROFS: 'readOnlyFileSystem',
  ENOSPC: 'diskFull',
  EDQUOT: 'diskQuotaUsedUp',
  ENOENT: 'folderMissing',
  ENOTDIR: 'pathThroughFile',
  EISDIR: 'isFolder',
};

/** `cannot write PATH: reason` (exit 2), naming the path as the user gave it. */
export function writeError(path: string, error: unknown, lang: Lang = 'en'): CliError {
  const texts = cliTexts(lang);
  const code = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
  const reason = REASONS[code];
  return new CliError(texts.cannotWrite(path, reason === undefined ? code : (texts[reason] as () => string)()));
}
