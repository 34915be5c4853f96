// A throw-away project folder for configuration tests: files written from a map, removed after.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export interface TempProject {
  dir: string;
  path(name: string): string;
  write(name: string, text: string): string;
  remove(): void;
}

export function createTempProject(files: Record<string, string> = {}): TempProject {
  const dir = mkdtempSync(join(tmpdir(), 'contact-audit-config-'));
  const project: TempProject = {
    dir,
    path: (name) => join(dir, name),
    write(name, text) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  for (const [name, text] of Object.entries(files)) project.write(name, text);
  return project;
}

/** A bundled organisation, by absolute path (the CLI runs in the temp folder). */
export function fixture(name: string): string {
  return resolve('fixtures', `${name}.yaml`);
}
