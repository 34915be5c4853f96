// Where the configuration is: `--config FILE`, or `.contact-audit.yaml` (`.yml`) found from the
// working directory upwards. The search stops at the repository root (a folder holding `.git`)
// as ESLint and Prettier users expect: a file above the repository belongs to someone else (a
// home folder, a CI runner's workspace), and a repository's audit must not depend on it.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Lang } from '../model/rule.js';
import { statIfAny } from '../load/stat-if-any.js';
import { ConfigError } from './config-error.js';
import { configTexts } from './config-messages.js';

export const CONFIG_NAMES = ['.contact-audit.yaml', '.contact-audit.yml'] as const;

/** The configuration file's absolute path, or undefined when there is none. */
export async function findConfigFile(cwd: string, explicit?: string, lang: Lang = 'en'): Promise<string | undefined> {
  const t = configTexts(lang);
  if (explicit !== undefined) {
    const path = resolve(cwd, explicit);
    const info = statIfAny(path);
    if (!info) throw new ConfigError([{ file: explicit, message: t.configFileMissing() }], lang);
    if (!info.isFile()) throw new ConfigError([{ file: explicit, message: t.configNotAFile() }], lang);
    return path;
  }
  let dir = resolve(cwd);
  for (;;) {
    const found: string[] = [];
    for (const name of CONFIG_NAMES) if (existsSync(join(dir, name))) found.push(join(dir, name));
    if (found.length > 1) {
      throw new ConfigError([{ file: found[1], message: t.twoConfigFiles(...CONFIG_NAMES), hint: t.keepOneFile() }], lang);
    }
    if (found.length === 1) return found[0];
    const parent = dirname(dir);
    if (parent === dir || existsSync(join(dir, '.git'))) return undefined;
    dir = parent;
  }
}
