// Where the configuration is: `--config FILE`, or `.contact-audit.yaml` (`.yml`) found from the
// working directory upwards. The search stops at the repository root (a folder holding `.git`)
// as ESLint and Prettier users expect: a file above the repository belongs to someone else (a
// home folder, a CI runner's workspace), and a repository's audit must not depend on it.
import { access, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ConfigError } from './config-error.js';

export const CONFIG_NAMES = ['.contact-audit.yaml', '.contact-audit.yml'] as const;

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** The configuration file's absolute path, or undefined when there is none. */
export async function findConfigFile(cwd: string, explicit?: string): Promise<string | undefined> {
  if (explicit !== undefined) {
    const path = resolve(cwd, explicit);
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new ConfigError([{ file: explicit, message: 'the configuration file does not exist' }]);
    if (!info.isFile()) throw new ConfigError([{ file: explicit, message: 'the configuration is not a file' }]);
    return path;
  }
  let dir = resolve(cwd);
  for (;;) {
    const found: string[] = [];
    for (const name of CONFIG_NAMES) if (await exists(join(dir, name))) found.push(join(dir, name));
    if (found.length > 1) {
      throw new ConfigError([{ file: found[1], message: `both ${CONFIG_NAMES.join(' and ')} are here`, hint: 'keep one' }]);
    }
    if (found.length === 1) return found[0];
    const parent = dirname(dir);
    if (parent === dir || (await exists(join(dir, '.git')))) return undefined;
    dir = parent;
  }
}
