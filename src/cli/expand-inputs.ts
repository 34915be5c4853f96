// The files a `check` names: plain paths, directories (every .yaml/.yml below them) and globs
// (`orgs/**/*.yaml`), in a stable order, each once. A path that does not exist is kept so that the
// reader reports it (exit 2), rather than silently dropped.
import { stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';

const IGNORED = ['**/node_modules/**', '**/.git/**', '**/.contact-audit.yaml', '**/.contact-audit.yml'];

function display(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

export async function expandInputs(inputs: string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = isAbsolute(file) ? file : join(cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(file);
  };
  for (const input of inputs) {
    const absolute = isAbsolute(input) ? input : join(cwd, input);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isDirectory()) {
      // Loaded only for folders and patterns: a plain file list (the usual case) never needs it.
      const { glob } = await import('tinyglobby');
      const found = await glob(['**/*.yaml', '**/*.yml'], { cwd: absolute, ignore: IGNORED, absolute: true, dot: false });
      for (const file of found.sort()) add(display(cwd, file));
    } else if (!info && (await import('tinyglobby')).isDynamicPattern(input)) {
      const { glob } = await import('tinyglobby');
      const found = await glob([input], { cwd, ignore: IGNORED, absolute: true });
      for (const file of found.sort()) add(display(cwd, file));
      if (found.length === 0) add(input);
    } else add(input);
  }
  return out;
}
